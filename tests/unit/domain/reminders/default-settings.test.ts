// The agency policy's numbers as the product ships them (PRODUCT.md, DOMAIN.md): tier calls 30,
// 15 and 7 days before the end (none earlier than the regulator's 40 days), daily urgent calls
// from 3 days before, lapsed follow-up for 30 days, compulsory and commercial ending within 7
// days merged into one case, calls 09:00-21:00 and texts 08:00-21:00 China time, details
// verified yearly, a refusal kept off the list for 6 months, overdue flagged after 24 hours.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOST_REASONS,
  OTHER_LOST_REASON,
  defaultSettings,
} from '../../../../shared/domain/reminders/default-settings';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../../../shared/domain/identity/lock-policy';
import { EARLIEST_SALES_CALL_DAYS } from '../../../../shared/domain/reminders/tiers';

describe('default settings', () => {
  it('are the agency policy’s numbers, every field', () => {
    expect(defaultSettings()).toEqual({
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
      lostReasons: [
        '价格',
        '转投其他保险公司',
        '车已卖',
        '车辆报废',
        '4S店购买',
        '联系不上',
        '其他',
      ],
      extraHolidays: [],
      extraWorkdays: [],
      startAtLogin: false,
      idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
      currentStaffId: null,
    });
  });

  it('no default tier is earlier than the 40-day limit; a refusal keeps at least 6 months', () => {
    const s = defaultSettings();
    expect(Math.max(...s.tiers.map((t) => t.daysBefore))).toBeLessThanOrEqual(
      EARLIEST_SALES_CALL_DAYS,
    );
    expect(s.doNotContactMonths).toBeGreaterThanOrEqual(6);
  });

  it('“other” is the last loss reason, the one that asks for words', () => {
    expect(OTHER_LOST_REASON).toBe('其他');
    expect(DEFAULT_LOST_REASONS.at(-1)).toBe(OTHER_LOST_REASON);
  });

  it('each call gives a fresh copy: editing one does not change the next', () => {
    const a = defaultSettings();
    a.lostReasons.push('x');
    a.tiers.pop();
    expect(defaultSettings().lostReasons).toHaveLength(7);
    expect(defaultSettings().tiers).toHaveLength(3);
  });
});
