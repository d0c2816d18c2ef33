// The IPC router: it registers exactly the channels of the contract's table on an ipcMain-like
// target; each handler first checks who is asking (the app's own top frame in the app's own
// window) and then validates the payload with the channel's schema. Anything else is refused
// before a handler runs. Events to the renderer go out through `sendEvent`, checked the same way.
// It imports nothing from Electron: ipc.ts binds it to the real ipcMain, and the browser E2E's
// shell bridge (tests/e2e/shell-bridge.ts) runs the same checks and handlers in plain Node.
import { eventChannelNames, invokeChannelNames } from '../../shared/ipc/channel-names';
import type { HostEvent, InvokeMethod } from '../../shared/ipc/channel-names';
import { eventChannels, invokeChannels } from '../../shared/ipc/contract';
import type { EventPayload, InvokeResponse, ParsedRequest } from '../../shared/ipc/contract';
import { originOf } from './app-origin';

/**
 * One handler per contract channel, keyed by HostApi method: a missing or an extra handler is a
 * type error where the map is written (host-handlers.ts), and the test in ipc-types.test.ts
 * proves it.
 */
export type HostHandlers = {
  [M in InvokeMethod]: (request: ParsedRequest<M>) => Promise<InvokeResponse<M>>;
};

/** The parts of Electron's IpcMainInvokeEvent the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: never, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface SenderTrust {
  /** app://renderer in production, the dev server's origin in dev. */
  trustedOrigin: string;
  /** The webContents id of the app's own window (undefined before it exists). */
  appWebContentsId: () => number | undefined;
}

export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

/** Why a sender is refused, or null when it is the app's own main frame. */
export function senderProblem(event: InvokeEventLike, trust: SenderTrust): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'sender frame is gone';
  if (frame.parent !== null) return 'sender is a sub-frame';
  if (event.sender.id !== trust.appWebContentsId()) return 'sender is not the app window';
  if (originOf(frame.url) !== trust.trustedOrigin) return 'sender origin is not the app';
  return null;
}

export function registerIpcHandlers(
  handlers: HostHandlers,
  trust: SenderTrust,
  target: IpcMainLike,
): () => void {
  const register = <M extends InvokeMethod>(method: M) => {
    const channel = invokeChannelNames[method];
    const { request } = invokeChannels[method];
    target.handle(channel, async (event: InvokeEventLike, ...args: unknown[]) => {
      const problem = senderProblem(event, trust);
      if (problem) throw new IpcRefusedError(`${channel} refused: ${problem}`);
      if (args.length > 1) throw new IpcRefusedError(`${channel} refused: too many arguments`);
      const parsed = request.safeParse(args[0]);
      if (!parsed.success) {
        throw new IpcRefusedError(
          `${channel} refused: invalid payload (${parsed.error.issues.length} issue(s))`,
        );
      }
      // The schema and the handler are typed per method, but TypeScript cannot follow the
      // correlation through the generic index, hence the cast. Results are not parsed again:
      // main is trusted, and the handler map's types already hold them to the response schema.
      return handlers[method](parsed.data as ParsedRequest<M>);
    });
  };
  const methods = Object.keys(invokeChannelNames) as InvokeMethod[];
  methods.forEach(register);
  return () => methods.forEach((method) => target.removeHandler(invokeChannelNames[method]));
}

/** The part of webContents that sendEvent uses. */
export interface EventSink {
  send(channel: string, payload: unknown): void;
}

/** Sends a contract event to the renderer; a payload off its schema is a bug in main and throws. */
export function sendEvent<E extends HostEvent>(
  target: EventSink,
  event: E,
  payload: EventPayload<E>,
): void {
  target.send(eventChannelNames[event], eventChannels[event].parse(payload));
}
