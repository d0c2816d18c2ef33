import { describe, expect, it, vi } from 'vitest';
import {
  hardenWebContents,
  installPermissionHandlers,
  isExternalUrlAllowed,
  openExternalSafely,
} from '../../../electron/main/security';
import type { SessionLike, WebContentsLike } from '../../../electron/main/security';

type Nav = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Nav>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: WebContentsLike = {
    on: (event: string, listener: Nav) => void listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  } as WebContentsLike;
  const navigate = (event: string, url: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, navigate, open: (url: string) => openHandler?.({ url }) };
}

describe('navigation and window.open', () => {
  const setup = () => {
    const fake = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    hardenWebContents(fake.contents, { trustedOrigin: 'app://renderer', openExternal });
    return { ...fake, openExternal };
  };

  it('lets the app navigate within its own origin', () => {
    const { navigate } = setup();
    expect(navigate('will-navigate', 'app://renderer/index.html#/clients')).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
  ])('denies navigating or redirecting to %s', (url) => {
    const { navigate } = setup();
    expect(navigate('will-navigate', url)).toBe(true);
    expect(navigate('will-redirect', url)).toBe(true);
  });

  it('refuses <webview> attachment', () => {
    const { navigate } = setup();
    expect(navigate('will-attach-webview', '')).toBe(true);
  });

  it('never opens a window; an allowed https link goes to the system browser', async () => {
    const { open, openExternal } = setup();
    expect(open('https://www.picc.com/claims')).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(openExternal).toHaveBeenCalledWith('https://www.picc.com/claims'),
    );
  });

  it('window.open of a foreign or dangerous URL is denied and opens nothing', async () => {
    const { open, openExternal } = setup();
    for (const url of [
      'https://evil.example/',
      'http://www.picc.com/',
      'file:///C:/x',
      'app://renderer/x',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('openExternal allow-list', () => {
  it.each([
    'tel:13800138000',
    'sms:13800138000?body=hi',
    'mailto:a@b.cn',
    'https://picc.com/',
    'https://e.pingan.com/x',
  ])('allows %s', (url) => expect(isExternalUrlAllowed(url)).toBe(true));

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://picc.com/',
    'http://unknown.example/',
    'https://unknown.example/',
    'https://picc.com.evil.example/',
    'https://evilpicc.com/',
    'https://picc.com@evil.example/',
    'smb://host/share',
    'not a url',
  ])('refuses %s', async (url) => {
    const opener = vi.fn(async () => undefined);
    expect(isExternalUrlAllowed(url)).toBe(false);
    await expect(openExternalSafely(opener, url)).resolves.toBe(false);
    expect(opener).not.toHaveBeenCalled();
  });

  it('hands an allowed URL to the OS and reports true', async () => {
    const opener = vi.fn(async () => undefined);
    await expect(openExternalSafely(opener, 'tel:10086')).resolves.toBe(true);
    expect(opener).toHaveBeenCalledWith('tel:10086');
  });
});

describe('permissions', () => {
  const APP = 'app://renderer';
  function setup(trustedOrigin = APP) {
    let request: Parameters<SessionLike['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<SessionLike['setPermissionCheckHandler']>[0] | undefined;
    installPermissionHandlers(
      {
        setPermissionRequestHandler: (h) => (request = h),
        setPermissionCheckHandler: (h) => (check = h),
      },
      trustedOrigin,
    );
    const askWith = (permission: string, details: { requestingUrl?: string }) => {
      let granted: boolean | undefined;
      request?.({}, permission, (g) => (granted = g), details);
      return granted;
    };
    const ask = (permission: string, requestingUrl = `${APP}/index.html`) =>
      askWith(permission, { requestingUrl });
    const checks = (permission: string, origin = APP, embeddingOrigin?: string) =>
      check?.({}, permission, origin, embeddingOrigin ? { embeddingOrigin } : {});
    return { ask, askWith, check: checks };
  }

  it.each(['notifications', 'persistent-storage'])('grants %s to the app itself', (permission) => {
    const { ask, check } = setup();
    expect(ask(permission)).toBe(true);
    expect(check(permission)).toBe(true);
    expect(check(permission, `${APP}/`)).toBe(true);
  });

  it.each([
    'media',
    'geolocation',
    'clipboard-read',
    'usb',
    'hid',
    'serial',
    'openExternal',
    'fullscreen',
    'unknown',
  ])('denies %s even to the app', (permission) => {
    const { ask, check } = setup();
    expect(ask(permission)).toBe(false);
    expect(check(permission)).toBe(false);
  });

  it.each(['https://evil.example', 'http://localhost:5173', 'app://other', 'file://', 'null', ''])(
    'denies notifications and persistent storage to the foreign origin %j',
    (origin) => {
      const { ask, check } = setup();
      for (const permission of ['notifications', 'persistent-storage']) {
        expect(ask(permission, `${origin}/page.html`)).toBe(false);
        expect(check(permission, origin)).toBe(false);
      }
    },
  );

  it('denies a request that does not say where it comes from', () => {
    const { askWith } = setup();
    expect(askWith('notifications', {})).toBe(false);
  });

  it('denies a foreign frame embedded in the app, and the app embedded in a foreign page', () => {
    const { check } = setup();
    expect(check('notifications', 'https://evil.example', APP)).toBe(false);
    expect(check('notifications', APP, 'https://evil.example')).toBe(false);
  });

  it('in development the dev server is the app origin, and app:// is not', () => {
    const { ask, check } = setup('http://localhost:5173');
    expect(ask('notifications', 'http://localhost:5173/#/today')).toBe(true);
    expect(check('notifications', 'http://localhost:5173')).toBe(true);
    expect(ask('notifications', `${APP}/index.html`)).toBe(false);
    expect(check('notifications', 'http://localhost:5174')).toBe(false);
  });
});
