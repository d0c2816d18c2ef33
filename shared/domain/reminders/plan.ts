// The renewal plan: cases in line with the policies, the tasks each open case wants today,
// merged with the tasks already recorded, and an assignee for every case with work due.
// Idempotent: tasks are matched by their deterministic key, so running it again (after a
// re-import, a restart, an outcome) creates no duplicate and keeps every recorded attempt.
import { diffDays as daysBetween, plusDays } from './dates';
import type {
  ClientCore,
  Id,
  IsoDate,
  IsoDateTime,
  Policy,
  RenewalCase,
  Settings,
  Staff,
  Task,
  TaskCancelReason,
  Vehicle,
} from '../types';
import { textRef, type TextRef } from '../../i18n/text-ref';
import { assignCases, type Assignment, type AssignmentCandidate } from './assignment';
import { yearsWithoutHolidayData } from './calendar';
import { isClosedState } from './cases';
import { groupBy, indexBy } from '../collections';
import { reconcileCases } from './plan-cases';
import { taskIdFor } from './record-ids';
import { taskReachable } from '../contact/reachable';
import {
  caseSchedule,
  isDoNotContact,
  isRuleTaskKey,
  needsVerification,
  ruleTasksForCase,
  validateTierSettings,
  type CaseSchedule,
  type TierWarning,
} from './tiers';

export interface PlanInput {
  today: IsoDate;
  now: IsoDateTime;
  settings: Settings;
  clients: readonly ClientCore[];
  vehicles: readonly Vehicle[];
  policies: readonly Policy[];
  cases: readonly RenewalCase[];
  tasks: readonly Task[];
  staff: readonly Staff[];
  /** Who is recomputing (stamped on every changed record); 'system' by default. */
  actor?: string;
  /**
   * Id of a new task from its key; taskIdFor (a UUID v5 of the key, the same on every desk)
   * by default. Tests may pass a counter.
   */
  newId?: (key: string) => string;
}

export interface PlanStats {
  casesCreated: number;
  casesClosed: number;
  tasksCreated: number;
  tasksCancelled: number;
  assigned: number;
  unassigned: number;
}

export interface PlanResult {
  /** Every case after the plan (unchanged ones included). */
  cases: RenewalCase[];
  /** Every task after the plan. */
  tasks: Task[];
  /** Only what must be written. */
  changedCases: RenewalCase[];
  changedTasks: Task[];
  /** Open cases whose customer is on the do-not-contact list: no tasks, shown as such. */
  doNotContactCaseIds: Set<Id>;
  /** Open cases whose policies are gone (deleted): their pending tasks are cancelled. */
  orphanCaseIds: Set<Id>;
  /** Assignments made in this run, with their reasons. */
  assignments: Assignment[];
  warnings: TierWarning[];
  stats: PlanStats;
}

// Stryker disable next-line ArrayDeclaration: an item here has no key, status or endDate, so every use skips it
const NONE: readonly never[] = [];

/**
 * Calls are made this many days ahead (the task list's look-ahead and the reminder plan's
 * window); later slots appear as their date comes closer. Making every slot of every case at
 * once would triple the task table for nothing.
 */
export const PLAN_HORIZON_DAYS = 14;

