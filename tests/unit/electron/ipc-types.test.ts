// Type tests: the handler map, HostApi and the channel table must agree. Each
// `@ts-expect-error` below fails typecheck (tsc -p tsconfig.node.json) if the error it expects
// goes away, e.g. if HostHandlers stopped requiring every channel or started accepting strangers.
import { describe, expect, it } from 'vitest';
import type { InvokeMethod } from '../../../shared/ipc/channel-names';
import type { HostApi } from '../../../shared/ipc/contract';
import type { HostHandlers } from '../../../electron/main/ipc';

const handlers: HostHandlers = {
  appInfo: async () => ({ host: 'electron', version: '1', platform: 'linux', dataLocation: '/' }),
  setStartAtLogin: async () => undefined,
  getStartAtLogin: async () => true,
  syncReminderPlan: async () => undefined,
  openExternal: async () => false,
  saveFile: async () => ({ saved: false }),
  setIdleLockMinutes: async () => undefined,
  appendAuditHead: async () => ({ outcome: 'corrupt' }),
  readAuditHead: async () => ({ status: 'none' }),
  replaceAuditHead: async () => ({ status: 'none' }),
  backupWrite: async () => ({ path: '/b', fellBack: false, deleted: [] }),
  backupList: async () => ({ folder: null, isDefault: true, missing: false, files: [] }),
  backupChooseFolder: async () => null,
  backupRead: async () => ({ data: new Uint8Array() }),
  getMailSettings: async () => ({ settings: null, hasAuthCode: false, canKeepSecret: true }),
  setMailSettings: async () => undefined,
  testMail: async () => ({ ok: true, messageId: '' }),
  sendMail: async () => ({ ok: true, messageId: '<m@x>' }),
  getSmsSettings: async () => ({
    settings: null,
    hasSecretKey: false,
    canKeepSecret: true,
    ready: false,
  }),
  setSmsSettings: async () => undefined,
  sendSms: async () => ({ ok: true, messageId: 'serial' }),
  pullSmsReplies: async () => ({ ok: true, replies: [] }),
  ackSmsReplies: async () => undefined,
};

// @ts-expect-error a handler map without one of the channels (saveFile) is a type error
const missing: HostHandlers = {
  appInfo: handlers.appInfo,
  setStartAtLogin: handlers.setStartAtLogin,
  getStartAtLogin: handlers.getStartAtLogin,
  syncReminderPlan: handlers.syncReminderPlan,
  openExternal: handlers.openExternal,
  setIdleLockMinutes: handlers.setIdleLockMinutes,
  appendAuditHead: handlers.appendAuditHead,
  readAuditHead: handlers.readAuditHead,
  replaceAuditHead: handlers.replaceAuditHead,
  backupWrite: handlers.backupWrite,
  backupList: handlers.backupList,
  backupChooseFolder: handlers.backupChooseFolder,
  backupRead: handlers.backupRead,
  getMailSettings: handlers.getMailSettings,
  setMailSettings: handlers.setMailSettings,
  testMail: handlers.testMail,
  sendMail: handlers.sendMail,
  getSmsSettings: handlers.getSmsSettings,
  setSmsSettings: handlers.setSmsSettings,
  sendSms: handlers.sendSms,
  pullSmsReplies: handlers.pullSmsReplies,
  ackSmsReplies: handlers.ackSmsReplies,
};

const extra: HostHandlers = {
  ...handlers,
  // @ts-expect-error a handler for a channel the table does not have is a type error
  deleteEverything: async () => undefined,
};

const wrongResult: HostHandlers = {
  ...handlers,
  // @ts-expect-error a handler must return its channel's response type
  getStartAtLogin: async () => 'yes',
};

const wrongRequest: HostHandlers = {
  ...handlers,
  // @ts-expect-error a handler receives its channel's parsed request, here a ReminderPlan
  syncReminderPlan: async (plan: { enabled: boolean }) => void plan,
};

function hostApiShape(api: HostApi) {
  // @ts-expect-error a channel without a request takes no argument
  void api.appInfo('now');
  // @ts-expect-error a request is checked against the channel's schema
  void api.setStartAtLogin({ enabled: 'yes' });
  // @ts-expect-error there is no generic invoke on the host
  void api.invoke('app:info');
  void api.onOpenTask(({ taskId }) => taskId.length);
  // @ts-expect-error a lock reason is one of the host's triggers, never a free string
  void api.onSessionLock(({ reason }) => reason === 'coffee-break');
  // @ts-expect-error an audit head is a position and a hash
  void api.appendAuditHead({ seq: 1 });
}

describe('channel table types', () => {
  it('are checked by tsc (this file compiles only while every expected error is there)', () => {
    const methods: InvokeMethod[] = Object.keys(handlers) as InvokeMethod[];
    expect(methods).toHaveLength(23);
    expect([missing, extra, wrongResult, wrongRequest, hostApiShape]).toHaveLength(5);
  });
});
