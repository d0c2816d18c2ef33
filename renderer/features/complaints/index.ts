export { ComplaintsPage } from './complaints-page';