export function computePlan(input: PlanInput): PlanResult {
  const { today, now, settings } = input;
  const actor = input.actor ?? 'system';
  const newId = input.newId ?? taskIdFor;
  const reconciled = reconcileCases(input, { now, actor });
  const cases = reconciled.cases;
  const changedCases = reconciled.changed;
  const clients = indexBy(input.clients, (c) => c.id);
  const vehicles = reconciled.vehicles;
  const tasksByCase = groupBy(input.tasks, (t) => t.caseId);
  // Written tasks by id (changed or new); everything else passes through untouched. Every
  // value here is an object made in this run, so it may be updated in place.
  const changedTasks = new Map<Id, Task>();
  const createdIds: Id[] = [];
  const currentTasks = (): Task[] => {
    // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is filled below
    const list = new Array<Task>(input.tasks.length + createdIds.length);
    let i = 0;
    for (const t of input.tasks) list[i++] = changedTasks.get(t.id) ?? t;
    for (const id of createdIds) list[i++] = changedTasks.get(id) as Task;
    return list;
  };
  const stats: PlanStats = {
    casesCreated: reconciled.created,
    casesClosed: reconciled.closed,
    tasksCreated: 0,
    tasksCancelled: 0,
    assigned: 0,
    unassigned: 0,
  };
  // `task` must be a fresh object (never an input record): it is stamped in place.
  const writeTask = (task: Task): void => {
    task.updatedAt = now;
    task.updatedBy = actor;
    changedTasks.set(task.id, task);
  };
  const cancel = (task: Task, cancelReason: TaskCancelReason): void => {
    writeTask({ ...task, status: 'cancelled', cancelReason });
    stats.tasksCancelled++;
  };
  // A task the plan only paused comes back as it was (an undone import, a do-not-contact
  // period over); the reason goes with the pause.
  const revive = (task: Task): void => {
    const { cancelReason: _paused, ...rest } = task;
    writeTask({ ...rest, status: 'pending' });
  };
  const schedules = new Map<IsoDate, CaseSchedule>();
  const scheduleFor = (endDate: IsoDate): CaseSchedule => {
    let found = schedules.get(endDate);
    // Stryker disable next-line ConditionalExpression: recomputing a memoised schedule gives the same schedule
    if (!found) schedules.set(endDate, (found = caseSchedule(endDate, settings)));
    return found;
  };
  const doNotContact = new Set<Id>();
  const horizon = plusDays(today, PLAN_HORIZON_DAYS);

  for (const c of cases.values()) {
    const existing = tasksByCase.get(c.id) ?? NONE;
    const client = clients.get(c.clientId);
    const closed = isClosedState(c.state) || reconciled.orphans.has(c.id);
    const dnc = !closed && (!client || isDoNotContact(client, today));
    if (dnc) doNotContact.add(c.id);
    if (closed || dnc) {
      const reason = isClosedState(c.state)
        ? 'case_closed'
        : reconciled.orphans.has(c.id)
          ? 'orphaned'
          : 'do_not_contact';
      for (const t of existing) if (t.status === 'pending') cancel(t, reason);
      continue;
    }
    const verify =
      !!client && needsVerification(client, vehicles.get(c.vehicleId), today, settings);
    const wanted = ruleTasksForCase(c.id, scheduleFor(c.endDate), today, verify, horizon);
    // A per-channel do-not-contact or opt-out that leaves no channel for a task (calls closed,
    // no other channel open with consent) pauses it like the overall list does; call-backs
    // follow the call channel alone. Complaint tasks are the handler's and stay.
    const blocked = (kind: Task['kind']): boolean => {
      // Stryker disable next-line ConditionalExpression,OptionalChaining: a fast path; without preferences no channel is closed and taskReachable answers true (client is set: no client is do-not-contact above)
      if (!client?.contact) return false;
      return kind !== 'complaint' && !taskReachable(client, kind);
    };
    for (const t of existing) {
      // Stryker disable next-line ConditionalExpression: only cancelled tasks carry a pause reason (revive drops it)
      if (t.status !== 'cancelled' || !isPause(t.cancelReason) || blocked(t.kind)) continue;
      if (!isRuleTaskKey(c.id, t.key) || hasKey(wanted, t.key)) revive(t);
    }
    for (const t of existing) {
      const now = changedTasks.get(t.id) ?? t;
      if (now.status === 'pending' && blocked(now.kind)) cancel(now, 'do_not_contact');
    }
    // Stryker disable next-line StringLiteral: every kind but 'callback' and 'lapsed' counts as a sales reminder, '' too
    const salesClosed = blocked('tier');
    if (salesClosed && blocked('lapsed')) doNotContact.add(c.id);
    for (const rule of wanted) {
      if (hasKey(existing, rule.key) || blocked(rule.kind)) continue;
      const id = newId(rule.key);
      createdIds.push(id);
      writeTask({
        id,
        createdAt: now,
        updatedAt: now,
        updatedBy: actor,
        caseId: c.id,
        kind: rule.kind,
        tier: rule.tier,
        key: rule.key,
        dueDate: rule.dueDate,
        dueAt: null,
        // Stryker disable next-line LogicalOperator: the assignee loop below sets every pending task to its case's owner
        assigneeId: c.assigneeId ?? null,
        status: 'pending',
        attempts: [],
      });
      stats.tasksCreated++;
    }
    // Superseded calls (a later tier is due) and calls the rules no longer want (tiers or
    // dates changed) are cancelled; call-backs and manual tasks are left alone.
    for (const t of existing) {
      const now = changedTasks.get(t.id) ?? t;
      if (now.status === 'pending' && !hasKey(wanted, t.key) && isRuleTaskKey(c.id, t.key))
        cancel(now, 'superseded');
    }
  }

  const current = currentTasks();
  const assignments = assign(
    input,
    cases,
    reconciled.policiesByCase,
    current,
    doNotContact,
    reconciled.orphans,
  );
  for (const a of assignments) {
    const c = cases.get(a.caseId);
    // Stryker disable next-line ConditionalExpression: assignments are made only for cases in this map
    if (!c) continue;
    if (a.staffId) stats.assigned++;
    else stats.unassigned++;
    if (c.assigneeId === a.staffId && sameReason(c.assignReason, a.reason)) continue;
    // Stryker disable next-line ConditionalExpression,BlockStatement: in place or as a copy, the same case is written
    if (changedCases.has(c.id)) {
      // Made in this run by reconcileCases (never an input record): update it in place.
      c.assigneeId = a.staffId;
      c.assignReason = a.reason;
      c.updatedAt = now;
      c.updatedBy = actor;
      continue;
    }
    cases.set(c.id, {
      ...c,
      assigneeId: a.staffId,
      assignReason: a.reason,
      updatedAt: now,
      updatedBy: actor,
    });
    changedCases.add(c.id);
  }
  // Pending tasks follow their case's assignee.
  for (const t of current) {
    if (t.status !== 'pending') continue;
    const owner = cases.get(t.caseId)?.assigneeId ?? null;
    if ((t.assigneeId ?? null) === owner) continue;
    // Stryker disable next-line ConditionalExpression: in place or as a copy, the same task is written
    if (changedTasks.get(t.id) === t) {
      t.assigneeId = owner;
      // Stryker disable next-line CallExpression: t is already written and stamped in this run
      writeTask(t);
    } else writeTask({ ...t, assigneeId: owner });
  }
  const changedCaseList: RenewalCase[] = [];
  for (const id of changedCases) {
    const c = cases.get(id);
    // Stryker disable next-line ConditionalExpression: every changed id has a case
    if (c) changedCaseList.push(c);
  }
  return {
    cases: [...cases.values()],
    tasks: currentTasks(),
    changedCases: changedCaseList,
    changedTasks: [...changedTasks.values()],
    doNotContactCaseIds: doNotContact,
    orphanCaseIds: reconciled.orphans,
    assignments,
    warnings: [...validateTierSettings(settings), ...holidayWarnings(input, [...cases.values()])],
    stats,
  };
}

