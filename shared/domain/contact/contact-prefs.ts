// A customer's contact preferences as stored on the customer (no table of their own, so no
// schema change): consents with their evidence, opt-outs, per-channel do-not-contact and the
// last refusal. Pure helpers shared by the editor, the repository and the outcomes.
import type { Channel, Client, ConsentRecord, ContactPrefs } from '../types';

export function emptyContactPrefs(): ContactPrefs {
  return { consents: [], optedOut: [], doNotContactChannels: [], refusedAt: null };
}

export function prefsOf(client: Pick<Client, 'contact'>): ContactPrefs {
  return { ...emptyContactPrefs(), ...client.contact };
}

/** Whether the prefs hold an SMS marketing consent: what the old 同意短信 tick meant. */
export function hasSmsMarketingConsent(prefs: ContactPrefs): boolean {
  return prefs.consents.some((c) => c.channel === 'sms' && c.purpose === 'marketing');
}

/** Same channel and purpose: a newer consent replaces the older one (its evidence is newer). */
export function withConsent(prefs: ContactPrefs, consent: ConsentRecord): ContactPrefs {
  return {
    ...prefs,
    consents: [
      ...prefs.consents.filter(
        (c) => !(c.channel === consent.channel && c.purpose === consent.purpose),
      ),
      consent,
    ],
  };
}

/** The channels a list names, each once, in the usual order. */
export function channelSet(list: readonly Channel[]): Channel[] {
  const order: Channel[] = ['call', 'sms', 'wechat', 'email'];
  return order.filter((c) => list.includes(c));
}
