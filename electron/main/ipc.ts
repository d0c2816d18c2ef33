// THE one place that touches ipcMain: the router (ipc-router.ts: sender check, payload schema,
// one handler per contract channel) bound to Electron's own ipcMain.
import { ipcMain } from 'electron';
import {
  registerIpcHandlers as registerOn,
  type HostHandlers,
  type IpcMainLike,
  type SenderTrust,
} from './ipc-router';

export {
  IpcRefusedError,
  sendEvent,
  senderProblem,
  type EventSink,
  type FrameLike,
  type HostHandlers,
  type InvokeEventLike,
  type IpcMainLike,
  type SenderTrust,
} from './ipc-router';

export function registerIpcHandlers(
  handlers: HostHandlers,
  trust: SenderTrust,
  target: IpcMainLike = ipcMain as unknown as IpcMainLike,
): () => void {
  return registerOn(handlers, trust, target);
}
