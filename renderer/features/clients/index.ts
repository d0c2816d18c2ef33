export { ClientsPage } from './clients-page';
