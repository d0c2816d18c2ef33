// A sensible default call-back time: two hours from now on the half hour, within call hours;
// otherwise the next day one hour after calls may start. China wall-clock time throughout.
import { addDays } from '../../../shared/domain/china-date';
import { chinaClock, clockMinutes, formatClock } from '../../../shared/domain/reminders/dates';
import type { HoursWindow } from '../../../shared/domain/types';

/** 'YYYY-MM-DDTHH:mm' in China time, the format of <input type="datetime-local">. */
export function defaultCallbackLocal(nowIso: string, callHours: HoursWindow): string {
  const { date, minutes } = chinaClock(nowIso);
  const start = clockMinutes(callHours.from);
  const end = clockMinutes(callHours.to);
  const wanted = Math.ceil((minutes + 120) / 30) * 30;
  if (wanted >= start && wanted <= end - 30) return `${date}T${formatClock(wanted)}`;
  const nextDay = wanted < start ? date : addDays(date, 1);
  return `${nextDay}T${formatClock(Math.min(start + 60, end))}`;
}

/** The datetime-local value read as China time → an ISO instant with +08:00. */
export function localToChinaInstant(local: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  return m ? `${m[1]}T${m[2]}:00+08:00` : null;
}
