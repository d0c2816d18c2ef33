// From what the desk stores (the customer, their contact preferences, the messages already on
// their tasks, the settings) to the contact gate's question, so the Today screen, "mark as
// sent", the contact preferences editor and batch sending all ask the one gate the same way.
import type { Client, ConsentRecord, IsoDateTime, Settings, Task, TaskKind } from '../types';
import {
  checkContact,
  DEFAULT_GATE_SETTINGS,
  isSales,
  type ConsentPurpose,
  type GateAnswer,
  type GateChannel,
  type GateCustomer,
  type GatePurpose,
  type GateSettings,
  type SentMessage,
} from './contact-gate';
import { validatePhone } from '../validation/phone';

type GateClient = Pick<
  Client,
  'doNotContact' | 'doNotContactUntil' | 'preferredHours' | 'smsConsent' | 'contact'
>;

/** The gate's settings from the desk's: the owner's call and text hours and refusal months. */
export function gateSettingsOf(
  settings: Pick<Settings, 'callHours' | 'textHours' | 'doNotContactMonths'>,
): GateSettings {
  return {
    ...DEFAULT_GATE_SETTINGS,
    callHours: settings.callHours,
    textHours: settings.textHours,
    // E-mail is sent in the text hours: the customer reads it on the same phone.
    emailHours: settings.textHours,
    refusalBlockMonths: settings.doNotContactMonths,
  };
}

const MESSAGE_CHANNELS = ['sms', 'wechat', 'email'] as const;

/** The consents on record per channel (an old 同意短信 tick counts for SMS when none is). */
export function consentsOf(
  client: Pick<GateClient, 'contact' | 'smsConsent'>,
): Partial<Record<GateChannel, ConsentPurpose[]>> {
  const out: Partial<Record<GateChannel, ConsentPurpose[]>> = {};
  for (const c of client.contact?.consents ?? []) {
    const list = (out[c.channel] ??= []);
    if (!list.includes(c.purpose)) list.push(c.purpose);
  }
  if (client.smsConsent && !out.sms) out.sms = ['service', 'marketing'];
  return out;
}

/** The gate's view of the customer. */
export function gateCustomer(client: GateClient): GateCustomer {
  const prefs = client.contact;
  return {
    doNotContact: client.doNotContact,
    // A refusal recorded with its time blocks sales for the refusal months (refused_recently);
    // the stored date alone (older records, a date set by hand) blocks everything until then.
    doNotContactUntil: prefs?.refusedAt ? null : (client.doNotContactUntil ?? null),
    doNotContactChannels: prefs?.doNotContactChannels ?? [],
    optedOut: prefs?.optedOut ?? [],
    refusedAt: prefs?.refusedAt ?? null,
    consents: consentsOf(client),
    hours: client.preferredHours ?? null,
  };
}

/** Lapsed notices ("you are uninsured") are service notices; every other task is sales. */
export function purposeOfTask(task: { kind: TaskKind }): GatePurpose {
  return task.kind === 'lapsed' ? 'service' : 'renewal';
}

/** The messages already sent to the customer, from the attempts on their tasks. */
export function sentFromTasks(tasks: readonly Pick<Task, 'attempts' | 'kind'>[]): SentMessage[] {
  const sent: SentMessage[] = [];
  for (const task of tasks)
    for (const a of task.attempts)
      if (a.outcome === 'sent' && a.channel !== 'call')
        sent.push({ channel: a.channel, purpose: a.purpose ?? purposeOfTask(task), at: a.at });
  return sent;
}

/** The consent a message relies on: the newest on record for its channel and purpose. */
export function consentBasis(
  client: GateClient,
  channel: GateChannel,
  purpose: GatePurpose,
): ConsentRecord | null {
  if (channel === 'call') return null;
  const needed: ConsentPurpose = isSales(purpose) ? 'marketing' : 'service';
  let best: ConsentRecord | null = null;
  for (const c of client.contact?.consents ?? [])
    if (c.channel === channel && c.purpose === needed && (!best || c.at > best.at)) best = c;
  return best;
}

export interface CustomerCheck {
  client: GateClient;
  channel: GateChannel;
  purpose: GatePurpose;
  at: IsoDateTime;
  endDate?: string | null;
  /** The customer's tasks (every case), for the frequency cap. */
  tasks?: readonly Pick<Task, 'attempts' | 'kind'>[];
  settings: GateSettings;
}

export function checkCustomer(args: CustomerCheck): GateAnswer {
  return checkContact(
    {
      channel: args.channel,
      purpose: args.purpose,
      at: args.at,
      endDate: args.endDate ?? null,
      customer: gateCustomer(args.client),
      sent: args.tasks ? sentFromTasks(args.tasks) : [],
    },
    args.settings,
  );
}

/** What kind of number it is: a mobile takes texts and QR dialling; masked ones cannot be used. */
export type PhoneKind = 'mobile' | 'landline' | 'masked';

export function phoneKind(phone: string): PhoneKind {
  const checked = validatePhone(phone);
  if (checked.ok && checked.type === 'mobile') return 'mobile';
  if (phone.includes('*') || (checked.ok && checked.masked)) return 'masked';
  // Landlines, 400/800 numbers, and anything unreadable: dial it, but never text it.
  return 'landline';
}

export { MESSAGE_CHANNELS };
