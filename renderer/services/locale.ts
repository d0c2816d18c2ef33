// The UI language, remembered per computer. i18next itself is set up by the app shell.
import i18next from 'i18next';

export type Locale = 'zh-CN' | 'en';
const LOCALE_KEY = 'renewal-desk:locale';

export function storedLocale(): Locale {
  return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export async function changeLocale(locale: Locale): Promise<void> {
  window.localStorage.setItem(LOCALE_KEY, locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
