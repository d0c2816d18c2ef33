// SMTP settings in main: the authorisation code is kept only encrypted (the secret box stands in
// for safeStorage's async API), never returned to the window, dropped when the account changes,
// refused without an OS key store; the mail service sends through what is kept.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMailService } from '../../../electron/main/mail/mail-service';
import {
  createMailSettingsStore,
  MAIL_SETTINGS_FILE_NAME,
  SecretUnavailableError,
  type SecretBox,
} from '../../../electron/main/mail/mail-settings-store';
import { safeStorageBox } from '../../../electron/main/mail/safe-storage-box';
import type { SmtpSettings } from '../../../electron/main/mail/mail-sender';

// The real safeStorage needs a running Electron; each test passes its own stand-in.
vi.mock('electron', () => ({ safeStorage: {} }));

/** Reversible, and visibly not the plain text. */
const box = (available = true): SecretBox => ({
  available: async () => available,
  encrypt: async (plain) => Buffer.from(`sealed:${Buffer.from(plain).reverse().toString('hex')}`),
  decrypt: async (sealed) => {
    const text = Buffer.from(sealed).toString();
    if (!text.startsWith('sealed:')) throw new Error('not ours');
    return Buffer.from(text.slice(7), 'hex').reverse().toString();
  },
});

const settings = (over: Partial<SmtpSettings> = {}): SmtpSettings => ({
  host: '127.0.0.1',
  port: 2525,
  secure: false,
  requireTls: false,
  user: 'desk@example.cn',
  fromName: null,
  ...over,
});

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

describe('mail settings store', () => {
  it('keeps the code encrypted, says only that one is kept, drops it for another account', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-settings-'));
    const store = createMailSettingsStore(dir, box());
    expect(await store.read()).toEqual({ settings: null, hasAuthCode: false });
    await store.write(settings(), 'secret-code-123');
    const file = readFileSync(join(dir, MAIL_SETTINGS_FILE_NAME), 'utf8');
    expect(file).not.toContain('secret-code-123');
    expect(await store.read()).toEqual({ settings: settings(), hasAuthCode: true });
    expect(await store.authCode()).toBe('secret-code-123');
    // Same account, new port: the code stays.
    await store.write(settings({ port: 587 }));
    expect(await store.authCode()).toBe('secret-code-123');
    // Another account: the old code does not belong to it.
    await store.write(settings({ user: 'other@example.cn' }));
    expect(await store.read()).toMatchObject({ hasAuthCode: false });
    expect(await store.authCode()).toBeNull();
  });

  it('refuses to keep a code without an OS key store; Linux basic_text counts as none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-settings-'));
    const store = createMailSettingsStore(dir, box(false));
    await expect(store.write(settings(), 'code')).rejects.toBeInstanceOf(SecretUnavailableError);
    const fake = (backend: string) => ({
      isAsyncEncryptionAvailable: async () => true,
      encryptStringAsync: async (s: string) => Buffer.from(s),
      decryptStringAsync: async (b: Buffer) => ({ result: b.toString(), shouldReEncrypt: false }),
      getSelectedStorageBackend: () => backend,
    });
    expect(await safeStorageBox(fake('basic_text') as never, 'linux').available()).toBe(false);
    expect(await safeStorageBox(fake('gnome_libsecret') as never, 'linux').available()).toBe(true);
    expect(await safeStorageBox(fake('unknown') as never, 'win32').available()).toBe(true);
  });
});

describe('mail service', () => {
  it('not configured until a code is kept; then sends through the local server', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _s, cb) =>
        auth.password === 'right-code' ? cb(null, { user: 'u' }) : cb(new Error('no')),
      onData(stream, session, cb) {
        stream.resume();
        stream.on('end', () => {
          received.push(session.envelope.rcptTo.map((r) => r.address).join());
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const port = (server.server.address() as AddressInfo).port;

    const service = createMailService(
      createMailSettingsStore(mkdtempSync(join(tmpdir(), 'mail-svc-')), box()),
    );
    const message = { to: 'li@example.com', subject: '续保', text: '您好', idempotencyKey: 'k1' };
    expect(await service.send(message)).toMatchObject({ ok: false, reason: 'not_configured' });
    await service.set(settings({ port }), 'wrong-code');
    expect(await service.test()).toMatchObject({ ok: false, reason: 'auth', retry: false });
    await service.set(settings({ port }), 'right-code');
    expect(await service.test()).toEqual({ ok: true, messageId: '' });
    expect(await service.send(message)).toMatchObject({ ok: true });
    expect(received).toEqual(['li@example.com']);
    expect(await service.get()).toEqual({
      settings: settings({ port }),
      hasAuthCode: true,
      canKeepSecret: true,
    });
    closers.push(async () => service.set(settings({ port: 1 })));
  });
});
