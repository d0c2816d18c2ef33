// Version 9: the manager's Today at scale (issue 12 point 5). Tasks get `caseEnd` (their
// case's end date) and `todayRank`, the stored Today sort key `[lane, caseEnd, key]`
// (shared/domain/reminders/today-rank.ts), indexed, so the first page of everyone's due tasks is
// a few index range reads with a limit instead of reading and sorting 30k tasks with their
// cases and policies. Only pending, live tasks carry a key; the index is sparse.
//
// The upgrade stamps every task with its case's end date and its key. From then on the writers
// that make tasks copy the case's end date (plan, outcomes) and the database layer sets the key
// on every write (today-rank-middleware.ts). Idempotent: it recomputes both from the rows.
// Self-contained: it depends on no other version's file (the tasks' earlier indexes are
// restated); it follows v7 on this branch and assumes nothing about v8.
import type { Dexie, Transaction } from 'dexie';
import { todayRankOf } from '../../../shared/domain/reminders/today-rank';
import type { RenewalCase, Task } from '../../../shared/domain/types';

export const V9_STORES: Record<string, string> = {
  tasks: 'id, &key, caseId, dueDate, status, assigneeId, [assigneeId+status], deletedAt, todayRank',
};

/** Every task stamped with its case's end date and its Today key (exported for the test). */
export async function rankTasks(tx: Transaction): Promise<void> {
  const cases = (await tx.table('cases').toArray()) as RenewalCase[];
  const endOf = new Map(cases.map((c) => [c.id, c.endDate]));
  await tx
    .table('tasks')
    .toCollection()
    .modify((t: Task) => {
      const caseEnd = endOf.get(t.caseId);
      if (caseEnd !== undefined) t.caseEnd = caseEnd;
      const rank = todayRankOf(t);
      if (rank) t.todayRank = rank;
      else delete t.todayRank;
    });
}

export function applyV9(db: Dexie): void {
  db.version(9).stores(V9_STORES).upgrade(rankTasks);
}
