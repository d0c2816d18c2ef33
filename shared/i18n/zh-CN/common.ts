// Simplified Chinese texts of the common area. This file defines the shape: each key here
// must have an English text in ../en/common.ts, or typecheck fails.
export const texts = {
  appName: '续保助手',
  nav: {
    today: '今日任务',
    clients: '客户',
    import: '导入',
    tasks: '任务',
    scripts: '话术',
    settings: '设置',
    audit: '审计日志',
    dashboard: '业绩',
    complaints: '投诉与反馈',
  },
  language: '语言',
  /** Who made a change, when it was not a staff member by name. */
  actors: { system: '系统', localUser: '本机', import: '导入', removed: '已移除的员工' },
  /** The loss reasons the app ships with (settings store them as typed, in Chinese). */
  lostReasons: {
    price: '价格',
    otherInsurer: '转投其他保险公司',
    sold: '车已卖',
    scrapped: '车辆报废',
    dealer: '4S店购买',
    unreachable: '联系不上',
    other: '其他',
  },
  /** Reminder tiers as short tags; custom tiers show their own name instead. */
  tiers: {
    d30: '30天',
    d15: '15天',
    d7: '7天',
    urgent: '紧急',
    lapsed: '脱保',
    verify: '核实',
    callback: '回电',
    followup: '跟进',
    complaint: '投诉',
  },
  /** Between the items of a list inside a sentence. */
  listSeparator: '、',
  /** Contact channels, wherever a screen names one. */
  channels: { call: '电话', sms: '短信', wechat: '微信', email: '邮件' },
  kinds: { compulsory: '交强险', commercial: '商业险' },
  loading: '正在打开数据库…',
  db: {
    title: '数据库无法打开',
    retry: '重试',
    nothingDeleted: '您的数据没有被删除。',
    upgradeWithoutBackup: '不备份，直接升级',
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
