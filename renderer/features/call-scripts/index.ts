export { ScriptsPage } from './scripts-page';
export { scriptsEn, scriptsZh } from './i18n';
