// The call loop's rules at their exact edges, to the minute: a call-back time a minute in the
// past is still taken (the form took a moment to fill), a year ahead to the minute, call hours
// with both ends included; presets that round up to five minutes and cross midnight; the Today
// order inside each group (most recently lapsed first, fewest days left, larger premium, key).
import { describe, expect, it } from 'vitest';
import {
  CALLBACK_MAX_DAYS,
  callbackPresets,
  checkCallbackTime,
  parseChinaWallClock,
  suggestedCallback,
} from '../../../../shared/domain/reminders/callback-time';
import {
  FOLLOW_UP_TIER,
  FOLLOW_UP_WORKING_DAYS_AFTER_QUOTE,
  followUpDateAfterQuote,
} from '../../../../shared/domain/reminders/follow-up';
import {
  compareForToday,
  dayProgress,
  foldVerifyTasks,
  todayGroup,
  type PriorityFacts,
} from '../../../../shared/domain/reminders/today-priority';

const HOURS = { from: '09:00', to: '21:00' };
const CAL = { extraHolidays: [], extraWorkdays: [] };
// Friday 2026-06-05, 10:00 China time.
const FRIDAY_10 = '2026-06-05T02:00:00.000Z';

describe('a call-back time at the edges', () => {
  it('up to one minute in the past is taken; a second more is "past"', () => {
    expect(checkCallbackTime('2026-06-05T09:59:00+08:00', FRIDAY_10, HOURS)).toBeNull();
    expect(checkCallbackTime('2026-06-05T09:58:59+08:00', FRIDAY_10, HOURS)).toBe('past');
  });

  it('366 days ahead to the minute is taken; a minute more is too far', () => {
    expect(CALLBACK_MAX_DAYS).toBe(366);
    expect(checkCallbackTime('2027-06-06T10:00:00+08:00', FRIDAY_10, HOURS)).toBeNull();
    expect(checkCallbackTime('2027-06-06T10:01:00+08:00', FRIDAY_10, HOURS)).toBe('tooFar');
  });

  it('call hours include both ends: 09:00 and 21:00 in, 08:59 and 21:01 out', () => {
    const at = (time: string) => checkCallbackTime(`2026-06-08T${time}:00+08:00`, FRIDAY_10, HOURS);
    expect([at('08:59'), at('09:00'), at('21:00'), at('21:01')]).toEqual([
      'outsideHours',
      null,
      null,
      'outsideHours',
    ]);
  });

  it('a time written in another offset is judged in China time', () => {
    // 13:00 UTC is 21:00 in Beijing (in); 13:01 UTC is 21:01 (out).
    expect(checkCallbackTime('2026-06-08T13:00:00Z', FRIDAY_10, HOURS)).toBeNull();
    expect(checkCallbackTime('2026-06-08T13:01:00Z', FRIDAY_10, HOURS)).toBe('outsideHours');
  });

  it('a typed time: 23:59 is real, 24:00 and :60 are not; spaces around are allowed', () => {
    expect(parseChinaWallClock(' 2026-06-05 23:59 ')).toBe('2026-06-05T23:59:00+08:00');
    expect(parseChinaWallClock('2026-06-05 24:00')).toBeNull();
    expect(parseChinaWallClock('2026-06-05 10:60')).toBeNull();
    expect(parseChinaWallClock('2028-02-29 10:00')).toBe('2028-02-29T10:00:00+08:00');
    expect(parseChinaWallClock('2026-02-29 10:00')).toBeNull();
    expect(parseChinaWallClock('x2026-06-05 10:00')).toBeNull();
    expect(parseChinaWallClock('2026-06-05 10:00x')).toBeNull();
  });
});

describe('call-back presets at the edges', () => {
  it('a time already on the five minutes is not pushed further', () => {
    // 10:05 China time: in one hour is 11:05, in two 12:05.
    const presets = callbackPresets('2026-06-03T02:05:00.000Z', HOURS, CAL);
    expect(presets.slice(0, 2)).toEqual([
      { code: 'in1h', at: '2026-06-03T11:05:00+08:00' },
      { code: 'in2h', at: '2026-06-03T12:05:00+08:00' },
    ]);
  });

  it('in one hour from 23:30 is 00:30 the next day (when call hours allow the night)', () => {
    const night = { from: '00:00', to: '24:00' };
    // Friday 23:30 China time.
    expect(callbackPresets('2026-06-05T15:30:00.000Z', night, CAL)).toEqual([
      { code: 'in1h', at: '2026-06-06T00:30:00+08:00' },
      { code: 'in2h', at: '2026-06-06T01:30:00+08:00' },
      { code: 'tomorrow9', at: '2026-06-06T09:00:00+08:00' },
      { code: 'nextWorkday9', at: '2026-06-08T09:00:00+08:00' },
    ]);
  });

  it('no "next working day" when tomorrow is one', () => {
    // Wednesday 10:00: tomorrow, Thursday, is a working day.
    expect(callbackPresets('2026-06-03T02:00:00.000Z', HOURS, CAL).map((p) => p.code)).toEqual([
      'in1h',
      'in2h',
      'evening',
      'tomorrow9',
    ]);
  });

  it('suggests "in one hour" when it is the only preset left, and nothing when none is', () => {
    const early = { from: '06:00', to: '08:00' };
    // 06:30: in one hour is 07:30 (in); in two, the evening and tomorrow 09:00 fall outside.
    expect(suggestedCallback('2026-06-04T22:30:00.000Z', early, CAL)).toEqual({
      code: 'in1h',
      at: '2026-06-05T07:30:00+08:00',
    });
    // 07:30: in one hour is 08:30, already outside.
    expect(suggestedCallback('2026-06-04T23:30:00.000Z', early, CAL)).toBeNull();
  });
});

