// Every channel's wire name, written once. The channel table (contract.ts) is keyed by the same
// method and event names and must cover exactly these; the compiler holds the two together.
// This file is free of zod on purpose: the sandboxed preload bundles it to build `window.api`,
// and bundling the schemas would grow the preload from about 5 KB to about 2.6 MB.

/** Request/response channels: HostApi method → channel. */
export const invokeChannelNames = {
  appInfo: 'app:info',
  setStartAtLogin: 'app:set-start-at-login',
  getStartAtLogin: 'app:get-start-at-login',
  /** Push the upcoming reminder plan to the scheduler (main process). */
  syncReminderPlan: 'scheduler:sync',
  /** Open tel:, sms:, mailto: or https: links with the OS. */
  openExternal: 'shell:open-external',
  /** Save an exported file where the user chooses. */
  saveFile: 'file:save',
  /** The owner's idle-lock minutes, for main's system-idle poll (0 = never). */
  setIdleLockMinutes: 'session:set-idle-lock-minutes',
  /** Keep the audit chain's new head outside the database (main: a file in userData). */
  appendAuditHead: 'audit:append-head',
  /** The head kept outside the database, for the start-up chain check. */
  readAuditHead: 'audit:read-head',
  /**
   * The owner accepts the chain as it is (after a restore, or after reading the warning): the
   * kept head is set aside (never deleted) and replaced by this one, or by none.
   */
  replaceAuditHead: 'audit:replace-head',
  // Backups (issue 11): main writes the file atomically into the owner's folder and rotates it.
  /** Write a backup file into the backup folder (the browser: download it). */
  backupWrite: 'backup:write',
  /** The backup folder and the backups in it, newest first. */
  backupList: 'backup:list',
  /** Let the owner pick the backup folder (a USB disk or NAS path too). */
  backupChooseFolder: 'backup:choose-folder',
  /** Read one backup of the folder, for a restore. */
  backupRead: 'backup:read',
  /** The agency's SMTP settings and whether an authorisation code is kept (never the code). */
  getMailSettings: 'mail:get-settings',
  /** Keep the SMTP settings, and a new authorisation code encrypted with safeStorage. */
  setMailSettings: 'mail:set-settings',
  /** Connect and sign in to the SMTP server only: the Settings card's test. */
  testMail: 'mail:test',
  /** Send one e-mail (List-Unsubscribe, opt-out footer); a failure is named, never thrown. */
  sendMail: 'mail:send',
  // The optional SMS provider (issue 13 §3): off by default, secrets kept in main.
  /** The provider settings and whether a secret key is kept (never the key). */
  getSmsSettings: 'sms:get-settings',
  /** Keep the provider settings, and a new secret key encrypted with safeStorage. */
  setSmsSettings: 'sms:set-settings',
  /** Send one approved template to one mobile; a failure is named, never thrown. */
  sendSms: 'sms:send',
  /** The customers' replies pulled from the provider and not yet recorded by the desk. */
  pullSmsReplies: 'sms:pull-replies',
  /** The desk recorded these replies: main forgets them. */
  ackSmsReplies: 'sms:ack-replies',
} as const;
export type InvokeMethod = keyof typeof invokeChannelNames;
export type InvokeChannel = (typeof invokeChannelNames)[InvokeMethod];

/** Events main sends to the renderer: event → channel. HostApi offers `on<Event>` for each. */
export const eventChannelNames = {
  /** A notification was clicked: open this task. */
  openTask: 'task:open',
  /** Lock the desk now (OS lock screen, sleep, or system idle); the payload says which. */
  sessionLock: 'session:lock',
} as const;
export type HostEvent = keyof typeof eventChannelNames;
export type EventChannel = (typeof eventChannelNames)[HostEvent];

/** The HostApi method that subscribes to an event: openTask → onOpenTask. */
export type ListenerMethod<E extends HostEvent> = `on${Capitalize<E>}`;
export function listenerMethod<E extends HostEvent>(event: E): ListenerMethod<E> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as ListenerMethod<E>;
}
