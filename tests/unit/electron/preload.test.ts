import { describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../shared/ipc/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(
  async (channel: string, _payload?: unknown): Promise<unknown> => `${channel}-result`,
);
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

const hostApiKeys: (keyof HostApi)[] = [
  'appInfo',
  'setStartAtLogin',
  'getStartAtLogin',
  'syncReminderPlan',
  'openExternal',
  'saveFile',
  'setIdleLockMinutes',
  'appendAuditHead',
  'readAuditHead',
  'replaceAuditHead',
  'onOpenTask',
  'onSessionLock',
  'backupWrite',
  'backupList',
  'backupChooseFolder',
  'backupRead',
  'getMailSettings',
  'setMailSettings',
  'testMail',
  'sendMail',
  'getSmsSettings',
  'setSmsSettings',
  'sendSms',
  'pullSmsReplies',
  'ackSmsReplies',
];

describe('preload', () => {
  it('exposes exactly window.api with the HostApi methods, nothing generic', async () => {
    await import('../../../electron/preload/index');
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...hostApiKeys].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('maps each method to its contract channel', async () => {
    const api = exposed.get('api') as HostApi;
    await api.setStartAtLogin({ enabled: true });
    expect(invoke).toHaveBeenLastCalledWith('app:set-start-at-login', { enabled: true });
    await api.openExternal('tel:10086');
    expect(invoke).toHaveBeenLastCalledWith('shell:open-external', 'tel:10086');
    invoke.mockRejectedValueOnce(new Error('refused'));
    await expect(api.openExternal('file:///etc/passwd')).resolves.toBe(false);
  });

  it('sends every method on its own channel, with no payload when the channel takes none', async () => {
    const api = exposed.get('api') as HostApi;
    await api.appInfo();
    expect(invoke).toHaveBeenLastCalledWith('app:info', undefined);
    await api.getStartAtLogin();
    expect(invoke).toHaveBeenLastCalledWith('app:get-start-at-login', undefined);
    await api.syncReminderPlan({ generatedAt: 'x', dueCount: 0, doNotDisturb: false, items: [] });
    expect(invoke).toHaveBeenLastCalledWith(
      'scheduler:sync',
      expect.objectContaining({ dueCount: 0 }),
    );
    const request = {
      suggestedName: 'a.xlsx',
      data: new Uint8Array(),
      filterName: 'E',
      extensions: ['xlsx'],
    };
    await expect(api.saveFile(request)).resolves.toBe('file:save-result');
    expect(invoke).toHaveBeenLastCalledWith('file:save', request);
  });

  it('delivers task:open events and unsubscribes', async () => {
    const api = exposed.get('api') as HostApi;
    const seen: string[] = [];
    const off = api.onOpenTask(({ taskId }) => seen.push(taskId));
    listeners.get('task:open')?.({}, { taskId: 't-1' });
    listeners.get('task:open')?.({}, { taskId: 42 }); // malformed: ignored
    expect(seen).toEqual(['t-1']);
    off();
    expect(listeners.has('task:open')).toBe(false);
  });

  it('delivers session:lock with a known reason only', async () => {
    const api = exposed.get('api') as HostApi;
    const seen: string[] = [];
    const off = api.onSessionLock(({ reason }) => seen.push(reason));
    const send = (payload: unknown) => listeners.get('session:lock')?.({}, payload);
    send({ reason: 'os-lock' });
    send({ reason: 'sleep' });
    send({ reason: 'idle' });
    send({ reason: 'manual' }); // a trigger of the window's own, never main's: ignored
    send({});
    send(null);
    expect(seen).toEqual(['os-lock', 'sleep', 'idle']);
    off();
    expect(listeners.has('session:lock')).toBe(false);
  });

  it('sends the idle minutes and the audit head on their own channels', async () => {
    const api = exposed.get('api') as HostApi;
    await api.setIdleLockMinutes({ minutes: 5 });
    expect(invoke).toHaveBeenLastCalledWith('session:set-idle-lock-minutes', { minutes: 5 });
    const head = { seq: 2, hash: 'b'.repeat(64) };
    await api.appendAuditHead(head);
    expect(invoke).toHaveBeenLastCalledWith('audit:append-head', head);
    await api.readAuditHead();
    expect(invoke).toHaveBeenLastCalledWith('audit:read-head', undefined);
    await api.replaceAuditHead({ head: null });
    expect(invoke).toHaveBeenLastCalledWith('audit:replace-head', { head: null });
  });
});