describe('Today order inside a group', () => {
  const now = Date.parse(FRIDAY_10);
  const facts = (
    key: string,
    daysLeft: number | null,
    over: Partial<PriorityFacts> = {},
  ): PriorityFacts => ({ caseId: key, kind: 'tier', key, daysLeft, premium: 1000, ...over });
  const order = (rows: PriorityFacts[]) =>
    [...rows].sort((a, b) => compareForToday(a, b, now)).map((r) => r.key);

  it('a call-back due at this very minute is due; the end day itself is not lapsed', () => {
    const cb = facts('cb', 5, { kind: 'callback', dueAt: '2026-06-05T10:00:00+08:00' });
    expect(todayGroup(cb, now)).toBe('callbackDue');
    expect(todayGroup({ ...cb, dueAt: '2026-06-05T10:00:01+08:00' }, now)).toBe('savable');
    expect(todayGroup(facts('end', 0), now)).toBe('savable');
    expect(todayGroup(facts('end', 0, { kind: 'urgent' }), now)).toBe('urgent');
    expect(todayGroup(facts('gone', -1, { kind: 'urgent' }), now)).toBe('lapsed');
    expect(todayGroup(facts('none', null), now)).toBe('savable');
    // A call-back with no time waits with the savable ones.
    expect(todayGroup(facts('cb2', 5, { kind: 'callback' }), now)).toBe('savable');
  });

  it('lapsed: most recently lapsed first; savable: fewest days left first, no case last', () => {
    expect(order([facts('l19', -19), facts('l1', -1), facts('l5', -5)])).toEqual([
      'l1',
      'l5',
      'l19',
    ]);
    expect(order([facts('none', null), facts('s12', 12), facts('s3', 3)])).toEqual([
      's3',
      's12',
      'none',
    ]);
  });

  it('same days: the larger premium first, then the key', () => {
    expect(
      order([
        facts('b', 7, { premium: 900 }),
        facts('c', 7, { premium: 5000 }),
        facts('a', 7, { premium: 900 }),
      ]),
    ).toEqual(['c', 'a', 'b']);
    expect(compareForToday(facts('a', 7), facts('a', 7), now)).toBe(0);
  });

  it('two due call-backs: fewer days left first', () => {
    const due = { kind: 'callback' as const, dueAt: '2026-06-05T09:00:00+08:00' };
    expect(order([facts('far', 30, due), facts('near', 2, due)])).toEqual(['near', 'far']);
  });

  it('a verify task is dropped when its case has another pending call, kept otherwise', () => {
    const rows = [
      { caseId: 'a', kind: 'verify' as const },
      { caseId: 'a', kind: 'tier' as const },
      { caseId: 'b', kind: 'verify' as const },
    ];
    expect(foldVerifyTasks(rows, (r) => r, new Set(['a']))).toEqual([rows[1], rows[2]]);
    expect(foldVerifyTasks(rows, (r) => r, new Set())).toEqual(rows);
  });

  it('progress: a row done today and due again counts once, as still to do', () => {
    expect(dayProgress(new Set(['a']), ['a'])).toEqual({ done: 0, total: 1 });
    expect(dayProgress(new Set(['a', 'b']), [])).toEqual({ done: 2, total: 2 });
  });
});

describe('the follow-up after a quote', () => {
  it('two working days later, tagged as its own tier', () => {
    expect(FOLLOW_UP_WORKING_DAYS_AFTER_QUOTE).toBe(2);
    expect(FOLLOW_UP_TIER).toBe('followup');
    // 春节 2026: Friday 02-13 → Saturday 02-14 (a make-up working day) → the holiday runs to
    // 02-23 → Tuesday 02-24.
    expect(followUpDateAfterQuote('2026-02-13', CAL)).toBe('2026-02-24');
  });
});

describe('call-back times the parsers refuse', () => {
  it('a time that does not start with its 4-digit year is invalid, even one Date.parse reads', () => {
    // V8's lenient parser reads this one (local time); a call-back time is ISO from the start.
    expect(Number.isNaN(Date.parse('Fri 2026-06-05 10:00'))).toBe(false);
    expect(checkCallbackTime('Fri 2026-06-05 10:00', FRIDAY_10, HOURS)).toBe('invalid');
  });

  it('month 13 is refused even when its day exists in the next year’s January', () => {
    expect(parseChinaWallClock('2026-13-01 10:00')).toBeNull();
    expect(parseChinaWallClock('2026-12-01 10:00')).toBe('2026-12-01T10:00:00+08:00');
  });
});
