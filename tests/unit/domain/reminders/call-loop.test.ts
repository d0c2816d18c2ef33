// The call loop's rules, to the day: the follow-up after a quote, call-back presets and the
// times refused, the Today grouping (savable before lapsed) and the "done 10/56" progress.
import { describe, expect, it } from 'vitest';
import {
  callbackPresets,
  checkCallbackTime,
  parseChinaWallClock,
  suggestedCallback,
} from '../../../../shared/domain/reminders/callback-time';
import { followUpDateAfterQuote } from '../../../../shared/domain/reminders/follow-up';
import {
  compareForToday,
  dayProgress,
  foldVerifyIntoCustomerCalls,
  todayGroup,
  type PriorityFacts,
} from '../../../../shared/domain/reminders/today-priority';
import { settings } from './fixtures';

const HOURS = { from: '09:00', to: '21:00' };
const CAL = { extraHolidays: [], extraWorkdays: [] };
// Friday 2026-06-05, 10:00 China time.
const FRIDAY_10 = '2026-06-05T02:00:00.000Z';

describe('follow-up after a quote', () => {
  it('is the second working day after the quote', () => {
    expect(followUpDateAfterQuote('2026-06-03', CAL)).toBe('2026-06-05'); // Wed → Fri
    expect(followUpDateAfterQuote('2026-06-04', CAL)).toBe('2026-06-08'); // Thu → Mon
    expect(followUpDateAfterQuote('2026-06-05', CAL)).toBe('2026-06-09'); // Fri → Tue
    expect(followUpDateAfterQuote('2026-06-06', CAL)).toBe('2026-06-09'); // Sat → Tue
  });

  it('skips the National Day holiday and honours the user’s own holidays', () => {
    // 10-01..10-07 off: Wednesday 09-30 → Thursday 10-08, Friday 10-09.
    expect(followUpDateAfterQuote('2026-09-30', CAL)).toBe('2026-10-09');
    const own = settings({ extraHolidays: ['2026-06-09'] });
    expect(followUpDateAfterQuote('2026-06-05', own)).toBe('2026-06-10');
  });
});

describe('call-back presets', () => {
  it('offers in 1 h, in 2 h, this evening, tomorrow 09:00 and the next working day', () => {
    expect(callbackPresets(FRIDAY_10, HOURS, CAL)).toEqual([
      { code: 'in1h', at: '2026-06-05T11:00:00+08:00' },
      { code: 'in2h', at: '2026-06-05T12:00:00+08:00' },
      { code: 'evening', at: '2026-06-05T18:00:00+08:00' },
      { code: 'tomorrow9', at: '2026-06-06T09:00:00+08:00' },
      { code: 'nextWorkday9', at: '2026-06-08T09:00:00+08:00' },
    ]);
  });

  it('rounds up to five minutes and drops what falls outside call hours or is past', () => {
    // 20:32 on a Wednesday: one hour later is after 21:00, the evening has begun.
    const presets = callbackPresets('2026-06-03T12:32:00.000Z', HOURS, CAL);
    expect(presets).toEqual([{ code: 'tomorrow9', at: '2026-06-04T09:00:00+08:00' }]);
    expect(callbackPresets('2026-06-03T01:32:00.000Z', HOURS, CAL)[0]).toEqual({
      code: 'in1h',
      at: '2026-06-03T10:35:00+08:00',
    });
  });

  it('starts the morning presets at call hours when they begin after 09:00', () => {
    const late = { from: '10:00', to: '20:00' };
    const tomorrow = callbackPresets(FRIDAY_10, late, CAL).find((p) => p.code === 'tomorrow9');
    expect(tomorrow?.at).toBe('2026-06-06T10:00:00+08:00');
  });

  it('suggests the first preset at least two hours away', () => {
    expect(suggestedCallback(FRIDAY_10, HOURS, CAL)?.code).toBe('in2h');
  });

  it('refuses a time that is not real, past, more than a year ahead or outside call hours', () => {
    expect(checkCallbackTime('+202606-06-05T11:00:00+08:00', FRIDAY_10, HOURS)).toBe('invalid');
    expect(checkCallbackTime('not a time', FRIDAY_10, HOURS)).toBe('invalid');
    expect(checkCallbackTime('2026-06-05T09:30:00+08:00', FRIDAY_10, HOURS)).toBe('past');
    expect(checkCallbackTime('2027-06-07T10:00:00+08:00', FRIDAY_10, HOURS)).toBe('tooFar');
    expect(checkCallbackTime('2026-06-05T22:00:00+08:00', FRIDAY_10, HOURS)).toBe('outsideHours');
    expect(checkCallbackTime('2026-06-06T08:59:00+08:00', FRIDAY_10, HOURS)).toBe('outsideHours');
    expect(checkCallbackTime('2026-06-05T21:00:00+08:00', FRIDAY_10, HOURS)).toBeNull();
    expect(checkCallbackTime('2027-06-05T10:00:00+08:00', FRIDAY_10, HOURS)).toBeNull();
  });
});

