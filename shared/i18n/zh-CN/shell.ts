// Texts the main process shows outside the window (tray, notifications, catch-up) and the
// reminder plan it is given; they follow the language chosen in Settings.
export const texts = {
  tray: {
    open: '打开续保助手',
    quit: '退出',
    due: '续保助手：{{count}} 个待办到期',
    none: '续保助手：暂无到期待办',
  },
  digest: {
    title: '续保提醒',
    body: '今天有 {{total}} 个续保电话',
    bodyUrgent: '今天有 {{total}} 个续保电话，其中 {{urgent}} 个紧急',
  },
  callback: {
    title: '约定回电时间到了',
    body: '客户约定的回电时间到了，请现在联系。',
    bodyFor: '{{who}} 约定的回电时间到了，请现在联系。',
  },
  catchUp: {
    title: '电脑关机/睡眠期间有 {{count}} 个提醒到期',
    separator: '；',
    more: '，另有 {{count}} 个',
  },
  /** An escalated complaint (no customer, no complaint text: it shows on the lock screen). */
  escalation: {
    title: '投诉已升级给你',
    high_severity: '有一条严重投诉需要你跟进，请在“投诉与反馈”中查看。',
    half_time: '有一条投诉已过处理期限的一半，请在“投诉与反馈”中跟进。',
    overdue: '有一条投诉已超过处理期限，请在“投诉与反馈”中处理。',
    manual: '有一条投诉被提交给你处理，请在“投诉与反馈”中查看。',
  },
};
