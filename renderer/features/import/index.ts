export { ImportPage } from './import-page';
export { importEn, importZh } from './i18n';
