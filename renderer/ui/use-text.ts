// The translator of the current UI language, for texts that domain code returns as refs
// (problems, task reasons, errors). Re-renders when the language changes, like useTranslation.
import { useTranslation } from 'react-i18next';
import { createTranslator, errorText, isLang, type Translator } from '../../shared/i18n';

export function useText(): Translator {
  const { i18n } = useTranslation();
  return createTranslator(isLang(i18n.language) ? i18n.language : 'zh-CN');
}

/**
 * What a screen shows for a caught error: its catalogue ref (repository, outcome, import and
 * worker errors carry one) in the UI language, else its message.
 */
export function useErrorText(): (error: unknown) => string {
  const text = useText();
  return (error) => errorText(error, text);
}
