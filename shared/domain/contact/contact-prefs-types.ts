// A customer's contact preferences as stored on the client row (issue 13): consents with their
// evidence, opt-outs and their evidence, per-channel do-not-contact, the last refusal.
// Re-exported by shared/domain/types.ts, the data model's one entry point.
import type { Channel, IsoDateTime } from '../types';

/** What a consent allows: service notices, or renewal sales and marketing. */
export type ConsentPurpose = 'service' | 'marketing';
/** How a consent was given. */
export type ConsentHow = 'verbal' | 'written' | 'sms_reply' | 'wechat' | 'email' | 'form';

/** One consent with its evidence: when, how, by whom (the staff member who recorded it). */
export interface ConsentRecord {
  channel: Exclude<Channel, 'call'>;
  purpose: ConsentPurpose;
  at: IsoDateTime;
  how: ConsentHow;
  byStaffId: string;
  note?: string | null;
}

export interface ContactPrefs {
  consents: ConsentRecord[];
  /** Channels the customer asked to stop (replied R / T / TD, or said so). */
  optedOut: Channel[];
  /** Do-not-contact for these channels only (the whole customer: `Client.doNotContact`). */
  doNotContactChannels: Channel[];
  /** When the customer last refused sales contact: blocks sales for the refusal months. */
  refusedAt?: IsoDateTime | null;
  /** The evidence of opt-outs recorded from a reply (an SMS answered R / T / TD / 退订). */
  optOuts?: OptOutRecord[];
}

export interface OptOutRecord {
  channel: Channel;
  at: IsoDateTime;
  /**
   * `sms_reply`: the customer replied R / T / TD / 退订. `provider_blacklist`: the SMS provider
   * refused the number as on its opt-out list (the customer stopped texts with the carrier or
   * the provider).
   */
  how: 'sms_reply' | 'provider_blacklist';
  /** The word replied (R, T, TD, 退订), or the provider's failure code: never the message. */
  word: string;
  /** The provider reply it came from (or the refused send's key): recorded once. */
  replyId: string;
  /** Who was at the desk when it was recorded. */
  byStaffId: string;
}
