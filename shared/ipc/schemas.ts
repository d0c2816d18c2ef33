// Runtime schemas of what crosses the process boundary. Main parses every payload with them
// before acting; the limits (lengths, counts, sizes) are the wire's, not the domain's.
import { z } from 'zod';
import { LANGS } from '../i18n/resources';
import { PLAN_ITEM_KINDS } from '../domain/reminders/reminder-plan-types';
import type { ReminderPlan } from '../domain/reminders/reminder-plan-types';
import type { AuditHeadAppendResult, StoredAuditHead } from '../domain/identity/audit-head';
import type { ChainHead } from '../domain/identity/audit-chain';
import { HOST_LOCK_TRIGGERS, MAX_IDLE_LOCK_MINUTES } from '../domain/identity/lock-policy';
import { PLACEHOLDERS } from '../domain/scripts/render-template';

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

/** Main locks the window (OS lock screen, sleep, system idle past the owner's minutes). */
export const sessionLockSchema = z.object({ reason: z.enum(HOST_LOCK_TRIGGERS) });

/** The owner's idle minutes (0 = never), for main's idle poll. */
export const idleLockMinutesSchema = z.object({
  minutes: z.number().int().min(0).max(MAX_IDLE_LOCK_MINUTES),
});

/** The audit chain's head: its last event's position and SHA-256 (lower-case hex). */
export const chainHeadSchema = z.strictObject({
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest'),
});

export const replaceAuditHeadSchema = z.strictObject({ head: chainHeadSchema.nullable() });

export const storedAuditHeadSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('ok'), head: chainHeadSchema }),
  z.object({ status: z.literal('corrupt') }),
]);

export const auditHeadAppendResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.enum(['stored', 'unchanged', 'behind', 'conflict']),
    head: chainHeadSchema,
  }),
  z.object({ outcome: z.literal('corrupt') }),
]);

// The wire schemas stay the domain's types: a field added on one side only fails typecheck.
const _chainHeadSchemaMatchesDomain: Same<z.output<typeof chainHeadSchema>, ChainHead> = true;
const _storedHeadSchemaMatchesDomain: Same<
  z.output<typeof storedAuditHeadSchema>,
  StoredAuditHead
> = true;
const _appendResultSchemaMatchesDomain: Same<
  z.output<typeof auditHeadAppendResultSchema>,
  AuditHeadAppendResult
> = true;

// Backups (issue 11). File names are the app's own (renewal-desk-<time>.age): main writes and
// reads only such names, inside the backup folder, so the renderer can name no other path.
// A pre-upgrade backup ends in -before-v<schema>.
const backupFileName = z
  .string()
  .regex(/^renewal-desk-[0-9TZ-]{20,40}(-before-v\d{1,3})?\.age$/, 'not a backup name');

export const backupWriteSchema = z.object({
  name: backupFileName,
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= 2 * 1024 * 1024 * 1024, 'too big'),
});
export type BackupWriteRequest = z.infer<typeof backupWriteSchema>;

export const backupWriteResultSchema = z.object({
  /** Where it was written (the browser: the download's name). */
  path: z.string(),
  /** The chosen folder was gone, so the default folder took the backup. */
  fellBack: z.boolean(),
  /** Older backups the rotation removed. */
  deleted: z.array(z.string()),
});
export type BackupWriteResult = z.infer<typeof backupWriteResultSchema>;

export const backupListSchema = z.object({
  /** null in the browser, which has no folder (backups are downloads). */
  folder: z.string().nullable(),
  isDefault: z.boolean(),
  /** The chosen folder cannot be reached (a USB disk taken out): backups go to the default. */
  missing: z.boolean(),
  files: z.array(z.object({ name: z.string(), bytes: z.number(), createdAt: z.string() })),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const backupReadSchema = z.object({ name: backupFileName });
export const backupReadResultSchema = z.object({ data: z.instanceof(Uint8Array) });
// E-mail over the agency's SMTP (issue 13 §5). The authorisation code goes to main once, when
// set, and never comes back: main keeps it encrypted with safeStorage.
export const smtpSettingsSchema = z.strictObject({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  requireTls: z.boolean(),
  user: z.string().trim().min(3).max(254),
  fromName: z.string().max(100).nullable(),
});

export const mailSettingsSchema = z.object({
  settings: smtpSettingsSchema.nullable(),
  /** An authorisation code is kept (encrypted); its value never crosses back. */
  hasAuthCode: z.boolean(),
  /** The host can keep a secret (Electron safeStorage with an OS key store); a browser cannot. */
  canKeepSecret: z.boolean(),
});

export const setMailSettingsSchema = z.strictObject({
  settings: smtpSettingsSchema,
  /** A new code; absent keeps the one kept. */
  authCode: z.string().min(1).max(200).optional(),
});

export const MAIL_FAILURES = [
  'refused',
  'deferred',
  'timeout',
  'auth',
  'connection',
  'tls',
  'invalid_address',
  'not_configured',
  'unavailable',
] as const;

export const sendMailSchema = z.strictObject({
  to: z.string().min(3).max(254),
  subject: z.string().min(1).max(200),
  text: z.string().min(1).max(20_000),
  idempotencyKey: z.string().min(1).max(200),
});

export const mailResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), messageId: z.string() }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(MAIL_FAILURES),
    retry: z.boolean(),
    detail: z.string().max(500),
  }),
]);

