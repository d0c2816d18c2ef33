// THE one place that touches ipcRenderer. It exposes exactly `window.api` (HostApi): one named
// method per contract channel and one `on<Event>` per event, built from the channel names;
// never ipcRenderer itself or a generic invoke(channel, …).
// Bundled to CommonJS (sandboxed preloads cannot load ES modules or other files). It imports
// only the zod-free name list and types, so no validation library is shipped into the page.
import { contextBridge, ipcRenderer } from 'electron';
import {
  eventChannelNames,
  invokeChannelNames,
  listenerMethod,
} from '../../shared/ipc/channel-names';
import type { HostEvent, InvokeMethod } from '../../shared/ipc/channel-names';
import type { EventPayload, HostApi } from '../../shared/ipc/contract';
// Import-free, so the bundle stays small (see channel-names.ts); not the identity index.
import { HOST_LOCK_TRIGGERS } from '../../shared/domain/identity/lock-policy';

type Invokers = Pick<HostApi, InvokeMethod>;
type Listeners = Omit<HostApi, InvokeMethod>;

/**
 * Checks an event payload before a listener sees it (main is trusted, but a malformed message
 * must not reach the page). Typed per event: a new event without a check fails typecheck.
 */
const eventChecks: { [E in HostEvent]: (payload: unknown) => payload is EventPayload<E> } = {
  openTask: (payload): payload is EventPayload<'openTask'> => {
    const taskId = (payload as { taskId?: unknown } | null)?.taskId;
    return typeof taskId === 'string' && taskId.length > 0 && taskId.length <= 100;
  },
  sessionLock: (payload): payload is EventPayload<'sessionLock'> => {
    const reason = (payload as { reason?: unknown } | null)?.reason;
    return (HOST_LOCK_TRIGGERS as readonly unknown[]).includes(reason);
  },
};

function bindInvokers(): Invokers {
  const methods = Object.keys(invokeChannelNames) as InvokeMethod[];
  // Each method sends on its own fixed channel; a method without a request sends undefined.
  const bound = Object.fromEntries(
    methods.map((method) => {
      const channel = invokeChannelNames[method];
      return [method, (request?: unknown) => ipcRenderer.invoke(channel, request)];
    }),
  ) as Invokers;
  // The contract says "false when refused": a URL the schema rejects is refused too.
  const openExternal = bound.openExternal;
  return { ...bound, openExternal: (url) => openExternal(url).catch(() => false) };
}

function bindListeners(): Listeners {
  const events = Object.keys(eventChannelNames) as HostEvent[];
  return Object.fromEntries(
    events.map((event) => {
      const channel = eventChannelNames[event];
      const subscribe = (listener: (payload: unknown) => void) => {
        const handler = (_event: unknown, payload: unknown) => {
          if (eventChecks[event](payload)) listener(payload);
        };
        ipcRenderer.on(channel, handler);
        return () => {
          ipcRenderer.removeListener(channel, handler);
        };
      };
      return [listenerMethod(event), subscribe];
    }),
  ) as Listeners;
}

export const hostApi: HostApi = { ...bindInvokers(), ...bindListeners() };

contextBridge.exposeInMainWorld('api', hostApi);
