// Small date helpers the reminder rules share, on calendar strings and China wall-clock time
// (UTC+8, no daylight saving). Instants are ISO strings; nothing here reads the clock.
import dayjs from 'dayjs';
import type { ClockTime, IsoDate, IsoDateTime } from '../types';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

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
  return `${date}T${time.length === 5 ? time : formatClock(clockMinutes(time))}:00+08:00`;
}

/** Epoch milliseconds of a China wall-clock time. */
export function chinaMillis(date: IsoDate, time: ClockTime): number {
  return Date.parse(chinaInstant(date, time));
}
