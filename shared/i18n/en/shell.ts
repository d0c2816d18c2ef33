// English texts of the tray, notifications and catch-up, typed against the Chinese file.
import type { texts as zh } from '../zh-CN/shell';

export const texts: typeof zh = {
  tray: {
    open: 'Open Renewal Desk',
    quit: 'Quit',
    due: 'Renewal Desk: {{count}} tasks due',
    none: 'Renewal Desk: nothing due',
  },
  digest: {
    title: 'Renewal reminder',
    body: '{{total}} renewal calls today',
    bodyUrgent: '{{total}} renewal calls today, {{urgent}} of them urgent',
  },
  callback: {
    title: 'Time to call back',
    body: 'A customer asked to be called back now.',
    bodyFor: '{{who}} asked to be called back now.',
  },
  catchUp: {
    title: '{{count}} reminders fell due while the computer was off or asleep',
    separator: '; ',
    more: ', and {{count}} more',
  },
  escalation: {
    title: 'A complaint was escalated to you',
    high_severity: 'A serious complaint needs your attention. See Complaints & feedback.',
    half_time: 'A complaint is past half its deadline. Follow it up in Complaints & feedback.',
    overdue: 'A complaint is past its deadline. Handle it in Complaints & feedback.',
    manual: 'A complaint was passed to you. See Complaints & feedback.',
  },
};
