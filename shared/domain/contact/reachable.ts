// Which channels a customer closed themselves (do-not-contact for that channel, or opted out),
// and whether a task can still reach them on any channel (issue 13). The plan removes the tasks
// that cannot (a per-channel block that leaves nothing open), and Today offers only the open
// channels. A call needs no consent, so as long as calls are open every task is reachable: the
// check is a few array lookups for almost every customer (the plan runs it per case).
import type { Channel, Client, TaskKind } from '../types';
import { isSales, type GatePurpose } from './contact-gate';
import { consentsOf } from './customer-gate';

type ReachClient = Pick<Client, 'contact' | 'smsConsent'>;

const CHANNEL_ORDER: readonly Channel[] = ['call', 'sms', 'wechat', 'email'];
const MESSAGES: readonly Exclude<Channel, 'call'>[] = ['sms', 'wechat', 'email'];

/** Channels the customer closed: do-not-contact for that channel, or opted out of it. */
export function isChannelClosed(client: Pick<Client, 'contact'>, channel: Channel): boolean {
  const prefs = client.contact;
  if (!prefs) return false;
  return prefs.doNotContactChannels.includes(channel) || prefs.optedOut.includes(channel);
}

/** The channels Today offers for the customer: every channel they have not closed. */
export function openChannels(client: Pick<Client, 'contact'>): Channel[] {
  return CHANNEL_ORDER.filter((c) => !isChannelClosed(client, c));
}

/** Whether some channel can still carry a contact of this purpose to the customer. */
export function reachableFor(client: ReachClient, purpose: GatePurpose): boolean {
  if (!isChannelClosed(client, 'call')) return true;
  const needed = isSales(purpose) ? 'marketing' : 'service';
  const consents = consentsOf(client);
  return MESSAGES.some((c) => !isChannelClosed(client, c) && !!consents[c]?.includes(needed));
}

/**
 * Whether a task of this kind can still reach the customer: a call-back is a call; the plan's
 * reminders go by their purpose (a lapsed notice is a service notice, the rest sales).
 */
export function taskReachable(client: ReachClient, kind: TaskKind): boolean {
  if (kind === 'callback') return !isChannelClosed(client, 'call');
  return reachableFor(client, kind === 'lapsed' ? 'service' : 'renewal');
}
