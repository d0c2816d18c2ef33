export { ScriptsPage } from './scripts-page';
