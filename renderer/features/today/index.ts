export { TodayPage } from './today-page';
export { todayEn, todayZh } from './i18n';
