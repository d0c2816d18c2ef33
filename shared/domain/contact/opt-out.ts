// The opt-out sentence every text and e-mail carries (issue 13; MIIT's rules on commercial
// messages ask for a way to refuse in the message itself). It is what the customer reads, so
// it stays Chinese whatever the desk's language, like the filled scripts.
import { SMS_OPT_OUT } from '../scripts/default-texts';
import type { GateChannel } from './contact-gate';

export { SMS_OPT_OUT };
export const EMAIL_OPT_OUT = '如不希望再收到此类邮件，请直接回复“退订”，我们将不再发送。';

/** A sentence that already tells the customer how to refuse (the default SMS scripts end so). */
const HAS_OPT_OUT = /退订|拒收|回复\s*[RT]\b|回复\s*TD/i;

/** The text with the channel's opt-out sentence appended once (already there: unchanged). */
export function withOptOut(text: string, channel: GateChannel): string {
  const sentence = channel === 'email' ? EMAIL_OPT_OUT : channel === 'sms' ? SMS_OPT_OUT : '';
  if (!sentence || HAS_OPT_OUT.test(text)) return text;
  const trimmed = text.trimEnd();
  return channel === 'email' ? `${trimmed}\n\n${sentence}` : `${trimmed}${SMS_OPT_OUT}`;
}

/**
 * An `sms:` link with the body filled in, which phones open in their messaging app. For a QR
 * code (`compact`) only what would break the link is escaped: Chinese as UTF-8 takes 3 bytes a
 * character instead of 9, so the code stays small enough to scan from a screen.
 */
export function smsLink(phone: string, body: string, compact = false): string {
  const encoded = compact
    ? body.replace(/[%&#?+\s]/g, (ch) => encodeURIComponent(ch))
    : encodeURIComponent(body);
  return `sms:${phone}?body=${encoded}`;
}

/**
 * The opt-out a customer's SMS reply asks for: R, T, TD (the operators' unsubscribe words, any
 * case) or 退订 / 拒收, alone apart from spaces and a full stop; anything longer is a message for
 * a person to read, not an opt-out to record by itself.
 */
export function smsOptOutWord(reply: string): 'R' | 'T' | 'TD' | '退订' | null {
  const word = reply
    .trim()
    .replace(/[。.!！]+$/, '')
    .trim()
    .toUpperCase();
  if (word === 'R' || word === 'T' || word === 'TD') return word;
  if (word === '退订' || word === '拒收') return '退订';
  return null;
}
