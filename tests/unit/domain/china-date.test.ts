import { describe, expect, it } from 'vitest';
import { addDays, chinaDate, chinaDateTime, daysBetween } from '../../../shared/domain/china-date';

describe('chinaDate', () => {
  it('uses China time, not the machine zone', () => {
    // 2026-11-26 16:30 UTC is 2026-11-27 00:30 in Beijing.
    expect(chinaDate(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
    expect(chinaDate(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
  });
});

describe('daysBetween / addDays', () => {
  it('counts calendar days across month ends and leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-12-01', '2026-11-26')).toBe(-5);
  });
  it('adds days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('chinaDateTime', () => {
  it('shows a stored UTC instant as China wall-clock time', () => {
    // An import made at 15:00 in Beijing is stored as 07:00Z.
    expect(chinaDateTime('2026-11-26T07:00:00.000Z')).toBe('2026-11-26 15:00');
    expect(chinaDateTime('2026-11-26T16:30:00Z')).toBe('2026-11-27 00:30');
    expect(chinaDateTime('not a date')).toBe('not a date');
  });
});
