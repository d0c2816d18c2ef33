// Reads for the staff performance card (issue 12 point 3): the cases ending in a range of
// months, every task of those cases, and the pending tasks (for the overdue count), in one read
// transaction. No personal data: tasks and cases carry ids, dates, states and attempts' times.
import type { RenewalCase, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

export interface PerformanceRecords {
  cases: RenewalCase[];
  /** Tasks of those cases. */
  tasks: Task[];
  /** Every pending task, any case. */
  pending: Task[];
}

/** `from`/`to`: first and last end month (YYYY-MM), both included. */
export async function readPerformanceRecords(
  db: AppDb,
  from: string,
  to: string,
): Promise<PerformanceRecords> {
  return db.transaction('r', [db.cases, db.tasks], async () => {
    const cases = (
      await db.cases.where('endDate').between(`${from}-01`, `${to}-31`, true, true).toArray()
    ).filter((c) => !c.deletedAt);
    const [tasks, pending] = await Promise.all([
      db.tasks
        .where('caseId')
        .anyOf(cases.map((c) => c.id))
        .toArray(),
      db.tasks.where('status').equals('pending').toArray(),
    ]);
    return {
      cases,
      tasks: tasks.filter((t) => !t.deletedAt),
      pending: pending.filter((t) => !t.deletedAt),
    };
  });
}
