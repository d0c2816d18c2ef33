// Small date helpers the reminder rules share, on calendar strings and China wall-clock time
// (UTC+8, no daylight saving). Instants are ISO strings; nothing here reads the clock.
import dayjs from 'dayjs';
import { CHINA_OFFSET_MS } from '../china-date';
import type { ClockTime, IsoDate, IsoDateTime } from '../types';

/** `date` plus `months` calendar months; a day past the month's end clamps (01-31 + 1 → 02-28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return dayjs(date).add(months, 'month').format('YYYY-MM-DD');
}

/** China calendar date and minutes since midnight of an instant. */
export function chinaClock(now: IsoDateTime): { date: IsoDate; minutes: number } {
  const shifted = new Date(Date.parse(now) + CHINA_OFFSET_MS).toISOString();
  return {
    date: shifted.slice(0, 10),
    minutes: Number(shifted.slice(11, 13)) * 60 + Number(shifted.slice(14, 16)),
  };
}

/** 'HH:mm' → minutes since midnight ('24:00' → 1440). */
export function clockMinutes(time: ClockTime): number {
  // Stryker disable next-line StringLiteral: split always yields a first part, and Number('') is 0 like Number('0')
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** minutes since midnight → 'HH:mm'. */
export function formatClock(minutes: number): ClockTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The instant of a China wall-clock time, written with its +08:00 offset. */
export function chinaInstant(date: IsoDate, time: ClockTime): IsoDateTime {
  // Stryker disable next-line ConditionalExpression: a 5-character ClockTime is already 'HH:mm'; formatting it again gives the same string
  return `${date}T${time.length === 5 ? time : formatClock(clockMinutes(time))}:00+08:00`;
}

/** Epoch milliseconds of a China wall-clock time. */
export function chinaMillis(date: IsoDate, time: ClockTime): number {
  return Date.parse(chinaInstant(date, time));
}

// Plans convert the same few thousand dates hundreds of thousands of times; Date.parse and
// toISOString dominate unless memoised. Day numbers are days since 1970-01-01.
const dayNumbers = new Map<IsoDate, number>();
const dayStrings = new Map<number, IsoDate>();

export function dayNumber(date: IsoDate): number {
  let n = dayNumbers.get(date);
  // Stryker disable next-line ConditionalExpression: computing again gives the same number, only slower
  if (n === undefined) {
    n = Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: when (or whether) the cache is cleared only costs time or memory
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    // Stryker disable next-line CallExpression: a date not remembered is computed again, the same
    dayNumbers.set(date, n);
  }
  return n;
}

export function fromDayNumber(n: number): IsoDate {
  let s = dayStrings.get(n);
  // Stryker disable next-line ConditionalExpression: computing again gives the same date, only slower
  if (s === undefined) {
    s = new Date(n * 86_400_000).toISOString().slice(0, 10);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: when (or whether) the cache is cleared only costs time or memory
    if (dayStrings.size > 50_000) dayStrings.clear();
    // Stryker disable next-line CallExpression: a day not remembered is computed again, the same
    dayStrings.set(n, s);
  }
  return s;
}

/** Memoised `addDays` (china-date.ts) for hot loops. */
export function plusDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Memoised `daysBetween` (china-date.ts) for hot loops. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

// Keyed by months, then date: no key string to build on every call.
const monthCache = new Map<number, Map<IsoDate, IsoDate>>();
/** Memoised `addMonths`. */
export function plusMonths(date: IsoDate, months: number): IsoDate {
  let byDate = monthCache.get(months);
  // Stryker disable next-line ConditionalExpression: a fresh map each time only loses the memo
  if (byDate === undefined) monthCache.set(months, (byDate = new Map()));
  let s = byDate.get(date);
  // Stryker disable next-line ConditionalExpression: computing again gives the same date, only slower
  if (s === undefined) {
    s = addMonths(date, months);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: when (or whether) the cache is cleared only costs time or memory
    if (byDate.size > 50_000) byDate.clear();
    // Stryker disable next-line CallExpression: a date not remembered is computed again, the same
    byDate.set(date, s);
  }
  return s;
}
