import { describe, expect, it, vi } from 'vitest';
import type { ReminderPlan } from '../../../shared/domain/reminders/reminder-plan-types';
import { invokeChannelNames } from '../../../shared/ipc/channel-names';
import type { InvokeChannel, InvokeMethod } from '../../../shared/ipc/channel-names';
import { registerIpcHandlers, sendEvent } from '../../../electron/main/ipc';
import type {
  FrameLike,
  HostHandlers,
  InvokeEventLike,
  IpcMainLike,
} from '../../../electron/main/ipc';

// ipc.ts imports the real ipcMain as its default target; the tests inject their own instead.
vi.mock('electron', () => ({ ipcMain: {} }));

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const target: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener as unknown as Listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { target, handlers };
}

const APP_WC_ID = 7;
const trust = { trustedOrigin: 'app://renderer', appWebContentsId: () => APP_WC_ID };
const topFrame = (url = 'app://renderer/index.html'): FrameLike => ({ url, parent: null });
const appEvent = (): InvokeEventLike => ({ sender: { id: APP_WC_ID }, senderFrame: topFrame() });

const plan: ReminderPlan = {
  generatedAt: '2025-03-03T08:00:00+08:00',
  dueCount: 2,
  doNotDisturb: false,
  items: [
    {
      id: 'a',
      taskId: 't1',
      kind: 'due',
      at: '2025-03-03T09:00:00+08:00',
      title: '回访',
      body: '',
    },
  ],
};

/** A valid payload and a wrong one for every channel. */
const payloads: Record<InvokeChannel, { good: unknown; bad: unknown[] }> = {
  'app:info': { good: undefined, bad: [{ x: 1 }, 'info'] },
  'app:set-start-at-login': { good: { enabled: true }, bad: [{ enabled: 'yes' }, true, undefined] },
  'app:get-start-at-login': { good: undefined, bad: [1] },
  'scheduler:sync': {
    good: plan,
    bad: [
      { ...plan, dueCount: -1 },
      { ...plan, items: [{ id: '' }] },
      { ...plan, items: 'x' },
      null,
    ],
  },
  'shell:open-external': {
    good: 'tel:13800138000',
    bad: ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com', 42],
  },
  'file:save': {
    good: {
      suggestedName: 'a.xlsx',
      data: new Uint8Array([1]),
      filterName: 'Excel',
      extensions: ['xlsx'],
    },
    bad: [
      {
        suggestedName: '../a.xlsx',
        data: new Uint8Array([1]),
        filterName: 'E',
        extensions: ['xlsx'],
      },
      { suggestedName: 'a.xlsx', data: 'not bytes', filterName: 'E', extensions: ['xlsx'] },
      { suggestedName: 'a.xlsx', data: new Uint8Array([1]), filterName: 'E', extensions: [] },
    ],
  },
  'session:set-idle-lock-minutes': {
    good: { minutes: 10 },
    bad: [{ minutes: -1 }, { minutes: 2.5 }, { minutes: 481 }, { minutes: '10' }, 10, undefined],
  },
  'audit:append-head': {
    good: { seq: 3, hash: 'a'.repeat(64) },
    bad: [
      { seq: 0, hash: 'a'.repeat(64) }, // the chain starts at 1
      { seq: 1.5, hash: 'a'.repeat(64) },
      { seq: 3, hash: 'A'.repeat(64) }, // not the lower-case hex the chain writes
      { seq: 3, hash: 'a'.repeat(63) },
      { seq: 3, hash: 'a'.repeat(64), path: '../../x' }, // nothing but the head
      { hash: 'a'.repeat(64) },
      '{"seq":3}',
      null,
    ],
  },
  'audit:read-head': { good: undefined, bad: [{ seq: 1 }, 'head'] },
  'audit:replace-head': {
    good: { head: null },
    bad: [
      undefined,
      null,
      { head: { seq: 0, hash: 'a'.repeat(64) } },
      { seq: 1, hash: 'a'.repeat(64) },
    ],
  },
  'backup:write': {
    good: { name: 'renewal-desk-2026-12-03T07-52-01-123Z.age', data: new Uint8Array([1]) },
    bad: [
      { name: '../../etc/passwd', data: new Uint8Array([1]) },
      { name: 'renewal-desk-../../x.age', data: new Uint8Array([1]) },
      { name: 'renewal-desk-2026-12-03T07-52-01-123Z.age', data: 'bytes' },
      undefined,
    ],
  },
  'backup:list': { good: undefined, bad: [{ folder: '/' }] },
  'backup:choose-folder': { good: undefined, bad: ['/tmp'] },
  'backup:read': {
    good: { name: 'renewal-desk-2026-12-03T07-52-01-123Z.age' },
    bad: [{ name: '/etc/passwd' }, { name: 'renewal-desk-x/../../y.age' }, undefined],
  },
  'mail:get-settings': { good: undefined, bad: [{ code: 1 }] },
  'mail:set-settings': {
    good: {
      settings: {
        host: 'smtp.qq.com',
        port: 465,
        secure: true,
        requireTls: true,
        user: 'desk@qq.com',
        fromName: null,
      },
      authCode: 'abcd',
    },
    bad: [
      {
        settings: {
          host: '',
          port: 465,
          secure: true,
          requireTls: true,
          user: 'a@b.c',
          fromName: null,
        },
      },
      {
        settings: {
          host: 'h',
          port: 70000,
          secure: true,
          requireTls: true,
          user: 'a@b.c',
          fromName: null,
        },
      },
      {
        settings: {
          host: 'h',
          port: 25,
          secure: false,
          requireTls: false,
          user: 'a@b.c',
          fromName: null,
        },
        extra: 1,
      },
      undefined,
    ],
  },
  'mail:test': { good: undefined, bad: ['now'] },
  'mail:send': {
    good: { to: 'a@b.cn', subject: 's', text: 't', idempotencyKey: 'k' },
    bad: [
      { to: 'a@b.cn', subject: 's', text: 't' },
      { to: 'a@b.cn', subject: '', text: 't', idempotencyKey: 'k' },
      null,
    ],
  },
  'sms:get-settings': { good: undefined, bad: [{ secretKey: 'x' }] },
  'sms:set-settings': {
    good: {
      settings: {
        enabled: true,
        provider: 'tencent',
        secretId: 'AKIDtest',
        sdkAppId: '1400006666',
        signName: '某某保险代理',
        region: 'ap-guangzhou',
        templates: [{ tier: 'd30', templateId: '123456', params: ['称呼', '车牌', '到期日'] }],
      },
      secretKey: 'key',
    },
    bad: [
      // Switched on without an approved template, or without the signature: refused.
      {
        settings: {
          enabled: true,
          provider: 'tencent',
          secretId: 'AKIDtest',
          sdkAppId: '1400006666',
          signName: '某某保险代理',
          region: 'ap-guangzhou',
          templates: [],
        },
      },
      {
        settings: {
          enabled: true,
          provider: 'tencent',
          secretId: 'AKIDtest',
          sdkAppId: '1400006666',
          signName: '',
          region: 'ap-guangzhou',
          templates: [{ tier: 'd30', templateId: '123456', params: [] }],
        },
      },
      // A template parameter that is no placeholder.
      {
        settings: {
          enabled: false,
          provider: 'tencent',
          secretId: '',
          sdkAppId: '',
          signName: '',
          region: 'ap-guangzhou',
          templates: [{ tier: 'd30', templateId: '123456', params: ['身份证号'] }],
        },
      },
      undefined,
    ],
  },
  'sms:send': {
    good: { phone: '13800001234', templateId: '123456', params: ['王先生'], idempotencyKey: 'k' },
    bad: [
      { phone: '021-12345678', templateId: '123456', params: [], idempotencyKey: 'k' },
      { phone: '13800001234', templateId: 'abc', params: [], idempotencyKey: 'k' },
      { phone: '13800001234', templateId: '123456', params: [] },
      null,
    ],
  },
  'sms:pull-replies': { good: undefined, bad: [{ all: true }] },
  'sms:ack-replies': { good: { ids: ['a1'] }, bad: [{ ids: [''] }, { ids: 'a1' }, undefined] },
};

