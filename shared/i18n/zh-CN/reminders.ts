// Simplified Chinese texts of the reminders area (why a task is on the list). This file defines
// the shape: each key here must have an English text in ../en/reminders.ts, or typecheck fails.
export const texts = {
  tiers: {
    verify: '核实信息',
    d30: '到期前30天',
    d15: '到期前15天',
    d7: '到期前7天',
    urgent: '紧急',
    lapsed: '已脱保',
    callback: '约定回电',
    followup: '报价后跟进',
  },
  reason: {
    /** A custom tier, by its own name. */
    custom: '{{name}}',
    left: '剩余 {{count}} 天',
    leftOne: '剩余 {{count}} 天',
    expired: '已过期 {{count}} 天',
    expiredOne: '已过期 {{count}} 天',
    premium: '保费 {{amount}} 元',
    last: '上次：{{outcome}}',
    doNotContact: '勿扰客户',
    overdue: '已逾期',
    then: '{{head}} · {{part}}',
  },
};
