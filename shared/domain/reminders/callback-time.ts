// When to call back: the presets offered after "call me later" (in one hour, in two hours,
// this evening, tomorrow 09:00, the next working day 09:00) and the check that refuses a time
// nobody can keep (not a real time, in the past, more than a year ahead, outside call hours).
// China wall-clock time throughout; nothing here reads the clock.
import { addDays } from '../china-date';
import type { CalendarOverrides } from './calendar';
import { nextWorkingDay } from './calendar';
import { chinaClock, chinaInstant, clockMinutes, formatClock } from './dates';
import type { HoursWindow, IsoDateTime } from '../types';

export type CallbackPresetCode = 'in1h' | 'in2h' | 'evening' | 'tomorrow9' | 'nextWorkday9';

export interface CallbackPreset {
  code: CallbackPresetCode;
  at: IsoDateTime;
}

export type CallbackProblem = 'invalid' | 'past' | 'tooFar' | 'outsideHours';

/** Longest a call-back may be put off: a year (a 6-digit year is a typing slip). */
export const CALLBACK_MAX_DAYS = 366;
const STEP_MINUTES = 5;
const EVENING = '18:00';
const MORNING = '09:00';

/** `minutes` from now, rounded up to the next 5 minutes, as a China instant. */
function later(nowIso: IsoDateTime, minutes: number): IsoDateTime {
  const { date, minutes: now } = chinaClock(nowIso);
  const wanted = Math.ceil((now + minutes) / STEP_MINUTES) * STEP_MINUTES;
  const day = addDays(date, Math.floor(wanted / 1440));
  return chinaInstant(day, formatClock(wanted % 1440));
}

/** 09:00, or the start of call hours when they begin later. */
function morning(hours: HoursWindow): string {
  return formatClock(Math.max(clockMinutes(MORNING), clockMinutes(hours.from)));
}

/**
 * The presets that make sense now, in the order shown (keys 1-5): those outside call hours or
 * in the past are left out, and "next working day" only when it is not tomorrow.
 */
export function callbackPresets(
  nowIso: IsoDateTime,
  hours: HoursWindow,
  calendar: CalendarOverrides,
): CallbackPreset[] {
  const { date } = chinaClock(nowIso);
  const tomorrow = addDays(date, 1);
  const workday = nextWorkingDay(tomorrow, calendar);
  const all: CallbackPreset[] = [
    { code: 'in1h', at: later(nowIso, 60) },
    { code: 'in2h', at: later(nowIso, 120) },
    { code: 'evening', at: chinaInstant(date, EVENING) },
    { code: 'tomorrow9', at: chinaInstant(tomorrow, morning(hours)) },
  ];
  if (workday !== tomorrow)
    all.push({ code: 'nextWorkday9', at: chinaInstant(workday, morning(hours)) });
  return all.filter((p) => checkCallbackTime(p.at, nowIso, hours) === null);
}

/** Why `at` cannot be a call-back time, or null when it can. */
export function checkCallbackTime(
  at: string,
  nowIso: IsoDateTime,
  hours: HoursWindow,
): CallbackProblem | null {
  const ms = Date.parse(at);
  // Stryker disable next-line StringLiteral: any fallback other than a 4-character text is refused the same
  const year = /^(\d+)-/.exec(at)?.[1] ?? '';
  if (Number.isNaN(ms) || year.length !== 4) return 'invalid';
  const nowMs = Date.parse(nowIso);
  if (ms < nowMs - 60_000) return 'past';
  if (ms > nowMs + CALLBACK_MAX_DAYS * 86_400_000) return 'tooFar';
  const { minutes } = chinaClock(new Date(ms).toISOString());
  if (minutes < clockMinutes(hours.from) || minutes > clockMinutes(hours.to)) return 'outsideHours';
  return null;
}

/** The suggested time: the first preset at least two hours away, else the first there is. */
export function suggestedCallback(
  nowIso: IsoDateTime,
  hours: HoursWindow,
  calendar: CalendarOverrides,
): CallbackPreset | null {
  const presets = callbackPresets(nowIso, hours, calendar);
  return presets.find((p) => p.code !== 'in1h') ?? presets[0] ?? null;
}

/**
 * A typed 'YYYY-MM-DD HH:mm' (or with a T) read as China time, or null when it is not a real
 * date and time (a 6-digit year, month 13, 25:00, 02-30).
 */
export function parseChinaWallClock(text: string): IsoDateTime | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  // Stryker disable next-line ConditionalExpression: a day past the month's end (or 0) always moves the month too
  if (probe.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+08:00`;
}
