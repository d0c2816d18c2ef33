// i18n: Simplified Chinese by default, English second. The texts live in the shared catalogue
// (shared/i18n), one namespace per area; this only wires it into react-i18next.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18NEXT_OPTIONS, resources } from '../../shared/i18n';
import { storedLocale } from '../services/locale';

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({ ...I18NEXT_OPTIONS, resources, lng: storedLocale() });
  return i18next;
}
