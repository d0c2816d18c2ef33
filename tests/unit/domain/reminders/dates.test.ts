// The date helpers the rules stand on, to the day and minute: calendar months that clamp at
// the month's end, China wall-clock time (UTC+8, no daylight saving), clock strings, and the
// memoised day arithmetic agreeing with plain date arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../../shared/domain/china-date';
import * as dates from '../../../../shared/domain/reminders/dates';

describe('months', () => {
  it('adds calendar months, clamping a day past the month’s end', () => {
    expect(dates.addMonths('2026-06-05', 6)).toBe('2026-12-05');
    expect(dates.addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(dates.addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(dates.addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(dates.plusMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(dates.plusMonths('2026-01-31', 12)).toBe('2027-01-31');
    // Memoised per month count: asking again, or for another count, answers right.
    expect(dates.plusMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(dates.plusMonths('2026-01-31', 2)).toBe('2026-03-31');
  });
});

describe('China wall-clock time', () => {
  it('date and minutes since midnight in Beijing', () => {
    expect(dates.chinaClock('2026-06-01T15:59:00.000Z')).toEqual({
      date: '2026-06-01',
      minutes: 1439,
    });
    expect(dates.chinaClock('2026-06-01T16:00:00.000Z')).toEqual({
      date: '2026-06-02',
      minutes: 0,
    });
    expect(dates.chinaClock('2026-06-01T01:05:00.000Z')).toEqual({
      date: '2026-06-01',
      minutes: 545,
    });
  });

  it('clock strings both ways', () => {
    expect(dates.clockMinutes('09:00')).toBe(540);
    expect(dates.clockMinutes('21:30')).toBe(1290);
    expect(dates.clockMinutes('24:00')).toBe(1440);
    expect(dates.clockMinutes('9')).toBe(540);
    expect(dates.formatClock(0)).toBe('00:00');
    expect(dates.formatClock(545)).toBe('09:05');
    expect(dates.formatClock(1290)).toBe('21:30');
  });

  it('the instant of a Beijing time, written with +08:00', () => {
    expect(dates.chinaInstant('2026-06-01', '09:00')).toBe('2026-06-01T09:00:00+08:00');
    expect(dates.chinaInstant('2026-06-01', '9:05')).toBe('2026-06-01T09:05:00+08:00');
    expect(dates.chinaMillis('2026-06-01', '09:00')).toBe(Date.parse('2026-06-01T01:00:00.000Z'));
  });
});

describe('day arithmetic (memoised)', () => {
  it('day numbers count from 1970-01-01', () => {
    expect(dates.dayNumber('1970-01-01')).toBe(0);
    expect(dates.dayNumber('1970-01-02')).toBe(1);
    expect(dates.fromDayNumber(0)).toBe('1970-01-01');
    expect(dates.fromDayNumber(dates.dayNumber('2026-02-28') + 1)).toBe('2026-03-01');
  });

  it('agrees with plain date arithmetic, asked once or many times', () => {
    const dateArb = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -400, max: 400 }), dateArb, (d, n, other) => {
        expect(dates.plusDays(d, n)).toBe(addDays(d, n));
        expect(dates.plusDays(d, n)).toBe(addDays(d, n));
        expect(dates.diffDays(d, other)).toBe(daysBetween(d, other));
      }),
    );
  });

  it('stays right after more than 50,000 distinct dates (the caches are cleared, not wrong)', () => {
    for (let i = 0; i < 50_010; i++) dates.plusDays('1900-01-01', i);
    expect(dates.plusDays('2026-06-01', 30)).toBe('2026-07-01');
    expect(dates.dayNumber('2026-06-01')).toBe(20_605);
    expect(dates.fromDayNumber(20_605)).toBe('2026-06-01');
    for (let i = 0; i < 50_010; i++) dates.plusMonths(dates.fromDayNumber(i), 1);
    expect(dates.plusMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});
