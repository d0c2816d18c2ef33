export { TasksPage } from './tasks-page';
export { tasksEn, tasksZh } from './i18n';
