// THE one place that touches ipcRenderer. It exposes exactly `window.api` (HostApi): one
// method per contract channel, never ipcRenderer itself or a generic invoke(channel, …).
// Bundled to CommonJS (sandboxed preloads cannot load ES modules or other files); only types
// come from the contract, so no validation library is shipped into the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { EventChannel, HostApi, InvokeChannel } from '../../shared/ipc/contract';

const invoke = <T>(channel: InvokeChannel, payload?: unknown): Promise<T> =>
  ipcRenderer.invoke(channel, payload) as Promise<T>;

const TASK_OPEN: EventChannel = 'task:open';

export const hostApi: HostApi = {
  appInfo: () => invoke('app:info'),
  setStartAtLogin: (enabled) => invoke('app:set-start-at-login', { enabled }),
  getStartAtLogin: () => invoke('app:get-start-at-login'),
  syncReminderPlan: (plan) => invoke('scheduler:sync', plan),
  // The contract says "false when refused": a URL the schema rejects is refused too.
  openExternal: (url) => invoke<boolean>('shell:open-external', url).catch(() => false),
  saveFile: (request) => invoke('file:save', request),
  onOpenTask: (listener) => {
    const handler = (_event: unknown, payload: unknown) => {
      const taskId = (payload as { taskId?: unknown } | null)?.taskId;
      if (typeof taskId === 'string' && taskId.length > 0) listener(taskId);
    };
    ipcRenderer.on(TASK_OPEN, handler);
    return () => {
      ipcRenderer.removeListener(TASK_OPEN, handler);
    };
  },
};

contextBridge.exposeInMainWorld('api', hostApi);
