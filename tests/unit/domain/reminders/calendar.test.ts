import { describe, expect, it } from 'vitest';
import {
  isKnownHolidayYear,
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
