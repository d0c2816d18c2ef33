export { SettingsPage } from './settings-page';
export { settingsEn, settingsZh } from './i18n';
