// `cli contact-check <requests.json> --json`: asks the contact gate (shared/domain/contact)
// about each request in the file and prints `{ results: [{ id, allowed, reasons,
// nextAllowedAt }], problems }`. A request that does not fit the format is named in
// `problems` (its position, id and the field to fix) and the others are still answered.
import { z } from 'zod';
import {
  checkContact,
  GATE_CHANNELS,
  GATE_PURPOSES,
  type GateRequest,
} from '../../shared/domain/contact/contact-gate';
import { UsageError } from './import-command';
import { readJsonFile } from './read-json';

const channel = z.enum(GATE_CHANNELS);
const purpose = z.enum(GATE_PURPOSES);
const instant = z.iso.datetime({ offset: true });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');

const requestSchema = z.object({
  id: z.union([z.string(), z.number()]),
  channel,
  purpose,
  at: instant,
  endDate: z.iso.date().optional(),
  customer: z
    .object({
      doNotContact: z.boolean().optional(),
      doNotContactUntil: z.iso.date().optional(),
      optedOut: z.array(channel).optional(),
      refusedAt: instant.optional(),
      consents: z.partialRecord(channel, z.array(z.enum(['service', 'marketing']))).optional(),
      hours: z.object({ from: clock, to: clock }).optional(),
    })
    .default({}),
  sent: z.array(z.object({ channel, purpose, at: instant })).optional(),
});

export interface ContactCheckProblem {
  /** 1-based position in the file's list. */
  entry: number;
  id: string | number | null;
  message: string;
}

export function checkRequests(data: unknown) {
  const list = Array.isArray(data) ? data : (data as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(list))
    throw new UsageError(
      '请求文件应是 JSON 数组，例如 [{"id":"1","channel":"sms","purpose":"renewal","at":"2026-06-01T10:00:00+08:00","customer":{}}]',
    );
  const results: Array<{
    id: string | number;
    allowed: boolean;
    reasons: string[];
    nextAllowedAt: string | null;
  }> = [];
  const problems: ContactCheckProblem[] = [];
  list.forEach((raw: unknown, i) => {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const id = (raw as { id?: unknown } | null)?.id;
      problems.push({
        entry: i + 1,
        id: typeof id === 'string' || typeof id === 'number' ? id : null,
        message: `第 ${i + 1} 项的 ${issue?.path.join('.') || '内容'} 有误：${issue?.message ?? ''}`,
      });
      return;
    }
    const { id, ...request } = parsed.data;
    const answer = checkContact(request as GateRequest);
    results.push({ id, ...answer });
  });
  return { results, problems };
}

export async function runContactCheckCommand(argv: string[]): Promise<unknown> {
  const files = argv.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown) throw new UsageError(`未知参数 ${unknown}`);
  if (files.length !== 1)
    throw new UsageError('用法：npm run --silent cli -- contact-check <requests.json> --json');
  const path = files[0] as string;
  return checkRequests(await readJsonFile(path, '请求文件'));
}
