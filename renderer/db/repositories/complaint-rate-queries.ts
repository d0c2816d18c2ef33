// Reads for the dashboard's complaints per 100 contacts (issue 12 point 4): every task's
// attempts, the feedback and the scripts, in one read transaction. Ids and counts only: no
// customer is named by the figures.
import type { Feedback, Script, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

export async function readComplaintRateRecords(
  db: AppDb,
): Promise<{ tasks: Task[]; feedback: Feedback[]; scripts: Script[] }> {
  return db.transaction('r', [db.tasks, db.feedback, db.scripts], async () => {
    const [tasks, feedback, scripts] = await Promise.all([
      // Only tasks with a contact logged matter; most planned tasks have none yet. Read all at
      // once and picked out here: a Dexie filter walks a cursor row by row, far slower.
      db.tasks.toArray().then((all) => all.filter((t) => t.attempts.length > 0)),
      db.feedback.where('kind').equals('complaint').toArray(),
      db.scripts.toArray(),
    ]);
    return { tasks, feedback, scripts };
  });
}
