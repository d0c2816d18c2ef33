// Keeps the window on the app: no navigation away, no new windows, no permissions but
// notifications and persistent storage for the app's own origin, and only vetted links handed to the OS.
import { ALLOWED_EXTERNAL_SCHEMES } from '../../shared/ipc/schemas';
import { isAppUrl, originOf } from './app-origin';

/**
 * https hosts the app may open in the system browser (with their subdomains): insurers'
 * official sites and the traffic-police service the scripts refer customers to. Anything else
 * is refused, so a link planted in imported data cannot send staff to a phishing page.
 */
export const ALLOWED_WEB_HOSTS = [
  '12123.gov.cn',
  'picc.com',
  'picc.com.cn',
  'epicc.com.cn',
  'pingan.com',
  'pingan.com.cn',
  'cpic.com.cn',
  'chinalife-p.com.cn',
  'ccic-net.com.cn',
  'sinosig.com',
  'taikang.com',
  'ecpic.com.cn',
];

function hostAllowed(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return allowedHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/**
 * Whether a URL may be handed to the OS: tel:, sms:, mailto: always (they open the phone,
 * SMS or mail app), https: only to an allowed host; file:, javascript:, http: and the rest never.
 */
export function isExternalUrlAllowed(
  url: string,
  allowedHosts: readonly string[] = ALLOWED_WEB_HOSTS,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_EXTERNAL_SCHEMES.includes(parsed.protocol)) return false;
  if (parsed.protocol !== 'https:') return true;
  if (parsed.username || parsed.password) return false; // https://trusted.com@evil.example
  return hostAllowed(parsed.hostname, allowedHosts);
}

export type OpenExternal = (url: string) => Promise<void>;

/** Opens the URL with the OS when allowed; returns false (and opens nothing) otherwise. */
export async function openExternalSafely(
  openExternal: OpenExternal,
  url: string,
  allowedHosts: readonly string[] = ALLOWED_WEB_HOSTS,
): Promise<boolean> {
  if (!isExternalUrlAllowed(url, allowedHosts)) return false;
  await openExternal(url);
  return true;
}

interface NavigationEvent {
  preventDefault(): void;
}
export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: NavigationEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Navigation away from the app origin is cancelled; window.open and target=_blank never create
 * a window: an allowed link goes to the system browser instead; <webview> is refused.
 */
export function hardenWebContents(
  contents: WebContentsLike,
  options: { trustedOrigin: string; openExternal: OpenExternal; allowedHosts?: readonly string[] },
): void {
  const allowed = options.allowedHosts ?? ALLOWED_WEB_HOSTS;
  const guard = (event: NavigationEvent, url: string) => {
    if (!isAppUrl(url, options.trustedOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(options.openExternal, url, allowed).catch(() => false);
    return { action: 'deny' };
  });
}

/**
 * What the app may use: OS notifications, and persistent storage so the agency's records are
 * never evicted under disk pressure (the renderer asks for it at start). Camera, geolocation,
 * USB, clipboard reads… are refused. Only the app's own pages get even these: a foreign page
 * that got into a frame or a window somehow must not be able to notify or pin storage.
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['notifications', 'persistent-storage'];

/** The parts of Electron's permission handler details the rule reads. */
interface RequestDetails {
  requestingUrl?: string;
}
interface CheckDetails {
  requestingUrl?: string;
  embeddingOrigin?: string;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: RequestDetails,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      contents: unknown,
      permission: string,
      requestingOrigin: string,
      details: CheckDetails,
    ) => boolean,
  ): void;
}

/** Granted only when the permission is on the list AND every origin given is the app's own. */
export function isPermissionGranted(
  permission: string,
  origins: readonly (string | undefined)[],
  trustedOrigin: string,
): boolean {
  if (!GRANTED_PERMISSIONS.includes(permission)) return false;
  // A missing origin is not proof of anything: deny rather than assume it is ours.
  return (
    origins.length > 0 &&
    origins.every((origin) => origin !== undefined && originOf(origin) === trustedOrigin)
  );
}

export function installPermissionHandlers(session: SessionLike, trustedOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, [details.requestingUrl], trustedOrigin)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    // An embedded page is judged by its own origin and by the page embedding it.
    const origins = [requestingOrigin];
    if (details.embeddingOrigin) origins.push(details.embeddingOrigin);
    return isPermissionGranted(permission, origins, trustedOrigin);
  });
}
