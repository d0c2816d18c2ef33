// Every area of the zh-CN catalogue, each exported under its i18next namespace.
export { texts as clients } from './clients';
export { texts as common } from './common';
export { texts as dashboard } from './dashboard';
export { texts as errors } from './errors';
export { texts as fields } from './fields';
export { texts as import } from './import';
export { texts as problems } from './problems';
export { texts as reminders } from './reminders';
export { texts as scripts } from './scripts';
export { texts as settings } from './settings';
export { texts as shell } from './shell';
export { texts as signin } from './signin';
export { texts as tasks } from './tasks';
export { texts as today } from './today';
export { texts as backup } from './backup';
export { texts as contact } from './contact';
export { texts as complaints } from './complaints';
