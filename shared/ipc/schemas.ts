// Runtime schemas of what crosses the process boundary. Main parses every payload with them
// before acting; the limits (lengths, counts, sizes) are the wire's, not the domain's.
import { z } from 'zod';
import { LANGS } from '../i18n/resources';
import { PLAN_ITEM_KINDS } from '../domain/reminders/reminder-plan-types';
import type { ReminderPlan } from '../domain/reminders/reminder-plan-types';

export const planItemSchema = z.object({
  id: z.string().min(1).max(200),
  taskId: z.string().min(1).max(100).nullable(),
  kind: z.enum(PLAN_ITEM_KINDS),
  at: z.iso.datetime({ offset: true }),
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
});

export const reminderPlanSchema = z.object({
  generatedAt: z.iso.datetime({ offset: true }),
  dueCount: z.number().int().min(0).max(1_000_000),
  doNotDisturb: z.boolean(),
  items: z.array(planItemSchema).max(20_000),
  /** The language chosen in Settings: main shows its tray and catch-up texts in it. */
  lang: z.enum(LANGS).optional(),
});

/** True only when A and B are the same type; used to pin a schema to its domain type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// A field added to ReminderPlan (or PlanItem) but not to the schema, or the other way round,
// makes this `false` and fails typecheck.
const _reminderPlanSchemaMatchesDomain: Same<
  z.output<typeof reminderPlanSchema>,
  ReminderPlan
> = true;

/** Schemes the app may hand to the OS: phone, SMS and mail apps, and the web in a browser. */
export const ALLOWED_EXTERNAL_SCHEMES = ['tel:', 'sms:', 'mailto:', 'https:'];

export const externalUrlSchema = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      return ALLOWED_EXTERNAL_SCHEMES.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'URL scheme not allowed');

export const saveFileSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\\/:*?"<>|]+$/, 'file name has a path separator or reserved character'),
  /** File content. Structured clone carries Uint8Array over IPC. */
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= 200 * 1024 * 1024, 'file too big'),
  filterName: z.string().max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/))
    .min(1)
    .max(5),
});
export type SaveFileRequest = z.infer<typeof saveFileSchema>;

export const saveFileResultSchema = z.object({
  saved: z.boolean(),
  /** Where it was written, when the host can tell. */
  path: z.string().optional(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const setStartAtLoginSchema = z.object({ enabled: z.boolean() });

export const appInfoSchema = z.object({
  host: z.enum(['electron', 'web']),
  version: z.string(),
  platform: z.string(),
  dataLocation: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const openTaskSchema = z.object({ taskId: z.string().min(1).max(100) });
