// THE one place that touches ipcMain. It registers exactly the channels of the contract's
// `invokeChannels`; each handler first checks who is asking (the app's own top frame in the
// app's own window) and then validates the payload with the channel's schema. Anything else
// is refused before a handler runs.
import { ipcMain } from 'electron';
import type { z } from 'zod';
import { invokeChannels } from '../../shared/ipc/contract';
import type { AppInfo, InvokeChannel, SaveFileResult } from '../../shared/ipc/contract';
import { originOf } from './app-origin';

export type ChannelPayload<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]>;

export interface ChannelResults {
  'app:info': AppInfo;
  'app:set-start-at-login': void;
  'app:get-start-at-login': boolean;
  'scheduler:sync': void;
  'shell:open-external': boolean;
  'file:save': SaveFileResult;
}

export type HostHandlers = {
  [C in InvokeChannel]: (payload: ChannelPayload<C>) => Promise<ChannelResults[C]>;
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
  target: IpcMainLike = ipcMain as unknown as IpcMainLike,
): () => void {
  const register = <C extends InvokeChannel>(channel: C) => {
    const schema = invokeChannels[channel];
    target.handle(channel, async (event: InvokeEventLike, ...args: unknown[]) => {
      const problem = senderProblem(event, trust);
      if (problem) throw new IpcRefusedError(`${channel} refused: ${problem}`);
      if (args.length > 1) throw new IpcRefusedError(`${channel} refused: too many arguments`);
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        throw new IpcRefusedError(
          `${channel} refused: invalid payload (${parsed.error.issues.length} issue(s))`,
        );
      }
      return handlers[channel](parsed.data as ChannelPayload<C>);
    });
  };
  const channels = Object.keys(invokeChannels) as InvokeChannel[];
  channels.forEach(register);
  return () => channels.forEach((channel) => target.removeHandler(channel));
}