function setup() {
  const { target, handlers } = fakeIpcMain();
  const calls: string[] = [];
  const handler = (channel: InvokeChannel, result: unknown) =>
    vi.fn(async () => {
      calls.push(channel);
      return result;
    });
  // Handlers are keyed by HostApi method; each records the channel it was reached on.
  const results: Record<InvokeMethod, unknown> = {
    appInfo: { host: 'electron', version: '1', platform: 'linux', dataLocation: '/x' },
    setStartAtLogin: undefined,
    getStartAtLogin: true,
    syncReminderPlan: undefined,
    openExternal: true,
    saveFile: { saved: false },
    setIdleLockMinutes: undefined,
    appendAuditHead: { outcome: 'stored', head: { seq: 3, hash: 'a'.repeat(64) } },
    readAuditHead: { status: 'none' },
    replaceAuditHead: { status: 'none' },
    backupWrite: { path: '/b', fellBack: false, deleted: [] },
    backupList: { folder: null, isDefault: true, missing: false, files: [] },
    backupChooseFolder: null,
    backupRead: { data: new Uint8Array([1]) },
    getMailSettings: { settings: null, hasAuthCode: false, canKeepSecret: false },
    setMailSettings: undefined,
    testMail: { ok: true, messageId: '' },
    sendMail: { ok: true, messageId: '<m@x>' },
    getSmsSettings: { settings: null, hasSecretKey: false, canKeepSecret: false, ready: false },
    setSmsSettings: undefined,
    sendSms: { ok: true, messageId: 'serial' },
    pullSmsReplies: { ok: true, replies: [] },
    ackSmsReplies: undefined,
  };
  const hostHandlers = Object.fromEntries(
    (Object.keys(results) as InvokeMethod[]).map((method) => [
      method,
      handler(invokeChannelNames[method], results[method]),
    ]),
  ) as unknown as HostHandlers;
  const unregister = registerIpcHandlers(hostHandlers, trust, target);
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(listener(event, ...args));
  };
  return { handlers, calls, invoke, unregister };
}

