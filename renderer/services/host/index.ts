// Features ask for the host here and never know which one they got: the Electron preload's
// `window.api`, or the browser host.
import type { HostApi } from '../../../shared/ipc/contract';
import { createWebHost } from './web-host';

declare global {
  interface Window {
    /** Present only inside the Electron shell (exposed by the preload). */
    api?: HostApi;
  }
}

let host: HostApi | null = null;

export function getHost(): HostApi {
  host ??= window.api ?? createWebHost();
  return host;
}

export type { HostApi } from '../../../shared/ipc/contract';
