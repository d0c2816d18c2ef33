// Batch e-mail (issue 13 §6), the pure half: who gets what and who is skipped and why. Each send
// has an idempotency key made from the task and the script version, so a preview made again
// after a crash names the same keys and the ones already on a task are skipped, never resent.
import type { RenderedTemplate } from '../scripts/render-template';
import type { Client, Id, Task } from '../types';
import { checkContact, type GateReason, type GateSettings, type SentMessage } from './contact-gate';
import { gateCustomer, purposeOfTask, sentFromTasks } from './customer-gate';
import { isValidEmail } from './email-address';
import { withOptOut } from './opt-out';

export interface BatchCandidate {
  task: Pick<Task, 'id' | 'caseId' | 'kind' | 'attempts'>;
  endDate: string | null;
  client: Client | null;
  /** The customer's tasks (every case): the messages already sent. */
  customerTasks: readonly Pick<Task, 'attempts' | 'kind'>[];
  script: { id: Id; version: number; title: string } | null;
  rendered: RenderedTemplate | null;
}

export type SkipReason =
  | GateReason
  | 'no_email'
  | 'invalid_email'
  | 'no_script'
  | 'missing_values'
  | 'already_sent'
  | 'no_mobile'
  | 'no_template';

/** One message of a batch, by e-mail or through the SMS provider (sms-batch.ts). */
export interface BatchSend {
  taskId: Id;
  clientId: Id;
  channel: 'email' | 'sms';
  /** The e-mail address, or the mobile number. */
  to: string;
  subject: string;
  /** What the screen shows: the e-mail's text, or the SMS template's values. */
  text: string;
  key: string;
  purpose: ReturnType<typeof purposeOfTask>;
  /** The desk's script (e-mail); null for an SMS, whose text is the provider's template. */
  scriptId: Id | null;
  scriptVersion: number | null;
  /** SMS only: the approved template and its values, in order. */
  templateId?: string;
  params?: string[];
}

export interface BatchSkip {
  taskId: Id;
  clientId: Id | null;
  reasons: SkipReason[];
  /** With `missing_values`: the placeholders that have no value for this customer. */
  missing?: string[];
}

export interface BatchPreview {
  send: BatchSend[];
  skip: BatchSkip[];
}

/** Records one task skipped with its reasons (and, for `missing_values`, which placeholders). */
export function skipperFor(skip: BatchSkip[], taskId: Id, clientId: Id | null) {
  return (reasons: SkipReason[], missing?: string[]): void => {
    skip.push({ taskId, clientId, reasons, ...(missing ? { missing } : {}) });
  };
}

export function batchKey(taskId: Id, scriptId: Id, version: number): string {
  return `${taskId}:email:${scriptId}@${version}`;
}

/**
 * The gate's answer for one message of a batch (e-mail or SMS): the customer's earlier sends and
 * the sends this batch already plans for them count towards the caps.
 */
export function askBatchGate(
  channel: Parameters<typeof checkContact>[0]['channel'],
  c: {
    task: Parameters<typeof purposeOfTask>[0];
    endDate: string | null;
    customerTasks: Parameters<typeof sentFromTasks>[0];
  },
  client: Client,
  at: string,
  planned: ReadonlyMap<Id, readonly SentMessage[]>,
  settings: GateSettings,
): { purpose: ReturnType<typeof purposeOfTask>; answer: ReturnType<typeof checkContact> } {
  const purpose = purposeOfTask(c.task);
  const answer = checkContact(
    {
      channel,
      purpose,
      at,
      endDate: c.endDate,
      customer: gateCustomer(client),
      sent: [...sentFromTasks(c.customerTasks), ...(planned.get(client.id) ?? [])],
    },
    settings,
  );
  return { purpose, answer };
}

export function previewEmailBatch(
  candidates: readonly BatchCandidate[],
  at: string,
  settings: GateSettings,
): BatchPreview {
  const send: BatchSend[] = [];
  const skip: BatchSkip[] = [];
  // Sends planned in this batch count towards each customer's caps (two cars, one customer).
  const planned = new Map<Id, SentMessage[]>();
  for (const c of candidates) {
    const client = c.client;
    const skipped = skipperFor(skip, c.task.id, client?.id ?? null);
    if (!client || !client.email) {
      skipped(['no_email']);
      continue;
    }
    if (!isValidEmail(client.email)) {
      skipped(['invalid_email']);
      continue;
    }
    if (!c.script || !c.rendered) {
      skipped(['no_script']);
      continue;
    }
    const key = batchKey(c.task.id, c.script.id, c.script.version);
    if (c.task.attempts.some((a) => a.sendKey === key)) {
      skipped(['already_sent']);
      continue;
    }
    const { purpose, answer } = askBatchGate('email', c, client, at, planned, settings);
    if (!answer.allowed) {
      skipped(answer.reasons);
      continue;
    }
    if (c.rendered.missing.length > 0) {
      skipped(['missing_values'], c.rendered.missing);
      continue;
    }
    planned.set(client.id, [...(planned.get(client.id) ?? []), { channel: 'email', purpose, at }]);
    send.push({
      taskId: c.task.id,
      clientId: client.id,
      channel: 'email',
      to: client.email,
      subject: c.script.title,
      text: withOptOut(c.rendered.text, 'email'),
      key,
      purpose,
      scriptId: c.script.id,
      scriptVersion: c.script.version,
    });
  }
  return { send, skip };
}