/**
 * One warning per year the open cases' calls reach (from the earliest tier before the end date
 * to the end date) for which no holiday data exists (issue 9 §8): the plan then treats the year
 * as Monday-Friday, and the user must be told, and told where to fill it in.
 */
function holidayWarnings(input: PlanInput, cases: readonly RenewalCase[]): TierWarning[] {
  const earliest = Math.max(0, ...input.settings.tiers.map((t) => t.daysBefore));
  const dates: IsoDate[] = [input.today, plusDays(input.today, PLAN_HORIZON_DAYS)];
  for (const c of cases) {
    if (isClosedState(c.state)) continue;
    dates.push(plusDays(c.endDate, -earliest), c.endDate);
  }
  return yearsWithoutHolidayData(dates, input.settings).map((year) => ({
    tier: '',
    text: textRef('errors:calendar.unknownYear', { year }),
  }));
}

const PAUSES: ReadonlySet<TaskCancelReason | undefined> = new Set([
  'case_closed',
  'orphaned',
  'do_not_contact',
]);

function isPause(reason: TaskCancelReason | undefined): boolean {
  return PAUSES.has(reason);
}

function hasKey(list: readonly { key: string }[], key: string): boolean {
  for (const item of list) if (item.key === key) return true;
  return false;
}

// Cases with work due and no active assignee get one; a case keeps its assignee otherwise.
function assign(
  input: PlanInput,
  cases: Map<Id, RenewalCase>,
  policiesByCase: Map<Id, Policy[]>,
  tasks: readonly Task[],
  doNotContact: Set<Id>,
  orphans: Set<Id>,
): Assignment[] {
  const active = new Set<Id>();
  for (const s of input.staff) if (s.active && !s.deletedAt) active.add(s.id);
  // Cases with a pending task due today, and whether one of those is urgent or lapsed.
  const dueByCase = new Map<Id, boolean>();
  for (const t of tasks) {
    if (t.status !== 'pending' || t.dueDate > input.today || dueByCase.get(t.caseId)) continue;
    dueByCase.set(t.caseId, t.kind === 'urgent' || t.kind === 'lapsed');
  }
  const load = new Map<Id, number>();
  const candidates: AssignmentCandidate[] = [];
  // Only cases someone handled can pass a vehicle on to its next cycle.
  const byVehicle = new Map<Id, RenewalCase[]>();
  for (const c of cases.values()) {
    if (!c.assigneeId) continue;
    const list = byVehicle.get(c.vehicleId);
    if (list) list.push(c);
    else byVehicle.set(c.vehicleId, [c]);
  }
  for (const [caseId, urgent] of dueByCase) {
    const c = cases.get(caseId);
    if (!c || isClosedState(c.state) || doNotContact.has(caseId) || orphans.has(caseId)) continue;
    if (c.assigneeId && active.has(c.assigneeId)) {
      load.set(c.assigneeId, (load.get(c.assigneeId) ?? 0) + 1);
      continue;
    }
    const policies = policiesByCase.get(caseId) ?? NONE;
    // The latest earlier case with an assignee (on a tie the last one listed, as before).
    let previous: RenewalCase | undefined;
    for (const other of byVehicle.get(c.vehicleId) ?? NONE) {
      // Stryker disable next-line EqualityOperator: another case of the car ending the same day would be the same cycle (merged), and the case itself has no active assignee (else it is no candidate)
      if (other.endDate >= c.endDate) continue;
      if (!previous || other.endDate >= previous.endDate) previous = other;
    }
    let premium = 0;
    for (const p of policies) premium += p.premium ?? 0;
    candidates.push({
      caseId,
      urgent,
      daysToExpiry: daysBetween(input.today, c.endDate),
      premium,
      previousAssigneeId: previous?.assigneeId ?? null,
      importStaffName: policies.find((p) => p.staffName)?.staffName ?? null,
    });
  }
  return assignCases(
    candidates,
    input.staff.filter((s) => !s.deletedAt),
    load,
  );
}

/**
 * Reasons are small texts with params: equal when they say the same. A stored string (or null)
 * never is: its JSON is a quoted string (or null), never an object's.
 */
function sameReason(stored: RenewalCase['assignReason'], next: TextRef): boolean {
  return JSON.stringify(stored) === JSON.stringify(next);
}
