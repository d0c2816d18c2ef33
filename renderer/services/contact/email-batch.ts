// Batch e-mail, the running half (issue 13 §6): gather today's due tasks of a tier with their
// filled e-mail script (the preview comes from shared/domain/contact/email-batch.ts), then send
// one at a time: key recorded, message sent, result settled. Cancel stops between messages; a
// failure worth retrying (timeout, no connection, server busy) pauses the batch and says why;
// a refused address is skipped. Run again, the same keys are found and nothing goes twice.
import {
  previewEmailBatch,
  type BatchCandidate,
  type BatchPreview,
  type BatchSend,
} from '../../../shared/domain/contact/email-batch';
import type { GateReason } from '../../../shared/domain/contact/contact-gate';
import { gateSettingsOf } from '../../../shared/domain/contact/customer-gate';
import {
  previewSmsBatch,
  type SmsCandidate,
  type SmsTemplateRef,
} from '../../../shared/domain/contact/sms-batch';
import { FOLLOW_UP_TIER } from '../../../shared/domain/reminders/follow-up';
import { renderTemplateDetailed } from '../../../shared/domain/scripts/render-template';
import { buildTemplateValues } from '../../../shared/domain/scripts/template-values';
import { pickScript } from '../../../shared/domain/scripts/versioning';
import type { Id, Task } from '../../../shared/domain/types';
import type { MailResult } from '../../../shared/ipc/contract';
import type { AppDb } from '../../db/app-db';
import { sendStep, type SendOutcome } from '../../db/repositories/email-batch-repository';
import { whereEach } from '../../db/repositories/index-lookup';
import { listTaskViews } from '../../db/repositories/plan-queries';
import { listCurrentScripts } from '../../db/repositories/script-repository';
import { getSettings } from '../../db/repositories/settings-repository';
import { listStaff } from '../../db/repositories/staff-repository';

/** The preview, with each customer's name for the screen (never sent anywhere). */
export type NamedBatchPreview = BatchPreview & { names: Record<Id, string> };

/**
 * Today's due tasks of `tier` (every tier when null) as batch candidates, previewed for e-mail,
 * or for SMS through the provider with its approved templates (`sms`).
 */
export async function previewTierBatch(
  db: AppDb,
  args: {
    today: string;
    now: string;
    tier: string | null;
    staffId?: Id | null;
    sms?: { templates: readonly SmsTemplateRef[] } | null;
  },
): Promise<NamedBatchPreview> {
  const [settings, scripts, staff] = await Promise.all([
    getSettings(db),
    listCurrentScripts(db),
    listStaff(db),
  ]);
  const views = await listTaskViews(db, {
    today: args.today,
    now: args.now,
    assigneeId: args.staffId,
    dueOnly: true,
    ...(args.tier ? { tier: args.tier } : {}),
  });
  const caseIdsByClient = new Map<Id, Id[]>();
  for (const v of views)
    if (v.client && v.case) {
      const list = caseIdsByClient.get(v.client.id);
      if (list) list.push(v.case.id);
      else caseIdsByClient.set(v.client.id, [v.case.id]);
    }
  // Every task of these customers, once: the messages already sent (frequency caps).
  const clientIds = [...caseIdsByClient.keys()];
  const cases = await whereEach(db, db.cases, 'clientId', clientIds);
  const tasks = await whereEach(
    db,
    db.tasks,
    'caseId',
    cases.map((c) => c.id),
  );
  const clientOfCase = new Map(cases.map((c) => [c.id, c.clientId]));
  const tasksOfClient = new Map<Id, Task[]>();
  for (const t of tasks) {
    const clientId = clientOfCase.get(t.caseId);
    if (!clientId || t.deletedAt) continue;
    const list = tasksOfClient.get(clientId);
    if (list) list.push(t);
    else tasksOfClient.set(clientId, [t]);
  }
  const names: Record<Id, string> = {};
  for (const v of views) if (v.client) names[v.client.id] = v.client.name;
  const valuesOf = (v: (typeof views)[number]) =>
    buildTemplateValues({
      client: v.client,
      vehicle: v.vehicle,
      policies: v.policies,
      staff: staff.find((s) => s.id === (v.task.assigneeId ?? v.case?.assigneeId)) ?? null,
      endDate: v.case?.endDate ?? null,
      today: args.today,
    });
  const tierOf = (v: (typeof views)[number]) =>
    v.task.tier === FOLLOW_UP_TIER ? 'callback' : v.task.tier;
  if (args.sms) {
    const smsCandidates: SmsCandidate[] = views.map((v) => ({
      task: v.task,
      tier: tierOf(v),
      endDate: v.case?.endDate ?? null,
      client: v.client,
      customerTasks: v.client ? (tasksOfClient.get(v.client.id) ?? []) : [],
      values: valuesOf(v),
    }));
    const at = args.now;
    return {
      ...previewSmsBatch(smsCandidates, at, gateSettingsOf(settings), args.sms.templates),
      names,
    };
  }
  const candidates: BatchCandidate[] = views.map((v) => {
    const script = pickScript(scripts, tierOf(v), 'email') ?? null;
    const rendered = script ? renderTemplateDetailed(script.body, valuesOf(v)) : null;
    return {
      task: v.task,
      endDate: v.case?.endDate ?? null,
      client: v.client,
      customerTasks: v.client ? (tasksOfClient.get(v.client.id) ?? []) : [],
      script: script ? { id: script.id, version: script.version, title: script.title } : null,
      rendered,
    };
  });
  return { ...previewEmailBatch(candidates, args.now, gateSettingsOf(settings)), names };
}

