// The assignment reason of a case in the reader's language. Older databases hold the reason
// as Chinese text; it is shown as it is until the next plan run replaces it with a text ref.
import type { RenewalCase } from '../../shared/domain/types';
import type { Translator } from '../../shared/i18n';

export function assignReasonText(
  reason: RenewalCase['assignReason'] | undefined,
  tx: Translator,
): string | null {
  if (!reason) return null;
  return typeof reason === 'string' ? reason : tx.text(reason);
}
