// The translator of the current UI language, for texts that domain code returns as refs
// (problems, task reasons, errors). Re-renders when the language changes, like useTranslation.
import { useTranslation } from 'react-i18next';
import { createTranslator, isLang, type Translator } from '../../shared/i18n';

export function useText(): Translator {
  const { i18n } = useTranslation();
  return createTranslator(isLang(i18n.language) ? i18n.language : 'zh-CN');
}