// The optional SMS provider (issue 13 §3, Tencent Cloud SMS): off by default. The big cloud SMS
// services send only an approved signature and approved templates, and refuse insurance
// content without them, so it can be switched on only with the agency's signature and at least
// one template code. The secret key goes to main once, when set, and never comes back.
export const smsTemplateSchema = z.strictObject({
  /** The tier (d30, d15, d7, lapsed, ...) whose tasks this template serves. */
  tier: z.string().trim().min(1).max(40),
  /** The approved template's id at the provider. */
  templateId: z
    .string()
    .trim()
    .regex(/^\d{1,20}$/),
  /** The template's {1}, {2}, ... in order, each a script placeholder (客户姓名, 车牌, ...). */
  params: z.array(z.enum(PLACEHOLDERS)).max(10),
});

export const smsSettingsSchema = z
  .strictObject({
    enabled: z.boolean(),
    provider: z.literal('tencent'),
    secretId: z.string().trim().max(100),
    /** SmsSdkAppId: the SMS application's id (1400xxxxxx). */
    sdkAppId: z
      .string()
      .trim()
      .regex(/^(\d{6,20})?$/),
    /** The approved signature (签名), without the brackets. */
    signName: z.string().trim().max(40),
    region: z
      .string()
      .trim()
      .regex(/^[a-z]{2}-[a-z]+$/),
    templates: z.array(smsTemplateSchema).max(40),
  })
  .refine((s) => !s.enabled || (!!s.signName && !!s.sdkAppId && !!s.secretId), {
    message: 'enabled needs the signature, the app id and the secret id',
  })
  .refine((s) => !s.enabled || s.templates.length > 0, {
    message: 'enabled needs at least one approved template',
  });

export const smsSettingsInfoSchema = z.object({
  settings: smsSettingsSchema.nullable(),
  hasSecretKey: z.boolean(),
  canKeepSecret: z.boolean(),
  /** Switched on, complete, and the secret key kept: batches may offer SMS. */
  ready: z.boolean(),
});

export const setSmsSettingsSchema = z.strictObject({
  settings: smsSettingsSchema,
  /** A new secret key; absent keeps the one kept. */
  secretKey: z.string().min(1).max(200).optional(),
});

export const SMS_FAILURES = [
  'auth',
  'rate_limited',
  'signature',
  'template',
  'invalid_number',
  'balance',
  'blacklisted',
  'refused',
  'deferred',
  'timeout',
  'connection',
  'not_configured',
  'unavailable',
] as const;

export const sendSmsSchema = z.strictObject({
  /** A mainland mobile number, 11 digits. */
  phone: z.string().regex(/^1\d{10}$/),
  templateId: z.string().regex(/^\d{1,20}$/),
  params: z.array(z.string().max(100)).max(10),
  idempotencyKey: z.string().min(1).max(200),
});

export const smsResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), messageId: z.string().max(200) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(SMS_FAILURES),
    retry: z.boolean(),
    detail: z.string().max(500),
  }),
]);

/** A customer's reply pulled from the provider, kept by main until the desk recorded it. */
export const smsReplySchema = z.object({
  id: z.string().min(1).max(100),
  phone: z.string().max(20),
  content: z.string().max(500),
  at: z.string(),
});

export const smsRepliesSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), replies: z.array(smsReplySchema).max(10_000) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(SMS_FAILURES),
    retry: z.boolean(),
    detail: z.string().max(500),
  }),
]);

export const ackSmsRepliesSchema = z.strictObject({
  ids: z.array(z.string().min(1).max(100)).max(10_000),
});
