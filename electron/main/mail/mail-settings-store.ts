// The agency's SMTP settings in userData/mail-settings.json, and the authorisation code beside
// them encrypted with Electron's safeStorage (async API: DPAPI on Windows, the Keychain on
// macOS, libsecret/KWallet on Linux). The secret box is injected so the store is tested without
// Electron. Without an OS key store (Linux 'basic_text') the code is not kept at all: a
// plaintext-equivalent file would give the agency's mailbox to whoever copies the folder.
import { join } from 'node:path';
import { z } from 'zod';
import { smtpSettingsSchema } from '../../../shared/ipc/schemas';
import { readJsonFileResult, writeFileAtomic } from '../../scheduler/atomic-file';
import type { SmtpSettings } from './mail-sender';

export const MAIL_SETTINGS_FILE_NAME = 'mail-settings.json';

export interface SecretBox {
  /** Whether secrets can be kept (an OS key store behind safeStorage). */
  available(): Promise<boolean>;
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(sealed: Uint8Array): Promise<string>;
}

const fileSchema = z.strictObject({
  version: z.literal(1),
  settings: smtpSettingsSchema,
  /** base64 of safeStorage's ciphertext, or null. */
  authCode: z.string().nullable(),
});

export class SecretUnavailableError extends Error {
  readonly code = 'secret-unavailable';
  constructor() {
    super('no OS key store: the authorisation code cannot be kept');
    this.name = 'SecretUnavailableError';
  }
}

export interface MailSettingsStore {
  read(): Promise<{ settings: SmtpSettings | null; hasAuthCode: boolean }>;
  canKeepSecret(): Promise<boolean>;
  /** `authCode` undefined keeps the kept one (if the settings name the same user). */
  write(settings: SmtpSettings, authCode?: string): Promise<void>;
  /** The decrypted code, or null when none is kept (or it cannot be decrypted any more). */
  authCode(): Promise<string | null>;
}

export function createMailSettingsStore(dir: string, box: SecretBox): MailSettingsStore {
  const file = join(dir, MAIL_SETTINGS_FILE_NAME);
  async function load(): Promise<z.output<typeof fileSchema> | null> {
    const read = await readJsonFileResult(file);
    if (read.status !== 'ok') return null;
    const parsed = fileSchema.safeParse(read.value);
    return parsed.success ? parsed.data : null;
  }
  return {
    async read() {
      const stored = await load();
      return { settings: stored?.settings ?? null, hasAuthCode: !!stored?.authCode };
    },
    canKeepSecret: () => box.available(),
    async write(settings, authCode) {
      const stored = await load();
      let sealed: string | null = null;
      if (authCode !== undefined) {
        if (!(await box.available())) throw new SecretUnavailableError();
        sealed = Buffer.from(await box.encrypt(authCode)).toString('base64');
      } else if (stored?.authCode && stored.settings.user === settings.user) {
        // Same account: the code kept still belongs to it. Another account needs its own.
        sealed = stored.authCode;
      }
      const content = { version: 1 as const, settings, authCode: sealed };
      await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
    },
    async authCode() {
      const stored = await load();
      if (!stored?.authCode) return null;
      try {
        return await box.decrypt(Buffer.from(stored.authCode, 'base64'));
      } catch {
        // Another OS user, a reinstalled system: the code must be entered again.
        return null;
      }
    },
  };
}
