// The Today view's order without building a view per task: the due pending task ids sorted on
// small tuples (compareForToday: due call-back, urgent, days left, premium, key; lapsed last),
// one row per customer (verify folded into the call), the same order as listTodayTasks. Only tasks, their cases and the cases' policies are read; customers, cars,
// staff and the reason text are built later for the rows on screen (buildTaskViews).
import { addDays, daysBetween } from '../../../shared/domain/china-date';
import {
  compareForToday,
  foldVerifyIntoCustomerCalls,
  foldVerifyTasks,
  type PriorityFacts,
} from '../../../shared/domain/reminders/today-priority';
import type { Id, RenewalCase, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import {
  buildTaskViews,
  casesWithPendingCalls,
  pendingCallCasesOf,
  type TaskView,
} from './plan-queries';
import { getSettings } from './settings-repository';

export interface TodayOrderArgs {
  today: string;
  now: string;
  /** A staff id for "mine"; undefined for everyone; null for unassigned. */
  staffId?: Id | null;
}

export interface TodayOrder {
  /** Due pending task ids, most important first. */
  ids: Id[];
}

interface SortKey extends PriorityFacts {
  task: Task;
}

/**
 * Pending tasks due on or before `today`, through one of two index ranges: the pending tasks
 * (future tiers included) or everything due so far (done ones included); index counts are
 * cheap, reading values is not. The pending range also answers the verify fold (which cases
 * have another pending call), which otherwise reads it a second time past a few thousand
 * verify tasks, so it is read unless the due range is less than half its size. `pending`:
 * every pending task, when that is the range read (for everyone).
 */
async function dueTasks(
  db: AppDb,
  args: TodayOrderArgs,
): Promise<{ due: Task[]; pending: Task[] | null }> {
  const mine = (t: Task) =>
    t.status === 'pending' &&
    !t.deletedAt &&
    t.dueDate <= args.today &&
    (args.staffId === undefined || (t.assigneeId ?? null) === args.staffId);
  if (args.staffId) {
    const rows = await db.tasks
      .where('[assigneeId+status]')
      .equals([args.staffId, 'pending'])
      .toArray();
    return { due: rows.filter(mine), pending: null };
  }
  const byDue = db.tasks.where('dueDate').belowOrEqual(args.today);
  const byStatus = db.tasks.where('status').equals('pending');
  const [dueCount, pendingCount] = await Promise.all([byDue.count(), byStatus.count()]);
  if (dueCount * 2 <= pendingCount)
    return { due: (await byDue.toArray()).filter(mine), pending: null };
  const pending = await byStatus.toArray();
  return { due: pending.filter(mine), pending };
}

/**
 * Reading by key costs about four times as much per row in Chromium's IndexedDB as reading an
 * index range (a bulkGet of 60k policies took 1.7 s, a range of 76k tasks 0.5 s), so past this
 * many rows the wanted ones are read through a range and picked out; stragglers by key.
 */
const RANGE_READ_FROM = 2000;

export interface TodayOrderOptions {
  /** Rows needed before a range read replaces reads by key (tests set 0 to cover both). */
  rangeReadFrom?: number;
}

export async function casesById(
  db: AppDb,
  ids: readonly Id[],
  rangeFrom: number,
): Promise<Map<Id, RenewalCase>> {
  const wanted = new Set(ids);
  const found = new Map<Id, RenewalCase>();
  if (wanted.size > rangeFrom) {
    // Due tasks belong to open cases; a closed case's leftover task is read by key below.
    for (const c of await db.cases.where('state').equals('open').toArray()) {
      if (wanted.has(c.id)) found.set(c.id, c);
    }
  }
  const missing = [...wanted].filter((id) => !found.has(id));
  for (const c of await db.cases.bulkGet(missing)) if (c) found.set(c.id, c);
  for (const [id, c] of found) if (c.deletedAt) found.delete(id);
  return found;
}

export async function premiumsByCase(
  db: AppDb,
  cases: readonly RenewalCase[],
  rangeFrom: number,
): Promise<Map<Id, number>> {
  const wanted = new Set(cases.flatMap((c) => c.policyIds));
  const premium = new Map<Id, number>();
  if (wanted.size > rangeFrom && cases.length > 0) {
    // A case's policies end on or after its end date (the earliest of them) and close to it.
    const ends = cases.map((c) => c.endDate).sort();
    const from = ends[0] as string;
    const to = addDays(ends.at(-1) as string, 62);
    for (const p of await db.policies.where('endDate').between(from, to, true, true).toArray()) {
      if (wanted.has(p.id)) premium.set(p.id, p.premium ?? 0);
    }
  }
  const missing = [...wanted].filter((id) => !premium.has(id));
  for (const p of await db.policies.bulkGet(missing)) if (p) premium.set(p.id, p.premium ?? 0);
  return new Map(
    cases.map((c) => [c.id, c.policyIds.reduce((sum, id) => sum + (premium.get(id) ?? 0), 0)]),
  );
}

/** The Today view's task ids in priority order (same order as listTodayTasks). */
export async function listTodayOrder(
  db: AppDb,
  args: TodayOrderArgs,
  options: TodayOrderOptions = {},
): Promise<TodayOrder> {
  const rangeFrom = options.rangeReadFrom ?? RANGE_READ_FROM;
  const { due, pending } = await dueTasks(db, args);
  const verifyCases = due.filter((t) => t.kind === 'verify').map((t) => t.caseId);
  const pendingCalls = pending
    ? pendingCallCasesOf(pending)
    : await casesWithPendingCalls(db, verifyCases, rangeFrom);
  const byCase = foldVerifyTasks(due, (t) => t, pendingCalls);
  const caseById = await casesById(
    db,
    byCase.map((t) => t.caseId),
    rangeFrom,
  );
  const tasks = foldVerifyIntoCustomerCalls(
    byCase,
    (t) => t,
    (id) => caseById.get(id)?.clientId,
  );
  const premiums = await premiumsByCase(db, [...caseById.values()], rangeFrom);
  return { ids: priorityOrder(tasks, caseById, premiums, args) };
}

/**
 * Due tasks (verify already folded) in Today's priority order (compareForToday), from their
 * cases and the cases' premiums: shared by the whole order and its first page
 * (today-first-page.ts).
 */
export function priorityOrder(
  tasks: readonly Task[],
  caseById: ReadonlyMap<Id, RenewalCase>,
  premiums: ReadonlyMap<Id, number>,
  args: { today: string; now: string },
): Id[] {
  const nowMs = Date.parse(args.now);
  // Days left once per end date, not once per task (thousands of tasks share a few dates).
  const daysByEnd = new Map<string, number>();
  const daysLeft = (end: string) => {
    let days = daysByEnd.get(end);
    if (days === undefined) daysByEnd.set(end, (days = daysBetween(args.today, end)));
    return days;
  };
  const keys = tasks.map((task): SortKey => {
    const c = caseById.get(task.caseId);
    return {
      task,
      caseId: task.caseId,
      kind: task.kind,
      dueAt: task.dueAt,
      key: task.key,
      daysLeft: c ? daysLeft(c.endDate) : null,
      premium: premiums.get(task.caseId) ?? 0,
    };
  });
  keys.sort((a, b) => compareForToday(a, b, nowMs));
  return keys.map((k) => k.task.id);
}

/**
 * Full views for some of the ordered ids (the rows on screen), in the order given. Ids whose
 * task is gone are skipped; the order query drops them on its next run.
 */
export async function listTaskViewsByIds(
  db: AppDb,
  ids: readonly Id[],
  args: { today: string; now: string },
): Promise<TaskView[]> {
  const [settings, tasks] = await Promise.all([getSettings(db), db.tasks.bulkGet([...ids])]);
  const found = tasks.filter((t): t is Task => !!t && !t.deletedAt);
  return buildTaskViews(db, found, { ...args, settings });
}

/**
 * Index counts over what the Today order reads (the tasks due so far, the cases, the
 * policies): cheap, and inside a live query they make it run again when any of those change,
 * while the order itself is computed elsewhere (the Today order worker).
 */
export async function watchTodayOrderInputs(db: AppDb, today: string): Promise<void> {
  await Promise.all([
    db.tasks.where('dueDate').belowOrEqual(today).count(),
    db.cases.count(),
    db.policies.count(),
  ]);
}
