// Default reminder settings (the agency policy's numbers). The settings screen edits a copy
// stored in the `settings` table over these (the settings repository merges stored values onto
// them); code that has none (CLI, tests, first run) uses these as they are.
import type { Settings } from '../types';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../identity/lock-policy';

/** The loss reason that asks for the reason in the person's own words. */
export const OTHER_LOST_REASON = '其他';

export const DEFAULT_LOST_REASONS: readonly string[] = [
  '价格',
  '转投其他保险公司',
  '车已卖',
  '车辆报废',
  '4S店购买',
  '联系不上',
  '其他',
];

export function defaultSettings(): Settings {
  return {
    id: 'app',
    locale: 'zh-CN',
    tiers: [
      { name: 'd30', daysBefore: 30 },
      { name: 'd15', daysBefore: 15 },
      { name: 'd7', daysBefore: 7 },
    ],
    urgentDaysBefore: 3,
    lapsedDaysAfter: 30,
    mergeWindowDays: 7,
    callHours: { from: '09:00', to: '21:00' },
    textHours: { from: '08:00', to: '21:00' },
    verifyAfterMonths: 12,
    doNotContactMonths: 6,
    maxAttempts: 3,
    digestTime: '08:30',
    doNotDisturb: false,
    notificationsShowNames: false,
    overdueFlagHours: 24,
    lostReasons: [...DEFAULT_LOST_REASONS],
    extraHolidays: [],
    extraWorkdays: [],
    startAtLogin: false,
    idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
    currentStaffId: null,
  };
}
