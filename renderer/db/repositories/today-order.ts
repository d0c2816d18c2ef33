// The Today view's order without building a view per task: the due pending task ids sorted on
// small tuples (due call-back, urgent, days left, premium, key), the same order as
// compareTaskViews. Only tasks, their cases and the cases' policies are read; customers, cars,
// staff and the reason text are built later for the rows on screen (buildTaskViews).
import { daysBetween } from '../../../shared/domain/china-date';
import type { Id, RenewalCase, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { buildTaskViews, type TaskView } from './plan-queries';
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

interface SortKey {
  task: Task;
  cb: number;
  urgent: number;
  days: number;
  premium: number;
}

/**
 * Pending tasks due on or before `today`. Reads whichever index range is smaller: the
 * pending tasks (future tiers included) or everything due so far (done ones included); index
 * counts are cheap, reading values is not.
 */
async function dueTasks(db: AppDb, args: TodayOrderArgs): Promise<Task[]> {
  const mine = (t: Task) =>
    t.status === 'pending' &&
    t.dueDate <= args.today &&
    (args.staffId === undefined || (t.assigneeId ?? null) === args.staffId);
  if (args.staffId) {
    const rows = await db.tasks
      .where('[assigneeId+status]')
      .equals([args.staffId, 'pending'])
      .toArray();
    return rows.filter(mine);
  }
  const byDue = db.tasks.where('dueDate').belowOrEqual(args.today);
  const byStatus = db.tasks.where('status').equals('pending');
  const [dueCount, pendingCount] = await Promise.all([byDue.count(), byStatus.count()]);
  return (await (dueCount <= pendingCount ? byDue : byStatus).toArray()).filter(mine);
}

async function premiumsByCase(db: AppDb, cases: readonly RenewalCase[]): Promise<Map<Id, number>> {
  const policies = await db.policies.bulkGet([...new Set(cases.flatMap((c) => c.policyIds))]);
  const premium = new Map<Id, number>();
  for (const p of policies) if (p) premium.set(p.id, p.premium ?? 0);
  return new Map(
    cases.map((c) => [c.id, c.policyIds.reduce((sum, id) => sum + (premium.get(id) ?? 0), 0)]),
  );
}

function compareKeys(a: SortKey, b: SortKey): number {
  return (
    a.cb - b.cb ||
    a.urgent - b.urgent ||
    a.days - b.days ||
    b.premium - a.premium ||
    a.task.key.localeCompare(b.task.key)
  );
}

/** The Today view's task ids in priority order (same order as listTodayTasks). */
export async function listTodayOrder(db: AppDb, args: TodayOrderArgs): Promise<TodayOrder> {
  const tasks = await dueTasks(db, args);
  const cases = (await db.cases.bulkGet([...new Set(tasks.map((t) => t.caseId))])).filter(
    (c): c is RenewalCase => !!c,
  );
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const premiums = await premiumsByCase(db, cases);
  const nowMs = Date.parse(args.now);
  const keys = tasks.map((task): SortKey => {
    const c = caseById.get(task.caseId);
    return {
      task,
      cb: task.kind === 'callback' && task.dueAt && Date.parse(task.dueAt) <= nowMs ? 0 : 1,
      urgent: task.kind === 'urgent' || task.kind === 'lapsed' ? 0 : 1,
      days: c ? daysBetween(args.today, c.endDate) : 9999,
      premium: premiums.get(task.caseId) ?? 0,
    };
  });
  keys.sort(compareKeys);
  return { ids: keys.map((k) => k.task.id) };
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
  const found = tasks.filter((t): t is Task => !!t);
  return buildTaskViews(db, found, { ...args, settings });
}
