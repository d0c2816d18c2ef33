// Reads for the staff performance card (issue 12 point 3): the cases ending in a range of
// months, every task of those cases, and the pending tasks (for the overdue count), in one read
// transaction, and the feedback received in those months. The figures use ids, dates, states,
// attempts' times, kinds and scores only; no personal value leaves this read.
import type { Feedback, RenewalCase, Task } from '../../../shared/domain/types';
import { chinaDate } from '../../../shared/domain/china-date';
import type { AppDb } from '../app-db';
import { tasksOfCases } from './tasks-of-cases';

export interface PerformanceRecords {
  cases: RenewalCase[];
  /** Tasks of those cases. */
  tasks: Task[];
  /** Every pending task, any case. */
  pending: Task[];
  /** Feedback received in those months (complaints and satisfaction scores). */
  feedback: Feedback[];
}

/** `from`/`to`: first and last end month (YYYY-MM), both included. */
export async function readPerformanceRecords(
  db: AppDb,
  from: string,
  to: string,
): Promise<PerformanceRecords> {
  return db.transaction('r', [db.cases, db.tasks, db.feedback], async () => {
    const cases = (
      await db.cases.where('endDate').between(`${from}-01`, `${to}-31`, true, true).toArray()
    ).filter((c) => !c.deletedAt);
    const [tasks, pending, feedback] = await Promise.all([
      tasksOfCases(
        db,
        cases.map((c) => c.id),
      ),
      db.tasks.where('status').equals('pending').toArray(),
      readFeedbackReceived(db, from, to),
    ]);
    return {
      cases,
      tasks: tasks.filter((t) => !t.deletedAt),
      pending: pending.filter((t) => !t.deletedAt),
      feedback,
    };
  });
}

/** The UTC instant (ISO) at which China's month `YYYY-MM` begins; '' for the open start. */
export function chinaMonthStartUtc(month: string): string {
  const start = Date.parse(`${month}-01T00:00:00+08:00`);
  return Number.isNaN(start) ? '' : new Date(start).toISOString();
}

/**
 * Feedback received in China's months `from`..`to` (YYYY-MM), not deleted. receivedAt is a UTC
 * instant and a China month starts at 16:00 UTC the day before its first day: the index range
 * starts at that instant, the exact China month is checked on each row.
 */
export async function readFeedbackReceived(
  db: AppDb,
  from: string,
  to: string,
): Promise<Feedback[]> {
  const rows = await db.feedback
    .where('receivedAt')
    .between(chinaMonthStartUtc(from), `${to}-32`, true, true)
    .toArray();
  return rows.filter((f) => {
    const month = chinaDate(new Date(f.receivedAt)).slice(0, 7);
    return !f.deletedAt && month >= from && month <= to;
  });
}