describe('IPC registration', () => {
  it('registers exactly the contract channels, and unregisters them', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(invokeChannelNames).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it.each(Object.keys(payloads) as InvokeChannel[])(
    '%s accepts a valid payload from the app',
    async (channel) => {
      const { invoke, calls } = setup();
      await invoke(channel, appEvent(), payloads[channel].good);
      expect(calls).toEqual([channel]);
    },
  );

  it.each(Object.keys(payloads) as InvokeChannel[])(
    '%s refuses every wrong payload before its handler runs',
    async (channel) => {
      const { invoke, calls } = setup();
      for (const bad of payloads[channel].bad) {
        await expect(invoke(channel, appEvent(), bad)).rejects.toThrow(/invalid payload/);
      }
      await expect(invoke(channel, appEvent(), payloads[channel].good, 'extra')).rejects.toThrow(
        /too many/,
      );
      expect(calls).toEqual([]);
    },
  );
});

describe('IPC sender check', () => {
  const foreign: [string, InvokeEventLike, RegExp][] = [
    [
      'another origin',
      { sender: { id: APP_WC_ID }, senderFrame: topFrame('https://evil.example/') },
      /origin/,
    ],
    [
      'a file: page',
      { sender: { id: APP_WC_ID }, senderFrame: topFrame('file:///tmp/x.html') },
      /origin/,
    ],
    [
      'a look-alike host',
      { sender: { id: APP_WC_ID }, senderFrame: topFrame('app://renderer.evil/') },
      /origin/,
    ],
    [
      'a sub-frame of the app',
      { sender: { id: APP_WC_ID }, senderFrame: { url: 'app://renderer/x', parent: topFrame() } },
      /sub-frame/,
    ],
    [
      'another webContents',
      { sender: { id: APP_WC_ID + 1 }, senderFrame: topFrame() },
      /not the app window/,
    ],
    ['a destroyed frame', { sender: { id: APP_WC_ID }, senderFrame: null }, /gone/],
  ];

  it.each(foreign)('refuses %s on every channel', async (_name, event, reason) => {
    const { invoke, calls } = setup();
    for (const channel of Object.keys(payloads) as InvokeChannel[]) {
      await expect(invoke(channel, event, payloads[channel].good)).rejects.toThrow(reason);
    }
    expect(calls).toEqual([]);
  });

  it('refuses everyone before the app window exists', async () => {
    const { target, handlers } = fakeIpcMain();
    registerIpcHandlers(
      {} as HostHandlers,
      { trustedOrigin: 'app://renderer', appWebContentsId: () => undefined },
      target,
    );
    await expect(Promise.resolve(handlers.get('app:info')?.(appEvent()))).rejects.toThrow(
      /not the app window/,
    );
  });

  it('trusts the dev server origin in dev', async () => {
    const { target, handlers } = fakeIpcMain();
    const info = vi.fn(async () => 'ok');
    registerIpcHandlers(
      { appInfo: info } as unknown as HostHandlers,
      { trustedOrigin: 'http://localhost:5173', appWebContentsId: () => 1 },
      target,
    );
    const event = { sender: { id: 1 }, senderFrame: topFrame('http://localhost:5173/') };
    await expect(Promise.resolve(handlers.get('app:info')?.(event, undefined))).resolves.toBe('ok');
  });
});

describe('events to the renderer', () => {
  it('sends a contract event on its channel with its checked payload', () => {
    const sent: [string, unknown][] = [];
    sendEvent({ send: (channel, payload) => void sent.push([channel, payload]) }, 'openTask', {
      taskId: 't-1',
    });
    expect(sent).toEqual([['task:open', { taskId: 't-1' }]]);
  });

  it('sends a lock with its reason on session:lock, and refuses an unknown reason', () => {
    const sent: [string, unknown][] = [];
    const sink = {
      send: (channel: string, payload: unknown) => void sent.push([channel, payload]),
    };
    sendEvent(sink, 'sessionLock', { reason: 'os-lock' });
    expect(sent).toEqual([['session:lock', { reason: 'os-lock' }]]);
    expect(() =>
      sendEvent(sink, 'sessionLock', { reason: 'later' } as unknown as { reason: 'idle' }),
    ).toThrow();
    expect(sent).toHaveLength(1);
  });

  it('refuses to send a payload off its schema', () => {
    const send = vi.fn();
    expect(() => sendEvent({ send }, 'openTask', { taskId: '' })).toThrow();
    expect(send).not.toHaveBeenCalled();
  });
});
