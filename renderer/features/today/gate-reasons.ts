// Which skip reasons are the gate's own (worded under contact:reasons) rather than the batch's.
import type { GateReason } from '../../../shared/domain/contact/contact-gate';

export const GATE_REASONS_SET: ReadonlySet<string> = new Set<GateReason>([
  'do_not_contact',
  'opted_out',
  'refused_recently',
  'no_consent',
  'quiet_hours',
  'customer_hours',
  'too_early',
  'frequency_cap',
]);
