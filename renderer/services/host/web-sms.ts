// The browser host's SMS provider settings: kept in localStorage without any secret key (a page
// has no safe place for one), never ready, never sends, no replies: only the desktop app talks
// to a provider.
import type { SmsResult, SmsSettingsInfo, SmsSettingsWire } from '../../../shared/ipc/contract';
import { smsSettingsSchema } from '../../../shared/ipc/schemas';

const KEY = 'renewal-desk:sms-settings';

export const SMS_UNAVAILABLE: SmsResult = {
  ok: false,
  reason: 'unavailable',
  retry: false,
  detail: '',
};

export function readWebSmsSettings(storage: Storage): SmsSettingsInfo {
  let settings: SmsSettingsWire | null;
  try {
    const parsed = smsSettingsSchema.safeParse(JSON.parse(storage.getItem(KEY) ?? 'null'));
    settings = parsed.success ? parsed.data : null;
  } catch {
    settings = null;
  }
  return { settings, hasSecretKey: false, canKeepSecret: false, ready: false };
}

export function writeWebSmsSettings(storage: Storage, settings: SmsSettingsWire): void {
  storage.setItem(KEY, JSON.stringify(settings));
}
