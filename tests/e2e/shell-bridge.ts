// The shell bridge: the browser E2E's stand-in for Electron's IPC transport, and only that.
// Electron's binary cannot be downloaded on these machines, so the renderer is tested in
// Chromium through the web build, where the browser host has no SMTP and no file system. For
// the flows that need main (an e-mail batch to a local SMTP server), this bridge gives the page
// the same `window.api` the preload exposes (one method per contract channel) and carries each
// call to the REAL main-process router and handlers running here in Node: the sender check
// (this page's own top frame, its real URL), the channel's payload schema, then the handler
// (mail service and settings store, SMS service, audit head store, backup folder) on a temporary
// user-data folder. Only what needs Electron itself is replaced: the OS key store behind
// safeStorage (an AES-GCM box with a key held by this test), the save and folder dialogs
// (cancelled), opening links (refused), start at login and the reminder scheduler (kept in
// memory, readable by the test).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createAuditHeadStore } from '../../electron/main/audit-head-store';
import { createBackupFolder } from '../../electron/main/backup-folder';
import { createHostHandlers } from '../../electron/main/host-handlers';
import {
  registerIpcHandlers,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../electron/main/ipc-router';
import { createMailService } from '../../electron/main/mail/mail-service';
import {
  createMailSettingsStore,
  type SecretBox,
} from '../../electron/main/mail/mail-settings-store';
import { createSmsService } from '../../electron/main/sms/sms-service';
import { createSmsSettingsStore } from '../../electron/main/sms/sms-settings-store';
import type { ReminderPlan } from '../../shared/domain/reminders/reminder-plan-types';
import {
  eventChannelNames,
  invokeChannelNames,
  listenerMethod,
  type HostEvent,
} from '../../shared/ipc/channel-names';

export interface ShellBridge {
  userDataDir: string;
  /** The last reminder plan the page synced to "main". */
  lastPlan(): ReminderPlan | null;
  /** Every channel the page invoked, in order (names only). */
  invoked: string[];
}

/** Stands in for the OS key store: AES-256-GCM under a key that lives in this test process. */
function testKeyStoreBox(): SecretBox {
  const key = randomBytes(32);
  return {
    available: async () => true,
    async encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(sealed) {
      const bytes = Buffer.from(sealed);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** Installs the bridge on a page before its first navigation. */
export async function installShellBridge(page: Page, baseURL: string): Promise<ShellBridge> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'desk-shell-'));
  const box = testKeyStoreBox();
  let plan: ReminderPlan | null = null;
  let startAtLogin = false;
  const handlers = createHostHandlers({
    version: '0.0.0-e2e',
    platform: process.platform,
    userDataDir,
    defaultSaveDir: userDataDir,
    getStartAtLogin: () => startAtLogin,
    setStartAtLogin: (enabled) => {
      startAtLogin = enabled;
    },
    syncPlan: async (next) => {
      plan = next;
    },
    openExternal: async () => false,
    showSaveDialog: async () => ({ canceled: true }),
    setIdleLockMinutes: () => undefined,
    auditHead: createAuditHeadStore(userDataDir),
    backups: createBackupFolder({ userDataDir, pickFolder: async () => null }),
    mail: createMailService(createMailSettingsStore(userDataDir, box)),
    sms: createSmsService(createSmsSettingsStore(userDataDir, box)),
  });
  const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  const target: IpcMainLike = {
    handle: (channel, listener) =>
      listeners.set(channel, listener as (event: InvokeEventLike, ...args: unknown[]) => unknown),
    removeHandler: (channel) => listeners.delete(channel),
  };
  // The page's webContents is "1"; the sender check reads the calling frame's real URL and parent.
  registerIpcHandlers(
    handlers,
    { trustedOrigin: new URL(baseURL).origin, appWebContentsId: () => 1 },
    target,
  );
  const invoked: string[] = [];
  await page.exposeBinding(
    '__deskShellInvoke',
    async ({ frame }, channel: string, request: unknown) => {
      invoked.push(channel);
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      const parent = frame.parentFrame();
      const event: InvokeEventLike = {
        sender: { id: 1 },
        senderFrame: {
          url: frame.url(),
          parent: parent ? { url: parent.url(), parent: null } : null,
        },
      };
      return listener(event, request);
    },
  );
  const methods = Object.entries(invokeChannelNames);
  const events = (Object.keys(eventChannelNames) as HostEvent[]).map((e) => listenerMethod(e));
  // The same shape as electron/preload/index.ts builds: one method per channel, openExternal
  // answering false when refused, and the event subscriptions (main sends none here).
  await page.addInitScript(
    ({ methods, events }) => {
      // Looked up at each call: the binding and this script are both installed at document start.
      const call = (channel: string, request: unknown) =>
        (
          window as unknown as {
            __deskShellInvoke: (c: string, r: unknown) => Promise<unknown>;
          }
        ).__deskShellInvoke(channel, request);
      const api: Record<string, unknown> = {};
      for (const [method, channel] of methods)
        api[method] = (request?: unknown) => call(channel, request);
      const openChannel = methods.find(([m]) => m === 'openExternal')?.[1] ?? '';
      api.openExternal = (url: string) => call(openChannel, url).catch(() => false);
      for (const name of events) api[name] = () => () => undefined;
      Object.defineProperty(window, 'api', { value: Object.freeze(api) });
    },
    { methods, events },
  );
  return { userDataDir, lastPlan: () => plan, invoked };
}
