// Where the app's own pages come from. Production: the custom app:// scheme (never file://);
// dev: the Vite server named by RENDERER_URL. Everything else is foreign.
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it cannot be parsed. Computed by hand because
 * Node's URL reports origin "null" for schemes it does not know, such as app:.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** The one origin the app trusts: the dev server's in dev, app://renderer otherwise. */
export function appOrigin(devRendererUrl?: string): string {
  const dev = devRendererUrl ? originOf(devRendererUrl) : null;
  return dev ?? `${APP_SCHEME}://${APP_HOST}`;
}

export function isAppUrl(url: string, trustedOrigin: string): boolean {
  return originOf(url) === trustedOrigin;
}