describe('a typed call-back time', () => {
  it('reads a real China wall-clock time and refuses what is not one', () => {
    expect(parseChinaWallClock('2026-06-05 14:30')).toBe('2026-06-05T14:30:00+08:00');
    expect(parseChinaWallClock('2026-6-5T9:05')).toBe('2026-06-05T09:05:00+08:00');
    for (const bad of [
      '202606-06-05 14:30',
      '2026-13-01 10:00',
      '2026-02-30 10:00',
      '2026-06-05 25:00',
      '2026-06-05',
    ]) {
      expect(parseChinaWallClock(bad)).toBeNull();
    }
  });
});

describe('Today order and progress', () => {
  const now = Date.parse(FRIDAY_10);
  const facts = (key: string, daysLeft: number, kind: PriorityFacts['kind'] = 'tier') => ({
    caseId: key,
    kind,
    key,
    daysLeft,
    premium: 1000,
  });

  it('puts what can still be saved before what has lapsed, and says why', () => {
    const lapsed = facts('lapsed-19', -19, 'lapsed');
    const urgent = facts('urgent-2', 2, 'urgent');
    const savable = facts('d15-12', 12);
    const due = { ...facts('cb', 40, 'callback'), dueAt: '2026-06-05T09:00:00+08:00' };
    const rows = [lapsed, savable, urgent, due].sort((a, b) => compareForToday(a, b, now));
    expect(rows.map((r) => r.key)).toEqual(['cb', 'urgent-2', 'd15-12', 'lapsed-19']);
    expect(rows.map((r) => todayGroup(r, now))).toEqual([
      'callbackDue',
      'urgent',
      'savable',
      'lapsed',
    ]);
    // A call-back set for later today is not yet due: it waits with the savable ones.
    expect(todayGroup({ ...due, dueAt: '2026-06-05T15:00:00+08:00' }, now)).toBe('savable');
  });

  it('folds a customer’s verify task into a call about any of their cars', () => {
    const clientOf = (caseId: string) => ({ a: 'c1', b: 'c1', c: 'c2' })[caseId];
    const rows = [
      { caseId: 'a', kind: 'tier' as const },
      { caseId: 'b', kind: 'verify' as const },
      { caseId: 'c', kind: 'verify' as const },
      { caseId: 'x', kind: 'verify' as const },
    ];
    // c2 has no call today and x no known customer: their verify rows stay.
    expect(foldVerifyIntoCustomerCalls(rows, (r) => r, clientOf)).toEqual([
      rows[0],
      rows[2],
      rows[3],
    ]);
  });

  it('counts rows finished today against those still due', () => {
    expect(dayProgress(new Set(['a', 'b', 'c']), ['c', 'd', 'e'])).toEqual({ done: 2, total: 5 });
    expect(dayProgress(new Set(), [])).toEqual({ done: 0, total: 0 });
  });
});
