// What the mail channels do: the settings (never the code back), a connection test, one send.
// A failure is an answer ({ ok: false, reason }), not a thrown error, so its name crosses IPC.
// One sender (one pooled connection) is kept while the settings stay the same.
import type { MailResult, MailSettingsInfo } from '../../../shared/ipc/contract';
import { createMailSender, MailError, type MailMessage, type MailSender } from './mail-sender';
import type { MailSettingsStore } from './mail-settings-store';
import type { SmtpSettings } from './mail-sender';

export interface MailService {
  get(): Promise<MailSettingsInfo>;
  set(settings: SmtpSettings, authCode?: string): Promise<void>;
  test(): Promise<MailResult>;
  send(message: MailMessage): Promise<MailResult>;
}

type SenderFactory = (settings: SmtpSettings, authCode: string) => MailSender;

export function createMailService(
  store: MailSettingsStore,
  createSender: SenderFactory = (s, code) => createMailSender(s, code),
): MailService {
  let current: { key: string; sender: MailSender } | null = null;

  async function sender(): Promise<MailSender | null> {
    const { settings } = await store.read();
    const code = settings ? await store.authCode() : null;
    if (!settings || !code) return null;
    const key = JSON.stringify(settings);
    if (current?.key !== key) {
      current?.sender.close();
      current = { key, sender: createSender(settings, code) };
    }
    return current.sender;
  }

  const notConfigured: MailResult = {
    ok: false,
    reason: 'not_configured',
    retry: false,
    detail: '',
  };
  const failed = (error: unknown): MailResult => {
    if (error instanceof MailError)
      return { ok: false, reason: error.reason, retry: error.retry, detail: '' };
    return { ok: false, reason: 'connection', retry: true, detail: '' };
  };

  return {
    async get() {
      const { settings, hasAuthCode } = await store.read();
      return { settings, hasAuthCode, canKeepSecret: await store.canKeepSecret() };
    },
    async set(settings, authCode) {
      await store.write(settings, authCode);
      current?.sender.close();
      current = null;
    },
    async test() {
      const s = await sender();
      if (!s) return notConfigured;
      try {
        await s.verify();
        return { ok: true, messageId: '' };
      } catch (error) {
        return failed(error);
      }
    },
    async send(message) {
      const s = await sender();
      if (!s) return notConfigured;
      try {
        const sent = await s.send(message);
        return { ok: true, messageId: sent.messageId };
      } catch (error) {
        return failed(error);
      }
    },
  };
}
