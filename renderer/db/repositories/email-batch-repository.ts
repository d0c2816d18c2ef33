// Batch sending's two writes per message (e-mail, or SMS through the provider) (issue 13 §6): the idempotency key is recorded on the
// task before the message goes out ('sending') and settled after ('sent', the task done; or
// taken back when the server refused it). A batch resumed after a crash finds the key and never
// sends it again; a 'sending' left by a crash stays on the task as "maybe sent" for a person
// to check, counted by the gate's caps, never resent by itself.
import { ContactBlockedError } from '../../../shared/domain/contact/contact-blocked';
import {
  checkCustomer,
  consentBasis,
  gateSettingsOf,
} from '../../../shared/domain/contact/customer-gate';
import type { BatchSend } from '../../../shared/domain/contact/email-batch';
import type { Attempt, Id } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { getSettings } from './settings-repository';
import { tasksOfClient } from './task-repository';
import { auditEvent, nowIso, writeAudit, type Actor } from './write-context';

export type ClaimResult = 'claimed' | 'already' | 'gone';

/**
 * Records the key before sending, after asking the gate again (the batch may run into 21:00, or
 * another window may have recorded an opt-out). Throws ContactBlockedError when it says no.
 */
export async function claimSend(
  db: AppDb,
  item: BatchSend,
  actor: Actor,
  at: string = nowIso(),
): Promise<ClaimResult> {
  const settings = await getSettings(db);
  return db.transaction('rw', [db.tasks, db.cases, db.clients, db.auditEvents], async () => {
    const task = await db.tasks.get(item.taskId);
    if (!task || task.deletedAt) return 'gone';
    if (task.attempts.some((a) => a.sendKey === item.key)) return 'already';
    if (task.status !== 'pending') return 'gone';
    const kase = await db.cases.get(task.caseId);
    const client = kase ? await db.clients.get(kase.clientId) : undefined;
    if (!kase || !client || client.deletedAt) return 'gone';
    const answer = checkCustomer({
      client,
      channel: item.channel,
      purpose: item.purpose,
      at,
      endDate: kase.endDate,
      tasks: await tasksOfClient(db, kase.clientId),
      settings: gateSettingsOf(settings),
    });
    if (!answer.allowed) throw new ContactBlockedError(answer);
    const basis = consentBasis(client, item.channel, item.purpose);
    const attempt: Attempt = {
      at,
      channel: item.channel,
      outcome: 'sent',
      scriptId: item.scriptId,
      scriptVersion: item.scriptVersion,
      byStaffId: actor,
      purpose: item.purpose,
      consent: basis
        ? { purpose: basis.purpose, at: basis.at, how: basis.how, byStaffId: basis.byStaffId }
        : null,
      sendKey: item.key,
      sendState: 'sending',
    };
    await db.tasks.put({
      ...task,
      attempts: [...task.attempts, attempt],
      updatedAt: at,
      updatedBy: actor,
    });
    await writeAudit(db, auditEvent(actor, 'send:start', 'task', task.id, item.key, at));
    publishPlanInputsChanged(db, ['tasks']);
    return 'claimed';
  });
}

/** After the server answered: sent (the task is done, the case contacted) or taken back. */
export async function settleSend(
  db: AppDb,
  taskId: Id,
  key: string,
  outcome: { ok: true } | { ok: false; reason: string },
  actor: Actor,
  at: string = nowIso(),
): Promise<void> {
  await db.transaction('rw', [db.tasks, db.cases, db.auditEvents], async () => {
    const task = await db.tasks.get(taskId);
    if (!task) return;
    const index = task.attempts.findIndex((a) => a.sendKey === key && a.sendState === 'sending');
    if (index < 0) return;
    const attempts = [...task.attempts];
    if (outcome.ok) {
      attempts[index] = { ...attempts[index]!, sendState: 'sent' };
      await db.tasks.put({ ...task, attempts, status: 'done', updatedAt: at, updatedBy: actor });
      const kase = await db.cases.get(task.caseId);
      if (kase?.state === 'open')
        await db.cases.put({ ...kase, state: 'contacted', updatedAt: at, updatedBy: actor });
      const channel = attempts[index]!.channel;
      await writeAudit(
        db,
        auditEvent(actor, 'outcome:sent', 'task', taskId, `${channel}:${key}`, at),
      );
    } else {
      // Refused or failed: nothing was delivered, so nothing stays marked (retry later).
      attempts.splice(index, 1);
      await db.tasks.put({ ...task, attempts, updatedAt: at, updatedBy: actor });
      await writeAudit(
        db,
        auditEvent(actor, 'send:failed', 'task', taskId, `${outcome.reason}:${key}`, at),
      );
    }
    publishPlanInputsChanged(db, ['tasks', 'cases']);
  });
}
