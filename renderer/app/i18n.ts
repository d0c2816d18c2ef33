// i18n: Simplified Chinese by default, English second. Each feature registers its own namespace.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn, commonZh } from './locales/common';
import { clientsEn, clientsZh } from '../features/clients/i18n';
import { settingsEn, settingsZh } from '../features/settings/i18n';
import { importEn, importZh } from '../features/import/i18n';
import { todayEn, todayZh } from '../features/today/i18n';
import { tasksEn, tasksZh } from '../features/tasks/i18n';
import { scriptsEn, scriptsZh } from '../features/call-scripts/i18n';
import { storedLocale } from '../services/locale';

const resources: Resource = {
  'zh-CN': {
    common: commonZh,
    clients: clientsZh,
    settings: settingsZh,
    import: importZh,
    today: todayZh,
    tasks: tasksZh,
    scripts: scriptsZh,
  },
  en: {
    common: commonEn,
    clients: clientsEn,
    settings: settingsEn,
    import: importEn,
    today: todayEn,
    tasks: tasksEn,
    scripts: scriptsEn,
  },
};

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLocale(),
    fallbackLng: 'zh-CN',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return i18next;
}
