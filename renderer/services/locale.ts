// The UI language, remembered per computer. i18next itself is set up by the app shell.
import i18next from 'i18next';
import { createTranslator, isLang, type Lang, type Translator } from '../../shared/i18n';

export type Locale = Lang;
const LOCALE_KEY = 'renewal-desk:locale';

export function storedLocale(): Locale {
  return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
}

/** The language the app shows now (i18next may report a region variant or nothing yet). */
export function currentLocale(): Locale {
  const lang = i18next.language;
  return isLang(lang) ? lang : storedLocale();
}

/** A translator for the current language, for code that renders domain texts outside React. */
export function currentTranslator(): Translator {
  return createTranslator(currentLocale());
}

export async function changeLocale(locale: Locale): Promise<void> {
  window.localStorage.setItem(LOCALE_KEY, locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
