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
import { getSettings } from './settings-repository';
import { auditEvent, newId, notFound, nowIso, type Actor, writeAudit } from './write-context';
import { authorize } from './authorize';
import { taskSubject } from '../../../shared/domain/identity/abilities';

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

export function getTask(db: AppDb, id: Id): Promise<Task | undefined> {
  return db.tasks.get(id);
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
  const guarded = await db.tasks.get(taskId);
  if (guarded) await authorize(db, options.actor, 'logOutcome', taskSubject(guarded.assigneeId));
  return db.transaction('rw', [db.tasks, db.cases, db.clients, db.auditEvents], async () => {
    const task = await db.tasks.get(taskId);
    if (!task) throw notFound('任务', 'Task', taskId);
    const kase = await db.cases.get(task.caseId);
    if (!kase) throw notFound('续保案件', 'Renewal case', task.caseId);
    const client = (await db.clients.get(kase.clientId)) ?? null;
    const caseTasks = await db.tasks.where('caseId').equals(kase.id).toArray();
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
        newId,
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
    await writeAudit(db, events);
    return result;
  });
}
