// The error a write throws when the gate says no (mark as sent, a batch send): the reasons
// in words for whoever shows it, the codes and the next allowed time as data.
import { textRef, TextError, type TextRef } from '../../i18n';
import type { GateAnswer, GateReason } from './contact-gate';

/** The reasons as texts, which a TextRef parameter joins with the language's separator. */
export function reasonsText(reasons: readonly GateReason[]): TextRef[] {
  return reasons.map((r) => textRef(`contact:reasons.${r}`));
}

export class ContactBlockedError extends TextError<'contact-blocked'> {
  readonly reasons: GateReason[];
  readonly nextAllowedAt: string | null;
  constructor(answer: GateAnswer) {
    super(
      'contact-blocked',
      textRef('contact:errors.blocked', { reasons: reasonsText(answer.reasons) }),
    );
    this.name = 'ContactBlockedError';
    this.reasons = answer.reasons;
    this.nextAllowedAt = answer.nextAllowedAt;
  }
}
