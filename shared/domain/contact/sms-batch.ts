// Batch SMS through the optional provider (issue 13 §3, §6), the pure half: the same gate and
// the same idempotency keys as batch e-mail, but the text is the provider's approved template
// for the tier, filled with the placeholders the agency listed in the order of its {1}, {2}, ...
// A customer without a mobile, a tier without an approved template, or a placeholder with no
// value for this customer is skipped and named, never sent.
import type { TemplateValues } from '../scripts/render-template';
import type { Client, Id, Task } from '../types';
import type { GateSettings, SentMessage } from './contact-gate';
import { phoneKind } from './customer-gate';
import {
  askBatchGate,
  skipperFor,
  type BatchPreview,
  type BatchSend,
  type BatchSkip,
} from './email-batch';

export interface SmsTemplateRef {
  tier: string;
  templateId: string;
  params: readonly string[];
}

export interface SmsCandidate {
  task: Pick<Task, 'id' | 'caseId' | 'kind' | 'attempts'>;
  /** The tier the template is chosen by (call-backs as 'callback'). */
  tier: string;
  endDate: string | null;
  client: Client | null;
  customerTasks: readonly Pick<Task, 'attempts' | 'kind'>[];
  values: TemplateValues;
}

export function smsBatchKey(taskId: Id, templateId: string): string {
  return `${taskId}:sms:tpl-${templateId}`;
}

export function previewSmsBatch(
  candidates: readonly SmsCandidate[],
  at: string,
  settings: GateSettings,
  templates: readonly SmsTemplateRef[],
): BatchPreview {
  const send: BatchSend[] = [];
  const skip: BatchSkip[] = [];
  const planned = new Map<Id, SentMessage[]>();
  for (const c of candidates) {
    const client = c.client;
    const skipped = skipperFor(skip, c.task.id, client?.id ?? null);
    const mobile = client?.phones.find((p) => phoneKind(p) === 'mobile');
    if (!client || !mobile) {
      skipped(['no_mobile']);
      continue;
    }
    const template = templates.find((t) => t.tier === c.tier);
    if (!template) {
      skipped(['no_template']);
      continue;
    }
    const key = smsBatchKey(c.task.id, template.templateId);
    if (c.task.attempts.some((a) => a.sendKey === key)) {
      skipped(['already_sent']);
      continue;
    }
    const { purpose, answer } = askBatchGate('sms', c, client, at, planned, settings);
    if (!answer.allowed) {
      skipped(answer.reasons);
      continue;
    }
    const params = template.params.map((name) => c.values[name]);
    const empty = (v: unknown) => v === null || v === undefined || String(v).trim() === '';
    if (params.some(empty)) {
      skipped(
        ['missing_values'],
        template.params.filter((_, i) => empty(params[i])),
      );
      continue;
    }
    planned.set(client.id, [...(planned.get(client.id) ?? []), { channel: 'sms', purpose, at }]);
    const values = params.map(String);
    send.push({
      taskId: c.task.id,
      clientId: client.id,
      channel: 'sms',
      to: mobile,
      subject: template.templateId,
      text: values.join(' / '),
      key,
      purpose,
      scriptId: null,
      scriptVersion: null,
      templateId: template.templateId,
      params: values,
    });
  }
  return { send, skip };
}
