// Strings of the app shell. Features keep theirs next to their code (features/<f>/i18n.ts).
export const commonZh = {
  appName: '续保助手',
  nav: {
    today: '今日任务',
    clients: '客户',
    import: '导入',
    tasks: '任务',
    scripts: '话术',
    settings: '设置',
  },
  language: '语言',
  loading: '正在打开数据库…',
  db: {
    title: '数据库无法打开',
    retry: '重试',
    nothingDeleted: '您的数据没有被删除。',
  },
  actions: {
    save: '保存',
    cancel: '取消',
    delete: '删除',
    edit: '编辑',
    undo: '撤销',
    close: '关闭',
    confirm: '确定',
  },
};

export type CommonStrings = typeof commonZh;

export const commonEn: CommonStrings = {
  appName: 'Renewal Desk',
  nav: {
    today: 'Today',
    clients: 'Customers',
    import: 'Import',
    tasks: 'Tasks',
    scripts: 'Scripts',
    settings: 'Settings',
  },
  language: 'Language',
  loading: 'Opening the database…',
  db: {
    title: 'The database cannot be opened',
    retry: 'Retry',
    nothingDeleted: 'Your data has not been deleted.',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    undo: 'Undo',
    close: 'Close',
    confirm: 'OK',
  },
};
