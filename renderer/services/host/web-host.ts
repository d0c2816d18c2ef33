// The host used by the browser build (dev:web and the E2E tests). It offers what a browser can:
// downloads instead of a save dialog, window.open for links, and no tray or scheduler. It has
// no lock signals either: the window's own idle timer is the browser build's only lock trigger.
// Typed by HostApi, which derives from the channel table: a method missing here, or one the table
// does not have, fails typecheck.
import type { ReminderPlan } from '../../../shared/domain/reminders/reminder-plan-types';
import {
  ALLOWED_EXTERNAL_SCHEMES,
  type AppInfo,
  type HostApi,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../../shared/ipc/contract';
import { appendWebAuditHead, readWebAuditHead, replaceWebAuditHead } from './web-audit-head';
import { listWebBackups, writeWebBackup } from './web-backups';
import { MAIL_UNAVAILABLE, readWebMailSettings, writeWebMailSettings } from './web-mail';
import { readWebSmsSettings, SMS_UNAVAILABLE, writeWebSmsSettings } from './web-sms';

const START_AT_LOGIN_KEY = 'renewal-desk:start-at-login';

export function createWebHost(win: Window = window): HostApi {
  const listeners = new Set<(payload: { taskId: string }) => void>();

  return {
    async appInfo(): Promise<AppInfo> {
      return {
        host: 'web',
        version: import.meta.env.VITE_APP_VERSION ?? 'dev',
        platform: win.navigator.platform || 'web',
        dataLocation: `IndexedDB @ ${win.location.origin}`,
      };
    },
    async setStartAtLogin({ enabled }: { enabled: boolean }): Promise<void> {
      win.localStorage.setItem(START_AT_LOGIN_KEY, enabled ? '1' : '0');
    },
    async getStartAtLogin(): Promise<boolean> {
      return win.localStorage.getItem(START_AT_LOGIN_KEY) === '1';
    },
    // A browser has no background scheduler or tray: the plan is computed and shown in the
    // app, only the OS notifications are missing.
    async syncReminderPlan(_plan: ReminderPlan): Promise<void> {},
    async openExternal(url: string): Promise<boolean> {
      let protocol: string;
      try {
        protocol = new URL(url).protocol;
      } catch {
        return false;
      }
      if (!ALLOWED_EXTERNAL_SCHEMES.includes(protocol)) return false;
      win.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const blob = new Blob([request.data as Uint8Array<ArrayBuffer>]);
      const href = URL.createObjectURL(blob);
      const anchor = win.document.createElement('a');
      anchor.href = href;
      anchor.download = request.suggestedName;
      anchor.style.display = 'none';
      win.document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      return { saved: true };
    },
    onOpenTask(listener: (payload: { taskId: string }) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // Idle in a browser is the window's own timer (the renderer's idle lock): nothing to poll.
    async setIdleLockMinutes(): Promise<void> {},
    // Never fires: a page cannot see the OS lock screen, sleep or system idle.
    onSessionLock(): () => void {
      return () => undefined;
    },
    appendAuditHead: async (head) => appendWebAuditHead(win.localStorage, head),
    readAuditHead: async () => readWebAuditHead(win.localStorage),
    replaceAuditHead: async ({ head }) => replaceWebAuditHead(win.localStorage, head),
    backupWrite: async (request) => writeWebBackup(win, request),
    backupList: async () => listWebBackups(win),
    // No folder in a browser: backups are downloads.
    backupChooseFolder: async () => null,
    backupRead: async () => {
      throw new Error('the browser keeps no backup folder: pick the backup file instead');
    },
    // A browser cannot open an SMTP connection nor keep a secret: the settings are kept (so the
    // card can be filled in and shown), the code never, and nothing is sent.
    getMailSettings: async () => readWebMailSettings(win.localStorage),
    setMailSettings: async ({ settings }) => writeWebMailSettings(win.localStorage, settings),
    testMail: async () => MAIL_UNAVAILABLE,
    sendMail: async () => MAIL_UNAVAILABLE,
    getSmsSettings: async () => readWebSmsSettings(win.localStorage),
    setSmsSettings: async ({ settings }) => writeWebSmsSettings(win.localStorage, settings),
    sendSms: async () => SMS_UNAVAILABLE,
    pullSmsReplies: async () => ({ ok: true, replies: [] }),
    ackSmsReplies: async () => undefined,
  };
}
