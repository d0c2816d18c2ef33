// The order of the Today list, shared by the fast id query (today-order.ts) and the full task
// views (plan-queries.ts): first a call-back whose time has come, then what can still be
// saved (urgent first, then fewest days left, then the larger premium), and only then what has
// already lapsed, most recently lapsed first (the longer ago, the less likely to come back).
// One row per customer a day: a verify-details task rides along with the case's call.
import type { Id, TaskKind } from '../types';

export interface PriorityFacts {
  caseId: Id;
  kind: TaskKind;
  dueAt?: string | null | undefined;
  /** Days from today to the case's end date (negative once lapsed); null without a case. */
  daysLeft: number | null;
  premium: number;
  key: string;
}

const NO_CASE_DAYS = 9999;

/**
 * Why a row sits where it does, shown on the row: a call-back whose time has come, an urgent
 * case (a few days left), one that can still be saved, or one already lapsed (listed last).
 */
export type TodayGroup = 'callbackDue' | 'urgent' | 'savable' | 'lapsed';
const GROUPS: readonly TodayGroup[] = ['callbackDue', 'urgent', 'savable', 'lapsed'];

function group(f: PriorityFacts, nowMs: number): number {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: only call-backs carry a time (rule tasks' dueAt is null), and a missing time parses to NaN, never <= now
  if (f.kind === 'callback' && f.dueAt && Date.parse(f.dueAt) <= nowMs) return 0;
  if ((f.daysLeft ?? NO_CASE_DAYS) < 0) return 3;
  return f.kind === 'urgent' ? 1 : 2;
}

export function todayGroup(f: PriorityFacts, nowMs: number): TodayGroup {
  // Stryker disable next-line StringLiteral: group() answers 0-3 only, so the fallback is never read
  return GROUPS[group(f, nowMs)] ?? 'savable';
}

export interface DayProgress {
  done: number;
  total: number;
}

/**
 * "done 10/56": rows finished today out of those finished plus those still due. A row that was
 * worked today and is due again (no answer, retry later today) counts as still to do.
 */
export function dayProgress(
  doneToday: ReadonlySet<string>,
  dueIds: readonly string[],
): DayProgress {
  const due = new Set(dueIds);
  let done = 0;
  for (const id of doneToday) if (!due.has(id)) done++;
  return { done, total: done + due.size };
}

export function compareForToday(a: PriorityFacts, b: PriorityFacts, nowMs: number): number {
  const ga = group(a, nowMs);
  const gb = group(b, nowMs);
  if (ga !== gb) return ga - gb;
  const da = a.daysLeft ?? NO_CASE_DAYS;
  const db = b.daysLeft ?? NO_CASE_DAYS;
  // Lapsed: the most recent first (-1 before -19); otherwise the fewest days left first.
  const days = ga === 3 ? db - da : da - db;
  return days || b.premium - a.premium || a.key.localeCompare(b.key);
}

/**
 * Drops the verify-details tasks of cases that have another pending task (due today or
 * later): the details are checked on that call, not in a call of their own.
 * `pendingCallCases` holds the cases with a pending task other than verify.
 */
export function foldVerifyTasks<T>(
  items: readonly T[],
  facts: (item: T) => Pick<PriorityFacts, 'caseId' | 'kind'>,
  pendingCallCases: ReadonlySet<Id>,
): T[] {
  return items.filter((item) => {
    const f = facts(item);
    return f.kind !== 'verify' || !pendingCallCases.has(f.caseId);
  });
}

/**
 * One row per customer a day: drops the verify-details tasks of a customer who has another
 * row in `items` (a call about any of their cars); the details are checked on that call.
 * `clientOf` gives a case's customer.
 */
export function foldVerifyIntoCustomerCalls<T>(
  items: readonly T[],
  facts: (item: T) => Pick<PriorityFacts, 'caseId' | 'kind'>,
  clientOf: (caseId: Id) => Id | undefined,
): T[] {
  const withCall = new Set<Id>();
  for (const item of items) {
    const f = facts(item);
    const client = f.kind === 'verify' ? undefined : clientOf(f.caseId);
    // Stryker disable next-line ConditionalExpression: an undefined entry in the set matches no client
    if (client) withCall.add(client);
  }
  return items.filter((item) => {
    const f = facts(item);
    if (f.kind !== 'verify') return true;
    const client = clientOf(f.caseId);
    return !client || !withCall.has(client);
  });
}
