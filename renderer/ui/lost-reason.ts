// A loss reason as people read it. Settings keep the agency's list as typed; the reasons the
// app ships with are stored in Chinese (outcomes and reports record the stored text) and are
// named from the catalogue in the UI language; a reason someone added is shown as typed.
import { useTranslation } from 'react-i18next';
import type { KeysUnder } from '../../shared/i18n';
import { DEFAULT_LOST_REASONS } from '../../shared/domain/reminders/default-settings';

type LostReasonKey = KeysUnder<'common', 'lostReasons'>;

/** In the order of DEFAULT_LOST_REASONS. */
const KEYS: readonly LostReasonKey[] = [
  'price',
  'otherInsurer',
  'sold',
  'scrapped',
  'dealer',
  'unreachable',
  'other',
];

export function lostReasonKey(reason: string): LostReasonKey | undefined {
  return KEYS[DEFAULT_LOST_REASONS.indexOf(reason)];
}

export function useLostReasonLabel(): (reason: string) => string {
  const { t } = useTranslation('common');
  return (reason) => {
    const key = lostReasonKey(reason);
    return key ? t(`lostReasons.${key}`) : reason;
  };
}
