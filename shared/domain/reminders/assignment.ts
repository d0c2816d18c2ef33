// Who makes the call. Work is ordered by urgency (urgent and lapsed first, then days to
// expiry, then premium) and fills each person's daily capacity, counting what they already
// hold; whoever handled the car last cycle (or the 业务员 named in the import) keeps it if
// they have room, otherwise the least-loaded person gets it. Every choice says why.
import type { Id, IsoDateTime, Settings, Staff, Task } from '../types';
import { chinaMillis } from './dates';
import { textRef, type TextRef } from '../../i18n/text-ref';

export interface AssignmentCandidate {
  caseId: Id;
  /** The case has an urgent or lapsed call due. */
  urgent: boolean;
  daysToExpiry: number;
  premium: number;
  /** Assignee of the same vehicle's previous case. */
  previousAssigneeId?: Id | null;
  /** 业务员 named in the imported list (Policy.staffName). */
  importStaffName?: string | null;
}

export interface Assignment {
  caseId: Id;
  staffId: Id | null;
  /** Why, as a catalogue text (tasks:assignReasons.*), rendered in the reader's language. */
  reason: TextRef;
}

type AssignableStaff = Pick<Staff, 'id' | 'name' | 'dailyCapacity' | 'active'>;

/** Most urgent first: urgent/lapsed, then fewest days to expiry, then highest premium. */
export function compareUrgency(
  a: Pick<AssignmentCandidate, 'urgent' | 'daysToExpiry' | 'premium' | 'caseId'>,
  b: Pick<AssignmentCandidate, 'urgent' | 'daysToExpiry' | 'premium' | 'caseId'>,
): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  if (a.daysToExpiry !== b.daysToExpiry) return a.daysToExpiry - b.daysToExpiry;
  if (a.premium !== b.premium) return b.premium - a.premium;
  return a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;
}

/**
 * Assigns `candidates` to `staff`. `load` is each person's open load today (due tasks of
 * cases they already hold); it is not modified.
 */
export function assignCases(
  candidates: readonly AssignmentCandidate[],
  staff: readonly AssignableStaff[],
  load: ReadonlyMap<Id, number>,
): Assignment[] {
  const active = staff.filter((s) => s.active && s.dailyCapacity > 0);
  const byId = new Map(active.map((s) => [s.id, s]));
  const byName = new Map(active.map((s) => [s.name.trim(), s]));
  const held = new Map(active.map((s) => [s.id, load.get(s.id) ?? 0]));
  const room = (s: AssignableStaff): boolean => (held.get(s.id) ?? 0) < s.dailyCapacity;
  const usage = (s: AssignableStaff): string => `${held.get(s.id) ?? 0}/${s.dailyCapacity}`;
  const result: Assignment[] = [];
  for (const candidate of [...candidates].sort(compareUrgency)) {
    const previous = candidate.previousAssigneeId
      ? byId.get(candidate.previousAssigneeId)
      : undefined;
    const named = candidate.importStaffName
      ? byName.get(candidate.importStaffName.trim())
      : undefined;
    let chosen: AssignableStaff | undefined;
    let reason: TextRef | null = null;
    if (previous && room(previous)) {
      chosen = previous;
      reason = textRef('tasks:assignReasons.previous', { name: previous.name });
    } else if (named && room(named)) {
      chosen = named;
      reason = textRef('tasks:assignReasons.imported', { name: named.name });
    } else {
      chosen = leastLoaded(active, held);
      const full = previous ?? named;
      if (chosen) {
        const to = { name: chosen.name, usage: usage(chosen) };
        reason = full
          ? textRef('tasks:assignReasons.balancedAfterFull', {
              ...to,
              full: full.name,
              fullUsage: usage(full),
            })
          : textRef('tasks:assignReasons.balanced', to);
      }
    }
    // Stryker disable next-line LogicalOperator: reason is set exactly when chosen is, so || and && agree (the second test narrows reason's type)
    if (!chosen || !reason) {
      result.push({
        caseId: candidate.caseId,
        staffId: null,
        reason: textRef('tasks:assignReasons.allFull'),
      });
      continue;
    }
    held.set(chosen.id, (held.get(chosen.id) ?? 0) + 1);
    result.push({ caseId: candidate.caseId, staffId: chosen.id, reason });
  }
  return result;
}

// Lowest share of capacity in use, then fewest tasks, then name: fair and deterministic.
function leastLoaded(
  staff: readonly AssignableStaff[],
  held: ReadonlyMap<Id, number>,
): AssignableStaff | undefined {
  let best: AssignableStaff | undefined;
  let bestShare = Infinity;
  for (const s of staff) {
    const count = held.get(s.id) ?? 0;
    if (count >= s.dailyCapacity) continue;
    const share = count / s.dailyCapacity;
    if (
      !best ||
      share < bestShare ||
      (share === bestShare &&
        (count < (held.get(best.id) ?? 0) ||
          (count === (held.get(best.id) ?? 0) && s.name < best.name)))
    ) {
      best = s;
      bestShare = share;
    }
  }
  return best;
}

/** When a task is due: its call-back time, else the start of call hours on its due date. */
export function taskDueMillis(
  task: Pick<Task, 'dueAt' | 'dueDate'>,
  settings: Pick<Settings, 'callHours'>,
): number {
  return task.dueAt ? Date.parse(task.dueAt) : chinaMillis(task.dueDate, settings.callHours.from);
}

/**
 * A pending task overdue by more than `overdueFlagHours`: flagged to managers. Overdue counts
 * from when the task was both due and known: a tier whose date had already passed when the
 * task was first made (a fresh import) is not late on its first day.
 */
export function isOverdueFlagged(
  task: Pick<Task, 'status' | 'dueAt' | 'dueDate'> & Partial<Pick<Task, 'createdAt'>>,
  now: IsoDateTime,
  settings: Pick<Settings, 'callHours' | 'overdueFlagHours'>,
): boolean {
  if (task.status !== 'pending') return false;
  const known = task.createdAt ? Date.parse(task.createdAt) : NaN;
  const due = taskDueMillis(task, settings);
  const since = Number.isNaN(known) ? due : Math.max(due, known);
  return Date.parse(now) - since > settings.overdueFlagHours * 3_600_000;
}
