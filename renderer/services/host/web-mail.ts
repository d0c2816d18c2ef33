// The browser host's mail settings: kept in localStorage without any authorisation code (a
// page has no safe place for one) and never sent from: only the desktop app sends e-mail.
import type { MailResult, MailSettingsInfo, SmtpSettingsWire } from '../../../shared/ipc/contract';
import { smtpSettingsSchema } from '../../../shared/ipc/schemas';

const KEY = 'renewal-desk:mail-settings';

export const MAIL_UNAVAILABLE: MailResult = {
  ok: false,
  reason: 'unavailable',
  retry: false,
  detail: '',
};

export function readWebMailSettings(storage: Storage): MailSettingsInfo {
  let settings: SmtpSettingsWire | null;
  try {
    const parsed = smtpSettingsSchema.safeParse(JSON.parse(storage.getItem(KEY) ?? 'null'));
    settings = parsed.success ? parsed.data : null;
  } catch {
    settings = null;
  }
  return { settings, hasAuthCode: false, canKeepSecret: false };
}

export function writeWebMailSettings(storage: Storage, settings: SmtpSettingsWire): void {
  storage.setItem(KEY, JSON.stringify(settings));
}
