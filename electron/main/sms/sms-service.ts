// What the SMS channels do (issue 13 §3): settings (never the key back), one send, the replies.
// Off unless switched on with the approved signature and templates and a kept secret key; a
// failure is an answer ({ ok: false, reason }), so its name crosses IPC. The service also
// refuses a template id the settings do not list: only approved templates leave the desk.
import type {
  SmsRepliesResult,
  SmsResult,
  SmsSettingsInfo,
  SmsSettingsWire,
} from '../../../shared/ipc/contract';
import type { SmsSettingsStore } from './sms-settings-store';
import { createTencentSms, SmsError, type SmsMessage, type TencentSmsClient } from './tencent-sms';

export interface SmsService {
  get(): Promise<SmsSettingsInfo>;
  set(settings: SmsSettingsWire, secretKey?: string): Promise<void>;
  send(message: SmsMessage): Promise<SmsResult>;
  pullReplies(): Promise<SmsRepliesResult>;
  ackReplies(ids: readonly string[]): Promise<void>;
}

type ClientFactory = (settings: SmsSettingsWire, secretKey: string) => TencentSmsClient;

export function createSmsService(
  store: SmsSettingsStore,
  createClient: ClientFactory = (s, key) => createTencentSms({ ...s, secretKey: key }),
): SmsService {
  async function client(): Promise<{ client: TencentSmsClient; settings: SmsSettingsWire } | null> {
    const { settings } = await store.read();
    if (!settings?.enabled) return null;
    const key = await store.secretKey();
    if (!key) return null;
    return { client: createClient(settings, key), settings };
  }
  const failure = (error: unknown): Extract<SmsResult, { ok: false }> =>
    error instanceof SmsError
      ? { ok: false, reason: error.reason, retry: error.retry, detail: '' }
      : { ok: false, reason: 'connection', retry: true, detail: '' };
  const notConfigured = { ok: false, reason: 'not_configured', retry: false, detail: '' } as const;

  return {
    async get() {
      const { settings, hasSecretKey } = await store.read();
      return {
        settings,
        hasSecretKey,
        canKeepSecret: await store.canKeepSecret(),
        ready: !!settings?.enabled && hasSecretKey,
      };
    },
    async set(settings, secretKey) {
      await store.write(settings, secretKey);
    },
    async send(message) {
      const ready = await client();
      if (!ready) return notConfigured;
      if (!ready.settings.templates.some((t) => t.templateId === message.templateId))
        return { ok: false, reason: 'template', retry: false, detail: '' };
      try {
        const sent = await ready.client.send(message);
        return { ok: true, messageId: sent.messageId };
      } catch (error) {
        return failure(error);
      }
    },
    async pullReplies() {
      const ready = await client();
      // Replies kept from an earlier pull still go to the desk, even once switched off.
      if (!ready) return { ok: true, replies: await store.pendingReplies() };
      try {
        return { ok: true, replies: await store.keepReplies(await ready.client.pullReplies()) };
      } catch (error) {
        return failure(error);
      }
    },
    ackReplies: (ids) => store.forgetReplies(ids),
  };
}
