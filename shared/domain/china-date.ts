// Calendar dates in China time (UTC+8, no daylight saving), whatever the computer's zone is.
// Policy dates are China calendar dates, so "today" must be too.
import type { IsoDate } from './types';

/** China is UTC+8 all year (no daylight saving). */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The China calendar date of an instant. */
export function chinaDate(now: Date): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * An instant (ISO with Z) as China wall-clock time, 'YYYY-MM-DD HH:mm'. Stored instants are
 * UTC; slicing them showed 07:00 for an import made at 15:00.
 */
export function chinaDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
