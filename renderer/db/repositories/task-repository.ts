// Recording what happened on a task. The pure rules (shared/domain/reminders/outcomes.ts)
// decide the next step; this writes the task, the case, the client and any new task in one
// transaction with the audit trail.
import { chinaDate } from '../../../shared/domain/china-date';
import {
  applyOutcome,
  type OutcomeApplied,
  type OutcomeInput,
} from '../../../shared/domain/reminders/outcomes';
import type { Channel, Id, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { getSettings } from './settings-repository';
import { auditEvent, notFound, nowIso, type Actor } from './write-context';

export interface LogOutcomeOptions {
  actor: Actor;
  channel: Channel;
  /** Defaults to the clock; tests pass a fixed instant. */
  now?: string;
  /** China calendar date of `now` unless given. */
  today?: string;
  scriptId?: Id | null;
  scriptVersion?: number | null;
  note?: string | null;
}

/** Soft-deleted tasks (removed sample data) read as absent everywhere. */
export async function getTask(db: AppDb, id: Id): Promise<Task | undefined> {
  const t = await db.tasks.get(id);
  return t && !t.deletedAt ? t : undefined;
}

export async function logOutcome(
  db: AppDb,
  taskId: Id,
  input: OutcomeInput,
  options: LogOutcomeOptions,
): Promise<OutcomeApplied> {
  const now = options.now ?? nowIso();
  const today = options.today ?? chinaDate(new Date(now));
  const settings = await getSettings(db);
  return db.transaction('rw', [db.tasks, db.cases, db.clients, db.auditEvents], async () => {
    const task = await db.tasks.get(taskId);
    if (!task || task.deletedAt) throw notFound('任务', 'Task', taskId);
    const kase = await db.cases.get(task.caseId);
    if (!kase || kase.deletedAt) throw notFound('续保案件', 'Renewal case', task.caseId);
    const client = (await db.clients.get(kase.clientId)) ?? null;
    const caseTasks = (await db.tasks.where('caseId').equals(kase.id).toArray()).filter(
      (t) => !t.deletedAt,
    );
    const result = applyOutcome({
      task,
      case: kase,
      client,
      caseTasks,
      input,
      ctx: {
        now,
        today,
        settings,
        actor: options.actor,
        channel: options.channel,
        scriptId: options.scriptId ?? null,
        scriptVersion: options.scriptVersion ?? null,
        note: options.note ?? null,
      },
    });
    await db.tasks.bulkPut([
      result.task,
      ...result.cancelledTasks,
      ...result.verifiedTasks,
      ...result.newTasks,
    ]);
    const events = [
      auditEvent(options.actor, `outcome:${input.outcome}`, 'task', task.id, options.channel, now),
    ];
    if (result.case !== kase) {
      await db.cases.put(result.case);
      events.push(
        auditEvent(options.actor, `state:${result.case.state}`, 'case', kase.id, null, now),
      );
    }
    if (result.client) {
      await db.clients.put(result.client);
      events.push(
        auditEvent(
          options.actor,
          `outcome:${input.outcome}`,
          'client',
          result.client.id,
          null,
          now,
        ),
      );
    }
    for (const t of result.newTasks) {
      events.push(auditEvent(options.actor, 'create', 'task', t.id, t.key, now));
    }
    for (const t of result.cancelledTasks) {
      events.push(auditEvent(options.actor, 'cancel', 'task', t.id, input.outcome, now));
    }
    await db.auditEvents.bulkAdd(events);
    // The outcome moves the plan (next attempt, closed case): it recomputes, nobody has to ask.
    publishPlanInputsChanged(db, ['tasks', 'cases', 'clients']);
    return result;
  });
}
