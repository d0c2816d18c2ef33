// The stored sort key of a task on Today (schema v9, issue 12 point 5): what lets the first
// page of a manager's Today (30k due tasks) come from a few index range reads instead of reading
// and sorting every due task with its case and policies.
//
// The Today order (today-priority.ts) is: call-backs whose time has come; then urgent tasks,
// then the rest, each by fewest days left (= earliest case end date), larger premium, key;
// then the lapsed (end date before today), most recently lapsed first. Only the grouping
// depends on the clock, so the key keeps what does not:
//   [lane, case end date, task key]
// where the lane is 'c' (call-backs: few, read whole, their group decided at read time), 'u'
// (urgent tasks) or 's' (every other kind). A lane read forwards from today gives a group in
// end-date order, read backwards up to today the lapsed ones. The premium (a sum over the
// case's policies, which imports edit) is not in the key: ties on the end date are broken when
// read, by reading that whole end date. A task whose case end is unknown (written before v9 by
// a writer that had no case at hand, or a test fixture) sorts under UNKNOWN_END, a range the
// reader always reads whole and places with the ordinary comparison.
//
// Only pending, live tasks carry a key (IndexedDB leaves rows without one out of the index), so
// the index holds exactly what Today can show, apart from tasks not due yet.
import type { IsoDate, Task } from '../types';

export type TodayLane = 'c' | 'u' | 's';
export type TodayRank = [lane: TodayLane, caseEnd: string, key: string];

/** Sorts after every ISO date: the end-date slot of a task whose case end is not known. */
export const UNKNOWN_END = '~';
/** Above every end date and key: the top of a lane's ranges. */
export const RANK_MAX = '\uffff';

export const TODAY_LANES: readonly TodayLane[] = ['c', 'u', 's'];

export function todayLaneOf(kind: Task['kind']): TodayLane {
  return kind === 'callback' ? 'c' : kind === 'urgent' ? 'u' : 's';
}

/** The key a task row should carry, or undefined when it is not pending and live. */
export function todayRankOf(
  task: Pick<Task, 'kind' | 'status' | 'key' | 'deletedAt' | 'caseEnd'>,
): TodayRank | undefined {
  if (task.status !== 'pending' || task.deletedAt) return undefined;
  return [todayLaneOf(task.kind), task.caseEnd ?? UNKNOWN_END, task.key];
}

const sameRank = (a: TodayRank | undefined, b: TodayRank | undefined) =>
  a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2]);

/**
 * The row as it should be stored: with its key set, replaced or removed. The same object when
 * nothing changes (most writes), else a copy (the caller's object is left as it was).
 */
export function withTodayRank<T extends Task>(task: T): T {
  const rank = todayRankOf(task);
  if (sameRank(rank, task.todayRank)) return task;
  if (rank) return { ...task, todayRank: rank };
  const { todayRank: _gone, ...rest } = task;
  return rest as T;
}

/** The end date of `caseEnd` for rows stamped from their case. */
export function withCaseEnd<T extends Task>(task: T, caseEnd: IsoDate | undefined): T {
  if (caseEnd === undefined || task.caseEnd === caseEnd) return task;
  return { ...task, caseEnd };
}

/**
 * A plan result whose tasks all carry their case's end date: the tasks it makes, and the tasks
 * of a case whose end date it moved (a second policy imported), which join `changedTasks`
 * (rows rewritten for a derived field only keep their `updatedAt`).
 */
export function stampCaseEnds<
  R extends {
    cases: readonly { id: string; endDate: IsoDate }[];
    tasks: Task[];
    changedTasks: Task[];
  },
>(result: R): R {
  const endOf = new Map(result.cases.map((c) => [c.id, c.endDate]));
  const changed = new Map(result.changedTasks.map((t) => [t.id, t]));
  let touched = false;
  const tasks = result.tasks.map((t) => {
    const now = changed.get(t.id) ?? t;
    const stamped = withCaseEnd(now, endOf.get(t.caseId));
    if (stamped !== now) {
      changed.set(t.id, stamped);
      touched = true;
    }
    return stamped === now && now === t ? t : stamped;
  });
  if (!touched) return result;
  return { ...result, tasks, changedTasks: [...changed.values()] };
}
