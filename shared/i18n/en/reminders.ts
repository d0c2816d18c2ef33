// English texts of the reminders area, typed against the Chinese file so none can go missing.
import type { texts as zh } from '../zh-CN/reminders';

export const texts: typeof zh = {
  tiers: {
    verify: 'verify details',
    d30: '30 days before expiry',
    d15: '15 days before expiry',
    d7: '7 days before expiry',
    urgent: 'urgent',
    lapsed: 'lapsed',
    callback: 'call back',
    followup: 'follow-up after a quote',
  },
  reason: {
    custom: '{{name}}',
    left: '{{count}} days left',
    leftOne: '{{count}} day left',
    expired: 'expired {{count}} days ago',
    expiredOne: 'expired {{count}} day ago',
    premium: 'premium ¥{{amount}}',
    last: 'last: {{outcome}}',
    doNotContact: 'do not contact',
    overdue: 'overdue',
    then: '{{head}} · {{part}}',
  },
};
