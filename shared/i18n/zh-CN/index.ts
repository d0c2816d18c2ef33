// Every area of the zh-CN catalogue, keyed by i18next namespace.
import { texts as clients } from './clients';
import { texts as common } from './common';
import { texts as fields } from './fields';
import { texts as importTexts } from './import';
import { texts as problems } from './problems';
import { texts as scripts } from './scripts';
import { texts as settings } from './settings';
import { texts as shell } from './shell';
import { texts as signin } from './signin';
import { texts as tasks } from './tasks';
import { texts as today } from './today';

export const catalogue = {
  common,
  fields,
  clients,
  import: importTexts,
  problems,
  scripts,
  settings,
  shell,
  signin,
  tasks,
  today,
};