export interface BatchRunResult {
  sent: number;
  /** Already on the task (a resumed batch), or the task went away meanwhile. */
  skipped: number;
  /** Refused by the server or the gate at send time, with why. */
  failed: Array<{ taskId: Id; reason: string }>;
  /** Stopped: cancelled by the person, or paused on a failure worth retrying later. */
  stopped: null | { by: 'cancel' } | { by: 'pause'; reason: string };
}

/** What a channel's sender answered: its failures are named (MailResult, SmsResult). */
export type SendAnswer = { ok: true } | { ok: false; reason: string; retry: boolean };

export interface SendBatchDeps {
  deliver(item: BatchSend): Promise<SendAnswer>;
  actor: string;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** At least this long between two messages (providers limit the rate). */
  minIntervalMs?: number;
  now?(): string;
}

export interface BatchRunDeps extends Omit<SendBatchDeps, 'deliver'> {
  send(message: {
    to: string;
    subject: string;
    text: string;
    idempotencyKey: string;
  }): Promise<MailResult>;
}

/** Nobody else would get through either: pause, say why, resume later. */
const PAUSE_ON: ReadonlySet<string> = new Set([
  'auth',
  'not_configured',
  'unavailable',
  'signature',
  'template',
  'balance',
]);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function runEmailBatch(
  db: AppDb,
  sends: readonly BatchSend[],
  deps: BatchRunDeps,
): Promise<BatchRunResult> {
  return runSendBatch(db, sends, {
    ...deps,
    deliver: (item) =>
      deps.send({ to: item.to, subject: item.subject, text: item.text, idempotencyKey: item.key }),
  });
}

/**
 * One message at a time, whatever the channel: key recorded, message sent, result settled. The
 * settlement of one message and the claim of the next share a transaction (`sendStep`).
 */
export async function runSendBatch(
  db: AppDb,
  sends: readonly BatchSend[],
  deps: SendBatchDeps,
): Promise<BatchRunResult> {
  const result: BatchRunResult = { sent: 0, skipped: 0, failed: [], stopped: null };
  const now = deps.now ?? (() => new Date().toISOString());
  const settings = await getSettings(db);
  // The message sent last, waiting for its settlement (written with the next claim).
  let unsettled: { taskId: Id; key: string; outcome: SendOutcome } | null = null;
  const settleNow = async () => {
    if (unsettled) await sendStep(db, { settle: unsettled }, deps.actor, now(), settings);
    unsettled = null;
  };
  let last = 0;
  for (let i = 0; i < sends.length; i++) {
    if (deps.signal?.aborted) {
      result.stopped = { by: 'cancel' };
      break;
    }
    const item = sends[i]!;
    const claim = await sendStep(
      db,
      { settle: unsettled, claim: item },
      deps.actor,
      now(),
      settings,
    );
    unsettled = null;
    if (claim !== null && typeof claim === 'object') {
      const reasons: GateReason[] = claim.blocked.reasons;
      // The hours closed while the batch ran: stop for today rather than skip everyone left.
      if (reasons.includes('quiet_hours')) {
        result.stopped = { by: 'pause', reason: 'quiet_hours' };
        break;
      }
      result.failed.push({ taskId: item.taskId, reason: reasons.join(',') });
      deps.onProgress?.(i + 1, sends.length);
      continue;
    }
    if (claim !== 'claimed') {
      result.skipped++;
      deps.onProgress?.(i + 1, sends.length);
      continue;
    }
    const gap = (deps.minIntervalMs ?? 0) - (Date.now() - last);
    if (gap > 0) await wait(gap);
    last = Date.now();
    const answer = await deps.deliver(item);
    unsettled = {
      taskId: item.taskId,
      key: item.key,
      outcome: answer.ok ? { ok: true } : { ok: false, reason: answer.reason },
    };
    if (answer.ok) result.sent++;
    else if (answer.retry || PAUSE_ON.has(answer.reason)) {
      result.stopped = { by: 'pause', reason: answer.reason };
      break;
    } else result.failed.push({ taskId: item.taskId, reason: answer.reason });
    deps.onProgress?.(i + 1, sends.length);
  }
  await settleNow();
  return result;
}
