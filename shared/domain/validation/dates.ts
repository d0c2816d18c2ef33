// Calendar-date checks on 'YYYY-MM-DD' strings. No Date objects with time zones: the
// arithmetic runs in UTC on the calendar fields only.
import type { TextRef } from '../../i18n/text-ref';
import { fail, problemText, type ValidationResult } from './result';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for 'YYYY-MM-DD' strings naming a day that exists (2000-02-29 yes, 1900-02-29 no). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function validateIsoDate(
  input: string | null | undefined,
  label: TextRef = problemText('isoDate.label'),
): ValidationResult<string> {
  const text = (input ?? '').trim();
  if (text === '') return fail('date_empty', 'isoDate.empty', { label });
  if (!isRealDate(text)) return fail('date_impossible', 'isoDate.impossible', { label, text });
  return { ok: true, value: text, warnings: [] };
}

/** A policy period: the end date must come after the start date. */
export function validateDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
): ValidationResult<{ start: string | null; end: string }> {
  const endCheck = validateIsoDate(end, { key: 'fields:endDate' });
  if (!endCheck.ok) return endCheck;
  if (start == null || start.trim() === '') {
    return { ok: true, value: { start: null, end: endCheck.value }, warnings: [] };
  }
  const startCheck = validateIsoDate(start, { key: 'fields:startDate' });
  if (!startCheck.ok) return startCheck;
  if (endCheck.value <= startCheck.value) {
    return fail('end_before_start', 'isoDate.endBeforeStart', {
      end: endCheck.value,
      start: startCheck.value,
    });
  }
  return { ok: true, value: { start: startCheck.value, end: endCheck.value }, warnings: [] };
}
