// When to call: tier calls before the end date (moved back to a working day), an urgent call
// every day near the end, a lapsed (脱保) call after it, and a verify-details task before the
// first tier call when the customer's record is stale or the car changed hands.
import { textRef, type TextRef } from '../../i18n';
import type { Client, Id, IsoDate, Settings, TaskKind, Vehicle } from '../types';
import { nextWorkingDay, previousWorkingDay } from './calendar';
import { addMonths, chinaClock, plusDays as addDays, plusMonths } from './dates';

/** Regulators bar renewal sales calls earlier than this many days before the end date. */
export const EARLIEST_SALES_CALL_DAYS = 40;

export interface RuleTask {
  key: string;
  caseId: Id;
  kind: TaskKind;
  tier: string;
  dueDate: IsoDate;
}

export interface TierWarning {
  tier: string;
  text: TextRef;
}

/** Deterministic task identity: recomputing finds the same key and never duplicates. */
export function taskKey(caseId: Id, tier: string, dueDate: string, suffix?: string): string {
  return suffix ? `${caseId}:${tier}:${dueDate}:${suffix}` : `${caseId}:${tier}:${dueDate}`;
}

/** Problems with the tier settings that are allowed but must be shown. */
export function validateTierSettings(settings: Pick<Settings, 'tiers'>): TierWarning[] {
  const warnings: TierWarning[] = [];
  const seen = new Set<string>();
  for (const tier of settings.tiers) {
    if (tier.daysBefore > EARLIEST_SALES_CALL_DAYS) {
      warnings.push({
        tier: tier.name,
        text: textRef('errors:tiers.tooEarly', {
          name: tier.name,
          days: tier.daysBefore,
          limit: EARLIEST_SALES_CALL_DAYS,
        }),
      });
    }
    if (seen.has(tier.name)) {
      warnings.push({
        tier: tier.name,
        text: textRef('errors:tiers.duplicateName', { name: tier.name }),
      });
    }
    seen.add(tier.name);
  }
  return warnings;
}

/** Client on the do-not-contact list today (permanent flag, or a refusal not yet expired). */
export function isDoNotContact(
  client: Pick<Client, 'doNotContact' | 'doNotContactUntil'>,
  today: IsoDate,
): boolean {
  return client.doNotContact || (!!client.doNotContactUntil && client.doNotContactUntil > today);
}

/** A refusal ("do not call me") keeps the customer off the list until this date. */
export function doNotContactUntilAfterRefusal(
  today: IsoDate,
  settings: Pick<Settings, 'doNotContactMonths'>,
): IsoDate {
  return addMonths(today, settings.doNotContactMonths);
}

/**
 * Stale details: last verified more than `verifyAfterMonths` ago (a never-verified record
 * counts from when it was created, i.e. imported fresh from the insurer's list), or the car
 * changed owner since the last verification.
 */
export function needsVerification(
  client: Pick<Client, 'lastVerifiedOn' | 'createdAt'>,
  vehicle: Pick<Vehicle, 'ownerHistory'> | undefined,
  today: IsoDate,
  settings: Pick<Settings, 'verifyAfterMonths'>,
): boolean {
  const baseline = client.lastVerifiedOn ?? chinaDay(client.createdAt);
  if (plusMonths(baseline, settings.verifyAfterMonths) < today) return true;
  return !!vehicle?.ownerHistory.some(
    (entry) => !!entry.to && entry.to >= (client.lastVerifiedOn ?? ''),
  );
}

/**
 * The China calendar day of a stored instant: a record created at 02:00 Beijing time
 * (18:00 UTC the day before) was created that Beijing day. Unreadable text is taken as written.
 */
function chinaDay(instant: string): IsoDate {
  return Number.isNaN(Date.parse(instant)) ? instant.slice(0, 10) : chinaClock(instant).date;
}

interface Slot {
  kind: TaskKind;
  tier: string;
  dueDate: IsoDate;
}

export interface CaseSchedule {
  /** Call slots in time order: tiers, urgent days, lapsed. */
  slots: Slot[];
  verifyDue: IsoDate;
}

