// The Today header's "done 10/56": the rows worked today. Read from the audit trail (indexed
// by time) and checked against the tasks themselves, so an undone outcome (its attempt gone
// with the undo) no longer counts.
import { chinaInstant } from '../../../shared/domain/reminders/dates';
import type { Id, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

/** Ids of the tasks with an outcome logged today (China date), for one staff filter. */
export async function listWorkedToday(
  db: AppDb,
  args: { today: string; staffId?: Id | null },
): Promise<Set<Id>> {
  const from = new Date(chinaInstant(args.today, '00:00')).toISOString();
  const events = await db.auditEvents.where('at').aboveOrEqual(from).toArray();
  const ids = [
    ...new Set(
      events
        .filter((e) => e.entity === 'task' && e.action.startsWith('outcome:') && e.entityId)
        .map((e) => e.entityId as Id),
    ),
  ];
  const tasks = await db.tasks.bulkGet(ids);
  const mine = (t: Task) =>
    (args.staffId === undefined || (t.assigneeId ?? null) === args.staffId) &&
    t.attempts.some((a) => Date.parse(a.at) >= Date.parse(from));
  return new Set(tasks.filter((t): t is Task => !!t && mine(t)).map((t) => t.id));
}
