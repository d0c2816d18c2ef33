// The follow-up a quote creates by itself: a customer who was quoted and not yet decided is
// called again two working days later (weekends and State Council holidays skipped), so the
// quote is not left to memory. The task is a call-back without a fixed time: it shows in the
// Today list on that day, ordered with the case's urgency like any other call.
import { addDays } from '../china-date';
import { nextWorkingDay, type CalendarOverrides } from './calendar';
import type { IsoDate } from '../types';

/** Working days between a quote and the follow-up call. */
export const FOLLOW_UP_WORKING_DAYS_AFTER_QUOTE = 2;

/** Tier of the follow-up task (a call-back kind, shown with its own tag). */
export const FOLLOW_UP_TIER = 'followup';

/** The date of the follow-up call for a quote given on `today`: the 2nd working day after. */
export function followUpDateAfterQuote(today: IsoDate, overrides: CalendarOverrides): IsoDate {
  let day = today;
  for (let i = 0; i < FOLLOW_UP_WORKING_DAYS_AFTER_QUOTE; i++) {
    day = nextWorkingDay(addDays(day, 1), overrides);
  }
  return day;
}