/** Every call slot of a cycle ending on `endDate` (depends only on the date and settings). */
export function caseSchedule(endDate: IsoDate, settings: Settings): CaseSchedule {
  const urgentStart = addDays(endDate, -settings.urgentDaysBefore);
  const tiers = [...settings.tiers].sort((a, b) => b.daysBefore - a.daysBefore);
  const slots: Slot[] = [];
  const earliestSalesCall = addDays(endDate, -EARLIEST_SALES_CALL_DAYS);
  for (const tier of tiers) {
    const due = tierDueDate(endDate, tier.daysBefore, earliestSalesCall, settings);
    // Inside the urgent window the daily urgent call already covers it.
    if (due < urgentStart) slots.push({ kind: 'tier', tier: tier.name, dueDate: due });
  }
  for (let day = urgentStart; day <= endDate; day = addDays(day, 1)) {
    slots.push({ kind: 'urgent', tier: 'urgent', dueDate: day });
  }
  slots.push({ kind: 'lapsed', tier: 'lapsed', dueDate: addDays(endDate, 1) });
  // Stable sort keeps tier order for equal dates (two tiers moved onto one working day).
  // Stryker disable next-line UnaryOperator,MethodExpression,ArrowFunction,ConditionalExpression: the slots come in date order (tiers by days, each moved monotonically; urgent and lapsed after), so 'a before b' is never asked and no sort (or any order of equals-or-later) leaves them as they are
  slots.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const firstCall = slots[0]?.dueDate ?? urgentStart;
  return { slots, verifyDue: previousWorkingDay(addDays(firstCall, -1), settings) };
}

/**
 * A tier's day: moved back to the previous working day, unless that would put a tier set within
 * the 40-day limit before it (40 days before falling on a Sunday would give Friday, 42 days):
 * then forward to the next working day. A tier set beyond the limit stays where it was put; the
 * settings screen warns about it (validateTierSettings).
 */
function tierDueDate(
  endDate: IsoDate,
  daysBefore: number,
  earliestSalesCall: IsoDate,
  settings: Settings,
): IsoDate {
  const day = addDays(endDate, -daysBefore);
  const back = previousWorkingDay(day, settings);
  if (back >= earliestSalesCall || day < earliestSalesCall) return back;
  return nextWorkingDay(day, settings);
}

/**
 * The rule tasks a case wants today: the current call (latest slot due on or before today),
 * every later slot, and the verify task when needed. Earlier slots are superseded.
 */
export function ruleTasksForCase(
  caseId: Id,
  schedule: CaseSchedule,
  today: IsoDate,
  needsVerify: boolean,
  /** Slots due after this date are not made yet (they appear as the date comes closer). */
  horizon: IsoDate = '9999-12-31',
): RuleTask[] {
  const tasks: RuleTask[] = [];
  if (needsVerify && schedule.verifyDue <= horizon) {
    const due = schedule.verifyDue;
    tasks.push({
      key: taskKey(caseId, 'verify', due),
      caseId,
      kind: 'verify',
      tier: 'verify',
      dueDate: due,
    });
  }
  let current = -1;
  for (let i = 0; i < schedule.slots.length; i++) {
    // Stryker disable next-line StringLiteral,OptionalChaining: i stays inside the slots, the fallback is never read
    if ((schedule.slots[i]?.dueDate ?? '') <= today) current = i;
  }
  // Stryker disable next-line EqualityOperator: the slot past the end is undefined, and the loop breaks on it
  for (let i = Math.max(current, 0); i < schedule.slots.length; i++) {
    const slot = schedule.slots[i];
    if (!slot || slot.dueDate > horizon) break;
    const { kind, tier, dueDate } = slot;
    tasks.push({ key: taskKey(caseId, tier, dueDate), caseId, kind, tier, dueDate });
  }
  return tasks;
}

/** Whether a task key was made by the rules above (not a call-back or a manual task). */
export function isRuleTaskKey(caseId: Id, key: string): boolean {
  // Rule keys are `${caseId}:${tier}:${date}`: exactly two more segments. Call-back keys carry
  // an ISO time (more colons), manual ones a suffix. Counted without allocating (hot loop).
  const first = key.indexOf(':', caseId.length + 1);
  // Stryker disable next-line EqualityOperator: both searches start past index 0, so a found ':' is never at 0
  if (first < 0 || key.indexOf(':', first + 1) >= 0) return false;
  return !key.startsWith('callback:', caseId.length + 1);
}
