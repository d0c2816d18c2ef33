// Why a task is on the list, as one catalogue ref: tier, days left, premium, last outcome,
// do-not-contact, flagged overdue, e.g. "到期前15天 · 剩余 12 天 · 保费 3200 元 · 上次：未接通" /
// "15 days before expiry · 12 days left · premium ¥3200 · last: no answer" once rendered.
import { textRef, type KeysUnder, type TextRef } from '../../i18n';
import type { Outcome } from '../types';

type KnownTier = KeysUnder<'reminders', 'tiers'>;

const KNOWN_TIERS: ReadonlySet<string> = new Set<KnownTier>([
  'verify',
  'd30',
  'd15',
  'd7',
  'urgent',
  'lapsed',
  'callback',
  'followup',
]);

export interface ReasonFacts {
  /** Tier name: d30, d15, d7, urgent, lapsed, verify, callback or a custom tier. */
  tier: string;
  daysLeft: number | null;
  premium: number;
  lastOutcome: Outcome | null;
  doNotContact: boolean;
  overdue: boolean;
}

/** A tier's name: the catalogue's for the built-in tiers, a custom tier's own name. */
export function tierRef(tier: string): TextRef {
  return KNOWN_TIERS.has(tier)
    ? textRef(`reminders:tiers.${tier as KnownTier}`)
    : textRef('reminders:reason.custom', { name: tier });
}

export function taskReason(v: ReasonFacts): TextRef {
  const parts = [tierRef(v.tier)];
  if (v.daysLeft !== null) {
    const n = Math.abs(v.daysLeft);
    const which = v.daysLeft >= 0 ? 'left' : 'expired';
    parts.push(textRef(`reminders:reason.${which}${n === 1 ? 'One' : ''}`, { count: n }));
  }
  if (v.premium > 0)
    parts.push(textRef('reminders:reason.premium', { amount: Math.round(v.premium) }));
  if (v.lastOutcome) {
    // Outcome names are the ones the Today screen's buttons use.
    const outcome = textRef(`today:outcomes.${v.lastOutcome}`);
    parts.push(textRef('reminders:reason.last', { outcome }));
  }
  if (v.doNotContact) parts.push(textRef('reminders:reason.doNotContact'));
  if (v.overdue) parts.push(textRef('reminders:reason.overdue'));
  // Each part after the first joins the ones before it with the language's separator.
  return parts.reduce((head, part) => textRef('reminders:reason.then', { head, part }));
}
