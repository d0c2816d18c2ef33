export const tasksZh = {
  title: '任务',
};

export type TasksStrings = typeof tasksZh;

export const tasksEn: TasksStrings = {
  title: 'Tasks',
};
