export { ClientsPage } from './clients-page';
export { clientsEn, clientsZh } from './i18n';
