// The UI language, remembered per computer. i18next itself is set up by the app shell.
import i18next from 'i18next';
import { requestPlanRecompute } from './reminders/plan-sync-store';
import {
  createTranslator,
  DEFAULT_LANG,
  isLang,
  type Lang,
  type Translator,
} from '../../shared/i18n';

export type Locale = Lang;
const LOCALE_KEY = 'renewal-desk:locale';

export function storedLocale(): Locale {
  return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
}

/**
 * The language the app shows now. Before i18next is set up, the remembered one; outside a
 * window (the plan services run in tests and the CLI too) there is none, so Chinese.
 */
export function currentLocale(): Locale {
  const lang = i18next.language;
  if (isLang(lang)) return lang;
  return typeof window === 'undefined' ? DEFAULT_LANG : storedLocale();
}

/** A translator for the current language, for code that renders domain texts outside React. */
export function currentTranslator(): Translator {
  return createTranslator(currentLocale());
}

export async function changeLocale(locale: Locale): Promise<void> {
  window.localStorage.setItem(LOCALE_KEY, locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  // The plan carries the language to main (tray, notifications): push it again in the new one.
  void requestPlanRecompute();
}
