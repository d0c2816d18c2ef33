// Batch sending's bookkeeping (e-mail, or SMS through the provider; issue 13 §6): the
// idempotency key is recorded on the task before the message goes out ('sending') and settled
// after ('sent', the task done; or taken back when the server refused it). A batch resumed after
// a crash finds the key and never sends it again; a 'sending' left by a crash stays on the task
// as "maybe sent" for a person to check, counted by the gate's caps, never resent by itself.
//
// A running batch writes one transaction per message (`sendStep`): the previous message's
// settlement together with the next one's claim. The claim is still durable before its message
// goes out, and a crash between a send and the next step leaves that message 'sending', exactly
// as with a settlement of its own; a step that fails rolls back both halves, which again leaves
// the sent message 'sending' and the next one unclaimed (sent on resume, once).
import type { GateAnswer } from '../../../shared/domain/contact/contact-gate';
import { ContactBlockedError } from '../../../shared/domain/contact/contact-blocked';
import {
  checkCustomer,
  consentBasis,
  gateSettingsOf,
} from '../../../shared/domain/contact/customer-gate';
import type { BatchSend } from '../../../shared/domain/contact/email-batch';
import { emptyContactPrefs } from '../../../shared/domain/contact/contact-prefs';
import type { Attempt, Id, OptOutRecord, Settings } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { getSettings } from './settings-repository';
import { tasksOfClient } from './task-repository';
import type { UnchainedAuditEvent } from '../../../shared/domain/identity/audit-chain';
import { auditEvent, nowIso, writeAudit, type Actor } from './write-context';

export type ClaimResult = 'claimed' | 'already' | 'gone';
export type SendOutcome = { ok: true } | { ok: false; reason: string };

const tables = (db: AppDb) => [db.tasks, db.cases, db.clients, db.auditEvents];

/** Inside a transaction: record the key on the task, or say why not (the gate's answer). */
async function claimIn(
  db: AppDb,
  item: BatchSend,
  actor: Actor,
  at: string,
  settings: Settings,
  events: UnchainedAuditEvent[],
): Promise<ClaimResult | { blocked: GateAnswer }> {
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
  if (!answer.allowed) return { blocked: answer };
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
  events.push(auditEvent(actor, 'send:start', 'task', task.id, item.key, at));
  return 'claimed';
}

/** Inside a transaction: the server's answer on the task (sent: done; failed: taken back). */
async function settleIn(
  db: AppDb,
  taskId: Id,
  key: string,
  outcome: SendOutcome,
  actor: Actor,
  at: string,
  events: UnchainedAuditEvent[],
): Promise<void> {
  const task = await db.tasks.get(taskId);
  if (!task) return;
  const index = task.attempts.findIndex((a) => a.sendKey === key && a.sendState === 'sending');
  if (index < 0) return;
  const attempts = [...task.attempts];
  if (outcome.ok) {
    const channel = attempts[index]!.channel;
    attempts[index] = { ...attempts[index]!, sendState: 'sent' };
    await db.tasks.put({ ...task, attempts, status: 'done', updatedAt: at, updatedBy: actor });
    const kase = await db.cases.get(task.caseId);
    if (kase?.state === 'open')
      await db.cases.put({ ...kase, state: 'contacted', updatedAt: at, updatedBy: actor });
    events.push(auditEvent(actor, 'outcome:sent', 'task', taskId, `${channel}:${key}`, at));
  } else {
    // Refused or failed: nothing was delivered, so nothing stays marked (retry later).
    const channel = attempts[index]!.channel;
    attempts.splice(index, 1);
    await db.tasks.put({ ...task, attempts, updatedAt: at, updatedBy: actor });
    events.push(auditEvent(actor, 'send:failed', 'task', taskId, `${outcome.reason}:${key}`, at));
    if (channel === 'sms' && outcome.reason === 'blacklisted')
      await optOutBlacklisted(db, task.caseId, key, actor, at, events);
  }
}

/**
 * The provider refused the number as on its opt-out list: the customer stopped texts with the
 * carrier or the provider. Recorded as an SMS opt-out with that evidence (in the settlement's
 * transaction), so the gate answers `opted_out` and no later batch or QR code tries again.
 */
async function optOutBlacklisted(
  db: AppDb,
  caseId: Id,
  key: string,
  actor: Actor,
  at: string,
  events: UnchainedAuditEvent[],
): Promise<void> {
  const kase = await db.cases.get(caseId);
  const client = kase ? await db.clients.get(kase.clientId) : undefined;
  if (!client || client.deletedAt) return;
  const prefs = { ...emptyContactPrefs(), ...client.contact };
  if (prefs.optedOut.includes('sms')) return;
  const evidence: OptOutRecord = {
    channel: 'sms',
    at,
    how: 'provider_blacklist',
    word: 'blacklisted',
    replyId: key,
    byStaffId: actor,
  };
  await db.clients.put({
    ...client,
    contact: {
      ...prefs,
      optedOut: [...prefs.optedOut, 'sms'],
      optOuts: [...(prefs.optOuts ?? []), evidence],
    },
    updatedAt: at,
    updatedBy: actor,
  });
  events.push(
    auditEvent(actor, 'update:contact', 'client', client.id, 'optedOut:provider_blacklist', at),
  );
  publishPlanInputsChanged(db, ['clients']);
}

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
  return db.transaction('rw', tables(db), async () => {
    const events: UnchainedAuditEvent[] = [];
    const claim = await claimIn(db, item, actor, at, settings, events);
    if (typeof claim === 'object') throw new ContactBlockedError(claim.blocked);
    await writeAudit(db, events);
    if (claim === 'claimed') publishPlanInputsChanged(db, ['tasks']);
    return claim;
  });
}

/** After the server answered: sent (the task is done, the case contacted) or taken back. */
export async function settleSend(
  db: AppDb,
  taskId: Id,
  key: string,
  outcome: SendOutcome,
  actor: Actor,
  at: string = nowIso(),
): Promise<void> {
  await sendStep(db, { settle: { taskId, key, outcome } }, actor, at, null);
}

export interface SendStep {
  /** The message just sent (or refused): settled first. */
  settle?: { taskId: Id; key: string; outcome: SendOutcome } | null;
  /** The next message: claimed after, in the same transaction. */
  claim?: BatchSend | null;
}

/**
 * One transaction: settle the previous message, then claim the next. The gate's refusal is an
 * answer here (`{ blocked }`), not a throw, so the settlement beside it still commits.
 * `settings` is read once per batch by the caller (null: read here when a claim needs them).
 */
export async function sendStep(
  db: AppDb,
  step: SendStep,
  actor: Actor,
  at: string,
  settings: Settings | null,
): Promise<ClaimResult | { blocked: GateAnswer } | null> {
  const gateSettings = step.claim && !settings ? await getSettings(db) : settings;
  return db.transaction('rw', tables(db), async () => {
    const events: UnchainedAuditEvent[] = [];
    if (step.settle) {
      const s = step.settle;
      await settleIn(db, s.taskId, s.key, s.outcome, actor, at, events);
    }
    const claim =
      step.claim && gateSettings
        ? await claimIn(db, step.claim, actor, at, gateSettings, events)
        : null;
    if (events.length > 0) {
      await writeAudit(db, events);
      publishPlanInputsChanged(db, ['tasks', 'cases']);
    }
    return claim;
  });
}
