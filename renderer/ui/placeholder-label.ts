// What a placeholder chip says. The token itself ({客户姓名}) is template syntax and stays
// Chinese in the text (the customers read Chinese); the chip names it in the UI language (the
// Chinese catalogue shows the token itself).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Placeholder } from '../../shared/domain/scripts/render-template';

export const PLACEHOLDER_KEYS = {
  客户姓名: 'customerName',
  称呼: 'salutation',
  车牌: 'plate',
  险种: 'coverage',
  到期日: 'endDate',
  剩余天数: 'daysLeft',
  保险公司: 'insurer',
  业务员: 'staff',
  业务员电话: 'staffPhone',
} as const satisfies Record<Placeholder, string>;

export function placeholderLabel(p: Placeholder, t: TFunction<'scripts'>): string {
  return t(`placeholders.${PLACEHOLDER_KEYS[p]}`);
}

function isPlaceholder(name: string): name is Placeholder {
  return Object.hasOwn(PLACEHOLDER_KEYS, name);
}

/** Placeholder names in a sentence ("missing: Plate, End date"), each named in the UI language. */
export function usePlaceholderList(): (names: readonly string[]) => string {
  const { t } = useTranslation(['scripts', 'common']);
  return (names) =>
    names
      .map((n) => (isPlaceholder(n) ? t(`placeholders.${PLACEHOLDER_KEYS[n]}`) : n))
      .join(t('common:listSeparator'));
}
