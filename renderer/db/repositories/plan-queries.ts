// Reads for the Today view and the task list: each task with its case, customer, car and the
// reason it is on the list (tier, days left, premium, last outcome), in priority order.
import { daysBetween } from '../../../shared/domain/china-date';
import { isOverdueFlagged } from '../../../shared/domain/reminders/assignment';
import { taskReason } from '../../../shared/domain/reminders/task-reason';
import { isDoNotContact } from '../../../shared/domain/reminders/tiers';
import {
  compareForToday,
  foldVerifyIntoCustomerCalls,
  foldVerifyTasks,
  todayGroup,
  type PriorityFacts,
  type TodayGroup,
} from '../../../shared/domain/reminders/today-priority';
import type {
  Client,
  StoredClient,
  Id,
  Outcome,
  Policy,
  RenewalCase,
  Settings,
  Staff,
  Task,
  TaskStatus,
  Vehicle,
} from '../../../shared/domain/types';
import type { TextRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { openClients } from './client-crypto';
import { whereEach } from './index-lookup';
import { getSettings } from './settings-repository';
import { ALL_TASKS_FROM, tasksOfCases } from './tasks-of-cases';

export interface TaskView {
  task: Task;
  case: RenewalCase | null;
  client: Client | null;
  vehicle: Vehicle | null;
  policies: Policy[];
  assigneeName: string | null;
  daysLeft: number | null;
  premium: number;
  lastOutcome: Outcome | null;
  /** Overdue by more than settings.overdueFlagHours: flagged to managers. */
  overdue: boolean;
  doNotContact: boolean;
  /** Where it sits in the Today order and why: call-back due, urgent, savable, lapsed. */
  group: TodayGroup;
  /**
   * A verify-details task of the customer (any of their cars) is due: it is folded into this
   * call (one row per customer a day) and completed by it when the customer is reached.
   */
  verifyAlong: boolean;
  /** Why it is on the list, e.g. "到期前15天 · 剩余 12 天 · 保费 3200 元 · 上次：未接通" once rendered. */
  reason: TextRef;
}

export interface TaskFilter {
  today: string;
  now: string;
  /** A staff id for "mine"; undefined for everyone; null for unassigned. */
  assigneeId?: Id | null;
  tier?: string;
  status?: TaskStatus;
  overdueOnly?: boolean;
  /** Only tasks due on or before `today` (the Today view). */
  dueOnly?: boolean;
  limit?: number;
}

const factsOf = (v: TaskView): PriorityFacts => ({
  caseId: v.task.caseId,
  kind: v.task.kind,
  dueAt: v.task.dueAt,
  key: v.task.key,
  daysLeft: v.daysLeft,
  premium: v.premium,
});

/** The Today order (compareForToday): due call-backs, savable cases, then lapsed ones. */
export function compareTaskViews(a: TaskView, b: TaskView, nowMs: number): number {
  return compareForToday(factsOf(a), factsOf(b), nowMs);
}

/** Cases among `caseIds` with a pending task that is not verify (due or not yet). */
export async function casesWithPendingCalls(
  db: AppDb,
  caseIds: readonly Id[],
  threshold = ALL_TASKS_FROM,
): Promise<Set<Id>> {
  if (caseIds.length === 0) return new Set();
  // A verification season puts a verify task on most customers: past a few thousand cases,
  // one read of the pending tasks (the status index: the finished ones, most of a season's
  // tasks, are never read) beats an index jump per case id.
  const tasks =
    caseIds.length > threshold
      ? await db.tasks.where('status').equals('pending').toArray()
      : await tasksOfCases(db, caseIds);
  return pendingCallCasesOf(tasks, new Set(caseIds));
}

/** Cases (among `wanted`, else all) with a pending live task that is not verify. */
export function pendingCallCasesOf(tasks: readonly Task[], wanted?: ReadonlySet<Id>): Set<Id> {
  const out = new Set<Id>();
  for (const t of tasks) {
    if (t.status !== 'pending' || t.kind === 'verify' || t.deletedAt) continue;
    if (!wanted || wanted.has(t.caseId)) out.add(t.caseId);
  }
  return out;
}

/** Customers among `clientIds` with a pending verify task due on or before `today` (any car). */
async function clientsWithDueVerify(
  db: AppDb,
  clientIds: readonly Id[],
  today: string,
): Promise<Set<Id>> {
  const out = new Set<Id>();
  if (clientIds.length === 0) return out;
  const cases = await whereEach(db, db.cases, 'clientId', clientIds);
  const clientOf = new Map(cases.map((c) => [c.id, c.clientId]));
  if (clientOf.size === 0) return out;
  for (const t of await whereEach(db, db.tasks, 'caseId', [...clientOf.keys()])) {
    const client = clientOf.get(t.caseId);
    if (client && t.kind === 'verify' && t.status === 'pending' && t.dueDate <= today)
      out.add(client);
  }
  return out;
}

async function loadTasks(db: AppDb, filter: TaskFilter): Promise<Task[]> {
  const status = filter.status ?? (filter.dueOnly ? 'pending' : undefined);
  if (filter.assigneeId && status) {
    return db.tasks.where('[assigneeId+status]').equals([filter.assigneeId, status]).toArray();
  }
  if (filter.dueOnly) return db.tasks.where('dueDate').belowOrEqual(filter.today).toArray();
  if (status) return db.tasks.where('status').equals(status).toArray();
  return db.tasks.toArray();
}

export async function listTaskViews(db: AppDb, filter: TaskFilter): Promise<TaskView[]> {
  const settings: Settings = await getSettings(db);
  const status = filter.status ?? (filter.dueOnly ? 'pending' : undefined);
  const tasks = (await loadTasks(db, filter)).filter(
    (t) =>
      !t.deletedAt &&
      (filter.assigneeId === undefined || (t.assigneeId ?? null) === filter.assigneeId) &&
      (!status || t.status === status) &&
      (!filter.tier || t.tier === filter.tier) &&
      (!filter.dueOnly || t.dueDate <= filter.today) &&
      (!filter.overdueOnly || isOverdueFlagged(t, filter.now, settings)),
  );
  // The Today view (dueOnly) shows one row per case: a verify task rides along with a call.
  const shown = filter.dueOnly
    ? foldVerifyTasks(
        tasks,
        (t) => t,
        await casesWithPendingCalls(
          db,
          tasks.filter((t) => t.kind === 'verify').map((t) => t.caseId),
        ),
      )
    : tasks;
  const built = await buildTaskViews(db, shown, { today: filter.today, now: filter.now, settings });
  const clientOf = new Map(built.map((v) => [v.task.caseId, v.case?.clientId]));
  const views = filter.dueOnly
    ? foldVerifyIntoCustomerCalls(
        built,
        (v) => v.task,
        (id) => clientOf.get(id),
      )
    : built;
  const nowMs = Date.parse(filter.now);
  views.sort((a, b) => compareTaskViews(a, b, nowMs));
  return filter.limit ? views.slice(0, filter.limit) : views;
}

/**
 * Full views (case, customer, car, policies, reason) for the given tasks, in the given order.
 * The Today view calls it for the rows on screen only (today-order.ts gives the order).
 */
export async function buildTaskViews(
  db: AppDb,
  tasks: readonly Task[],
  ctx: { today: string; now: string; settings: Settings },
): Promise<TaskView[]> {
  const cases = await db.cases.bulkGet([...new Set(tasks.map((t) => t.caseId))]);
  const caseById = new Map(
    cases.filter((c): c is RenewalCase => !!c && !c.deletedAt).map((c) => [c.id, c]),
  );
  const byId = async <T extends { id: Id }>(
    table: { bulkGet(ids: Id[]): Promise<(T | undefined)[]> },
    ids: Id[],
  ) =>
    new Map(
      (await table.bulkGet([...new Set(ids)])).filter((x): x is T => !!x).map((x) => [x.id, x]),
    );
  const allCases = [...caseById.values()];
  // Independent lookups: one round of parallel reads instead of five in a row.
  const [storedClients, vehicles, policies, staff, verifyDue] = await Promise.all([
    byId<StoredClient>(
      db.clients,
      allCases.map((c) => c.clientId),
    ),
    byId<Vehicle>(
      db.vehicles,
      allCases.map((c) => c.vehicleId),
    ),
    byId<Policy>(
      db.policies,
      allCases.flatMap((c) => c.policyIds),
    ),
    byId<Staff>(
      db.staff,
      tasks.map((t) => t.assigneeId).filter((id): id is Id => !!id),
    ),
    clientsWithDueVerify(
      db,
      allCases.map((c) => c.clientId),
      ctx.today,
    ),
  ]);
  // Customers open after the reads (WebCrypto between them would end a caller's transaction).
  const clients = new Map<Id, Client>(
    (await openClients([...storedClients.values()])).map((c) => [c.id, c]),
  );
  const nowMs = Date.parse(ctx.now);
  return tasks.map((task): TaskView => {
    const c = caseById.get(task.caseId) ?? null;
    const client = c ? (clients.get(c.clientId) ?? null) : null;
    const ps = c ? c.policyIds.map((id) => policies.get(id)).filter((p): p is Policy => !!p) : [];
    const base = {
      task,
      case: c,
      client,
      vehicle: c ? (vehicles.get(c.vehicleId) ?? null) : null,
      policies: ps,
      assigneeName: task.assigneeId ? (staff.get(task.assigneeId)?.name ?? null) : null,
      daysLeft: c ? daysBetween(ctx.today, c.endDate) : null,
      premium: ps.reduce((sum, p) => sum + (p.premium ?? 0), 0),
      lastOutcome: task.attempts.at(-1)?.outcome ?? null,
      overdue: isOverdueFlagged(task, ctx.now, ctx.settings),
      doNotContact: !!client && isDoNotContact(client, ctx.today),
      verifyAlong: task.kind !== 'verify' && !!c && verifyDue.has(c.clientId),
    };
    const facts = { ...base, tier: task.tier };
    const group = todayGroup(
      {
        caseId: task.caseId,
        kind: task.kind,
        dueAt: task.dueAt,
        key: task.key,
        daysLeft: base.daysLeft,
        premium: base.premium,
      },
      nowMs,
    );
    return { ...base, group, reason: taskReason(facts) };
  });
}

/** The Today view: my pending tasks due today or earlier, most important first. */
export function listTodayTasks(
  db: AppDb,
  args: { today: string; now: string; staffId?: Id | null },
): Promise<TaskView[]> {
  return listTaskViews(db, {
    today: args.today,
    now: args.now,
    assigneeId: args.staffId,
    dueOnly: true,
  });
}
