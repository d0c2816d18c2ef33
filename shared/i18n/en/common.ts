// English texts of the common area, typed against the Chinese file so none can go missing.
import type { texts as zh } from '../zh-CN/common';

export const texts: typeof zh = {
  appName: 'Renewal Desk',
  nav: {
    today: 'Today',
    clients: 'Customers',
    import: 'Import',
    tasks: 'Tasks',
    scripts: 'Scripts',
    settings: 'Settings',
    audit: 'Audit log',
    dashboard: 'Renewals',
    complaints: 'Complaints',
  },
  language: 'Language',
  /** Who made a change, when it was not a staff member by name. */
  actors: {
    system: 'System',
    localUser: 'This computer',
    import: 'Import',
    removed: 'Removed staff member',
  },
  /** The loss reasons the app ships with (settings store them as typed, in Chinese). */
  lostReasons: {
    price: 'Price',
    otherInsurer: 'Moved to another insurer',
    sold: 'Car sold',
    scrapped: 'Car scrapped',
    dealer: 'Bought at the dealer',
    unreachable: 'Could not be reached',
    other: 'Other',
  },
  tiers: {
    d30: '30 days',
    d15: '15 days',
    d7: '7 days',
    urgent: 'Urgent',
    lapsed: 'Lapsed',
    verify: 'Verify',
    followup: 'Follow-up',
    callback: 'Call back',
    complaint: 'Complaint',
  },
  listSeparator: ', ',
  channels: { call: 'Call', sms: 'SMS', wechat: 'WeChat', email: 'E-mail' },
  kinds: { compulsory: 'Compulsory', commercial: 'Commercial' },
  loading: 'Opening the database…',
  db: {
    title: 'The database cannot be opened',
    retry: 'Retry',
    nothingDeleted: 'Your data has not been deleted.',
    upgradeWithoutBackup: 'Upgrade without a backup',
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
