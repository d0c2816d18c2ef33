// Working days: the State Council notices as chinese-days knows them, and the user's own holiday
// data: a working day entered by the user wins over a holiday, a holiday entered wins over the
// notice, and moving to the previous or next working day (or the first one strictly after)
// never lands on a day off.
import { describe, expect, it } from 'vitest';
import {
  isKnownHolidayYear,
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDayAfter,
} from '../../../../shared/domain/reminders/calendar';

describe('working-day calendar (chinese-days + overrides)', () => {
  it('knows the State Council notices up to 2026, not 2027 yet', () => {
    expect(isKnownHolidayYear(2025)).toBe(true);
    expect(isKnownHolidayYear(2026)).toBe(true);
    expect(isKnownHolidayYear(2027)).toBe(false);
  });

  it('春节 2026: 02-15..02-23 off, Saturdays 02-14 and 02-28 are make-up working days', () => {
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) {
      expect(isWorkingDay(d)).toBe(false);
    }
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true); // Saturday, 调休
    expect(previousWorkingDay('2026-02-20')).toBe('2026-02-14');
    expect(nextWorkingDay('2026-02-16')).toBe('2026-02-24');
  });

  it('国庆 2026: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked', () => {
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-09-25')).toBe(false); // 中秋, a Friday
    expect(isWorkingDay('2026-10-05')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(previousWorkingDay('2026-10-05')).toBe('2026-09-30');
    expect(workingDayAfter('2026-09-30')).toBe('2026-10-08');
  });

  it('plain weekends move to Friday', () => {
    expect(previousWorkingDay('2026-03-08')).toBe('2026-03-06');
    expect(previousWorkingDay('2026-03-06')).toBe('2026-03-06');
  });

  it('beyond known years: Monday-Friday, with the user’s own holidays and working days', () => {
    expect(isWorkingDay('2027-01-01')).toBe(true); // a Friday, no notice yet
    const overrides = { extraHolidays: ['2027-01-01'], extraWorkdays: ['2027-01-02'] };
    expect(isWorkingDay('2027-01-01', overrides)).toBe(false);
    expect(isWorkingDay('2027-01-02', overrides)).toBe(true); // Saturday made a working day
    expect(previousWorkingDay('2027-01-01', overrides)).toBe('2026-12-31');
    expect(isWorkingDay('2027-01-03', overrides)).toBe(false);
  });
});

describe('the user’s holiday data', () => {
  it('a day entered as both holiday and working day is a working day', () => {
    const both = { extraHolidays: ['2026-06-03'], extraWorkdays: ['2026-06-03'] };
    expect(isWorkingDay('2026-06-03', both)).toBe(true);
  });

  it('overrides the notice both ways (a 国庆 day worked, a plain Wednesday off)', () => {
    const own = { extraHolidays: ['2026-06-03'], extraWorkdays: ['2026-10-02'] };
    expect(isWorkingDay('2026-10-02', own)).toBe(true);
    expect(isWorkingDay('2026-06-03', own)).toBe(false);
    expect(isWorkingDay('2026-06-04', own)).toBe(true);
    expect(isWorkingDay('2026-10-02')).toBe(false);
  });

  it('weekends are Saturday and Sunday only', () => {
    const friToMon = ['2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08'];
    expect(friToMon.map(isWeekend)).toEqual([false, true, true, false]);
  });
});

describe('moving to a working day', () => {
  it('a working day stays where it is, both ways', () => {
    expect(previousWorkingDay('2026-06-03')).toBe('2026-06-03');
    expect(nextWorkingDay('2026-06-03')).toBe('2026-06-03');
  });

  it('over a weekend and a user holiday on Monday', () => {
    const own = { extraHolidays: ['2026-06-08'], extraWorkdays: [] };
    expect(nextWorkingDay('2026-06-06', own)).toBe('2026-06-09');
    expect(previousWorkingDay('2026-06-08', own)).toBe('2026-06-05');
    expect(workingDayAfter('2026-06-05', own)).toBe('2026-06-09');
  });

  it('the first working day strictly after, even when the day itself is working', () => {
    expect(workingDayAfter('2026-06-03')).toBe('2026-06-04');
    // 国庆 2026: 09-30 (Wed) → 10-08 (Thu), the first day back.
    expect(workingDayAfter('2026-09-30')).toBe('2026-10-08');
    expect(nextWorkingDay('2026-10-01')).toBe('2026-10-08');
  });

  it('a run of user holidays longer than any real one still ends (60 days at most)', () => {
    const days = Array.from({ length: 100 }, (_, i) =>
      new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const off = { extraHolidays: days, extraWorkdays: [] };
    expect(previousWorkingDay('2030-04-10', off)).toBe('2030-02-09');
    expect(nextWorkingDay('2030-01-01', off)).toBe('2030-03-02');
  });
});
