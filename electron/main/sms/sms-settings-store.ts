// The SMS provider's settings in userData/sms-settings.json, the secret key beside them sealed
// with safeStorage's async API (the same secret box as the SMTP code), and the replies pulled
// from the provider that the desk has not recorded yet (userData/sms-replies.json): the
// provider hands each reply out once, so main keeps it until the desk says it is recorded.
import { join } from 'node:path';
import { z } from 'zod';
import type { SmsReplyWire, SmsSettingsWire } from '../../../shared/ipc/contract';
import { smsReplySchema, smsSettingsSchema } from '../../../shared/ipc/schemas';
import { readJsonFileResult, writeFileAtomic } from '../../scheduler/atomic-file';
import { SecretUnavailableError, type SecretBox } from '../mail/mail-settings-store';

export const SMS_SETTINGS_FILE_NAME = 'sms-settings.json';
export const SMS_REPLIES_FILE_NAME = 'sms-replies.json';

const fileSchema = z.strictObject({
  version: z.literal(1),
  settings: smsSettingsSchema,
  /** base64 of safeStorage's ciphertext, or null. */
  secretKey: z.string().nullable(),
});
const repliesSchema = z.strictObject({ version: z.literal(1), replies: z.array(smsReplySchema) });

export interface SmsSettingsStore {
  read(): Promise<{ settings: SmsSettingsWire | null; hasSecretKey: boolean }>;
  canKeepSecret(): Promise<boolean>;
  /** `secretKey` undefined keeps the kept one (if the settings name the same secret id). */
  write(settings: SmsSettingsWire, secretKey?: string): Promise<void>;
  secretKey(): Promise<string | null>;
  pendingReplies(): Promise<SmsReplyWire[]>;
  /** Adds replies not kept yet (by id); returns every pending one. */
  keepReplies(replies: readonly SmsReplyWire[]): Promise<SmsReplyWire[]>;
  forgetReplies(ids: readonly string[]): Promise<void>;
}

export function createSmsSettingsStore(dir: string, box: SecretBox): SmsSettingsStore {
  const file = join(dir, SMS_SETTINGS_FILE_NAME);
  const repliesFile = join(dir, SMS_REPLIES_FILE_NAME);
  async function load(): Promise<z.output<typeof fileSchema> | null> {
    const read = await readJsonFileResult(file);
    if (read.status !== 'ok') return null;
    const parsed = fileSchema.safeParse(read.value);
    return parsed.success ? parsed.data : null;
  }
  async function loadReplies(): Promise<SmsReplyWire[]> {
    const read = await readJsonFileResult(repliesFile);
    if (read.status !== 'ok') return [];
    const parsed = repliesSchema.safeParse(read.value);
    return parsed.success ? parsed.data.replies : [];
  }
  const saveReplies = (replies: SmsReplyWire[]) =>
    writeFileAtomic(repliesFile, `${JSON.stringify({ version: 1, replies })}\n`);
  return {
    async read() {
      const stored = await load();
      return { settings: stored?.settings ?? null, hasSecretKey: !!stored?.secretKey };
    },
    canKeepSecret: () => box.available(),
    async write(settings, secretKey) {
      const stored = await load();
      let sealed: string | null = null;
      if (secretKey !== undefined) {
        if (!(await box.available())) throw new SecretUnavailableError();
        sealed = Buffer.from(await box.encrypt(secretKey)).toString('base64');
      } else if (stored?.secretKey && stored.settings.secretId === settings.secretId) {
        sealed = stored.secretKey;
      }
      const content = { version: 1 as const, settings, secretKey: sealed };
      await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
    },
    async secretKey() {
      const stored = await load();
      if (!stored?.secretKey) return null;
      try {
        return await box.decrypt(Buffer.from(stored.secretKey, 'base64'));
      } catch {
        return null;
      }
    },
    pendingReplies: loadReplies,
    async keepReplies(replies) {
      const pending = await loadReplies();
      const known = new Set(pending.map((r) => r.id));
      const added = replies.filter((r) => !known.has(r.id));
      if (added.length === 0) return pending;
      const all = [...pending, ...added];
      await saveReplies(all);
      return all;
    },
    async forgetReplies(ids) {
      const drop = new Set(ids);
      const pending = await loadReplies();
      const left = pending.filter((r) => !drop.has(r.id));
      if (left.length !== pending.length) await saveReplies(left);
    },
  };
}
