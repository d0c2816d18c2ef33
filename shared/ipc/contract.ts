// The one contract between the renderer and its host (Electron main, or the browser): the
// channel table. Each channel is named once in channel-names.ts; here each gets its request and
// response schema, each event its payload schema. Everything else derives from this table:
// `HostApi` (below), the preload bridge (one named method per entry, nothing generic), main's
// handler map and its payload checks (electron/main/ipc.ts), and the web host (typed by HostApi).
import { z } from 'zod';
import type { HostEvent, InvokeMethod, ListenerMethod } from './channel-names';
import {
  appInfoSchema,
  auditHeadAppendResultSchema,
  chainHeadSchema,
  externalUrlSchema,
  idleLockMinutesSchema,
  openTaskSchema,
  reminderPlanSchema,
  replaceAuditHeadSchema,
  saveFileResultSchema,
  saveFileSchema,
  sessionLockSchema,
  setStartAtLoginSchema,
  storedAuditHeadSchema,
  backupListSchema,
  backupReadResultSchema,
  backupReadSchema,
  backupWriteResultSchema,
  backupWriteSchema,
  mailResultSchema,
  mailSettingsSchema,
  sendMailSchema,
  setMailSettingsSchema,
  ackSmsRepliesSchema,
  sendSmsSchema,
  setSmsSettingsSchema,
  smsRepliesSchema,
  smsResultSchema,
  smsSettingsInfoSchema,
} from './schemas';

export interface InvokeSpec {
  /** Main parses every payload with it before a handler runs; the web host is typed by it. */
  request: z.ZodType;
  /** What the renderer gets back: types main's handlers and HostApi's results. */
  response: z.ZodType;
}

/** Request/response channels, keyed by HostApi method. A missing or extra entry fails typecheck. */
export const invokeChannels = {
  appInfo: { request: z.undefined(), response: appInfoSchema },
  setStartAtLogin: { request: setStartAtLoginSchema, response: z.void() },
  getStartAtLogin: { request: z.undefined(), response: z.boolean() },
  syncReminderPlan: { request: reminderPlanSchema, response: z.void() },
  // The host answers false when it refuses a URL; the preload turns a refusal into false too.
  openExternal: { request: externalUrlSchema, response: z.boolean() },
  saveFile: { request: saveFileSchema, response: saveFileResultSchema },
  // The browser host takes the minutes and does nothing: its window's own timer locks it.
  setIdleLockMinutes: { request: idleLockMinutesSchema, response: z.void() },
  appendAuditHead: { request: chainHeadSchema, response: auditHeadAppendResultSchema },
  readAuditHead: { request: z.undefined(), response: storedAuditHeadSchema },
  replaceAuditHead: { request: replaceAuditHeadSchema, response: storedAuditHeadSchema },
  backupWrite: { request: backupWriteSchema, response: backupWriteResultSchema },
  backupList: { request: z.undefined(), response: backupListSchema },
  backupChooseFolder: { request: z.undefined(), response: backupListSchema.nullable() },
  backupRead: { request: backupReadSchema, response: backupReadResultSchema },
  // The browser host keeps the settings but no code and sends nothing ('unavailable').
  getMailSettings: { request: z.undefined(), response: mailSettingsSchema },
  setMailSettings: { request: setMailSettingsSchema, response: z.void() },
  testMail: { request: z.undefined(), response: mailResultSchema },
  sendMail: { request: sendMailSchema, response: mailResultSchema },
  // The browser host has no provider: never ready, sends nothing ('unavailable'), no replies.
  getSmsSettings: { request: z.undefined(), response: smsSettingsInfoSchema },
  setSmsSettings: { request: setSmsSettingsSchema, response: z.void() },
  sendSms: { request: sendSmsSchema, response: smsResultSchema },
  pullSmsReplies: { request: z.undefined(), response: smsRepliesSchema },
  ackSmsReplies: { request: ackSmsRepliesSchema, response: z.void() },
} satisfies { [M in InvokeMethod]: InvokeSpec };

/** Events main sends to the renderer: their payload schemas. */
export const eventChannels = {
  openTask: openTaskSchema,
  // Sent by main only; the browser host never fires it (idle is its only trigger, in-window).
  sessionLock: sessionLockSchema,
} satisfies { [E in HostEvent]: z.ZodType };

/** What the renderer sends on a channel (before parsing). */
export type InvokeRequest<M extends InvokeMethod> = z.input<(typeof invokeChannels)[M]['request']>;
/** What main's handler receives (after parsing). */
export type ParsedRequest<M extends InvokeMethod> = z.output<(typeof invokeChannels)[M]['request']>;
export type InvokeResponse<M extends InvokeMethod> = z.output<
  (typeof invokeChannels)[M]['response']
>;
export type EventPayload<E extends HostEvent> = z.output<(typeof eventChannels)[E]>;

/** A channel without a request payload becomes a method without arguments. */
type InvokeMethodOf<M extends InvokeMethod> = [InvokeRequest<M>] extends [undefined]
  ? () => Promise<InvokeResponse<M>>
  : (request: InvokeRequest<M>) => Promise<InvokeResponse<M>>;

/**
 * What the renderer may ask of its host. Features use this through the host adapter and never
 * know whether they run in Electron or in a browser. Each event `e` becomes `onE(listener)`,
 * which returns an unsubscribe function.
 */
export type HostApi = { [M in InvokeMethod]: InvokeMethodOf<M> } & {
  [E in HostEvent as ListenerMethod<E>]: (
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};

export type { AppInfo, SaveFileRequest, SaveFileResult } from './schemas';
export type { BackupList, BackupWriteRequest, BackupWriteResult } from './schemas';
export type MailSettingsInfo = z.output<typeof mailSettingsSchema>;
export type SmtpSettingsWire = NonNullable<MailSettingsInfo['settings']>;
export type MailResult = z.output<typeof mailResultSchema>;
export type MailFailureReason = Extract<MailResult, { ok: false }>['reason'];
export type SmsSettingsInfo = z.output<typeof smsSettingsInfoSchema>;
export type SmsSettingsWire = NonNullable<SmsSettingsInfo['settings']>;
export type SmsResult = z.output<typeof smsResultSchema>;
export type SmsFailureReason = Extract<SmsResult, { ok: false }>['reason'];
export type SmsRepliesResult = z.output<typeof smsRepliesSchema>;
export type SmsReplyWire = Extract<SmsRepliesResult, { ok: true }>['replies'][number];
export type { AuditHeadAppendResult, StoredAuditHead } from '../domain/identity/audit-head';
export type { ChainHead } from '../domain/identity/audit-chain';
export type { HostLockTrigger } from '../domain/identity/lock-policy';
export { ALLOWED_EXTERNAL_SCHEMES } from './schemas';
