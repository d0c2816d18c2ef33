// Working days with the user's own holiday data: a working day entered by the user wins over a
// holiday, a holiday entered wins over the State Council notice, and moving to the previous or
// next working day (or the first one strictly after) never lands on a day off.
import { describe, expect, it } from 'vitest';
import {
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDayAfter,
} from '../../../../shared/domain/reminders/calendar';

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
    expect(['2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08'].map(isWeekend)).toEqual([
      false,
      true,
      true,
      false,
    ]);
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
