// When a customer may be contacted: calls 09:00-21:00, texts (SMS/WeChat) 08:00-21:00
// (settings), the customer's own hours when they gave some (they asked, so those win),
// SMS only with consent, nobody on the do-not-contact list.
import { addDays } from '../china-date';
import type { Channel, Client, HoursWindow, IsoDateTime, Settings } from '../types';
import { chinaClock, chinaInstant, clockMinutes, formatClock } from './dates';
import { isDoNotContact } from './tiers';

type ContactClient = Pick<
  Client,
  'doNotContact' | 'doNotContactUntil' | 'preferredHours' | 'preferredChannel' | 'smsConsent'
>;
type ContactSettings = Pick<Settings, 'callHours' | 'textHours'>;

export type ContactBlock = 'do_not_contact' | 'no_sms_consent' | 'outside_hours';

/** The hours a channel may be used for this customer; null means any time (e-mail). */
export function contactWindow(
  client: Pick<Client, 'preferredHours'>,
  channel: Channel,
  settings: ContactSettings,
): HoursWindow | null {
  if (client.preferredHours) return client.preferredHours;
  if (channel === 'call') return settings.callHours;
  if (channel === 'sms' || channel === 'wechat') return settings.textHours;
  return null;
}

/** Why the customer cannot be contacted on `channel` now, or null when they can. */
export function contactBlock(
  client: ContactClient,
  channel: Channel,
  now: IsoDateTime,
  settings: ContactSettings,
): ContactBlock | null {
  const clock = chinaClock(now);
  if (isDoNotContact(client, clock.date)) return 'do_not_contact';
  if (channel === 'sms' && !client.smsConsent) return 'no_sms_consent';
  const window = contactWindow(client, channel, settings);
  if (!window) return null;
  const from = clockMinutes(window.from);
  const to = clockMinutes(window.to);
  return clock.minutes >= from && clock.minutes < to ? null : 'outside_hours';
}

export function canContactNow(
  client: ContactClient,
  channel: Channel,
  now: IsoDateTime,
  settings: ContactSettings,
): boolean {
  return contactBlock(client, channel, now, settings) === null;
}

/**
 * The earliest instant at or after `now` when contact is allowed (ISO with +08:00), `now`
 * itself when allowed already, or null when it never is (permanent do-not-contact, SMS
 * without consent).
 */
export function nextAllowedTime(
  client: ContactClient,
  channel: Channel,
  now: IsoDateTime,
  settings: ContactSettings,
): IsoDateTime | null {
  if (client.doNotContact) return null;
  if (channel === 'sms' && !client.smsConsent) return null;
  const clock = chinaClock(now);
  const window = contactWindow(client, channel, settings);
  let date = clock.date;
  let minutes = clock.minutes;
  if (client.doNotContactUntil && client.doNotContactUntil > date) {
    date = client.doNotContactUntil;
    minutes = 0;
  }
  // A refusal moved the date (and set 00:00); otherwise e-mail may go now.
  // Stryker disable next-line StringLiteral: chinaInstant reads '' as 00:00 too
  if (!window) return date === clock.date ? now : chinaInstant(date, '00:00');
  const from = clockMinutes(window.from);
  const to = clockMinutes(window.to);
  // Inside the window: now itself, or 00:00 of the day a refusal ends when the window starts
  // at midnight (the customer's own hours 00:00-24:00).
  if (minutes >= from && minutes < to)
    return date === clock.date ? now : chinaInstant(date, formatClock(minutes));
  // minutes === from was answered above unless the window is empty (from >= to, never open).
  // Stryker disable next-line EqualityOperator: `<=` differs only for such an empty window
  if (minutes < from) return chinaInstant(date, formatClock(from));
  return chinaInstant(addDays(date, 1), formatClock(from));
}

/** The channel to use: the customer's preferred one, else a call. */
export function preferredChannel(client: Pick<Client, 'preferredChannel'>): Channel {
  return client.preferredChannel ?? 'call';
}
