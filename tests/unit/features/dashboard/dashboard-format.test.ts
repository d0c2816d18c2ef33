// The dashboard's periods and number formats, to the month and to the character.
import { describe, expect, it } from 'vitest';
import { periodMonths } from '../../../../renderer/services/kpi/dashboard-data';
import {
  formatMoney,
  formatRate,
  premiumRate,
} from '../../../../renderer/features/dashboard/format';

describe('periods, by the month policies end', () => {
  it.each([
    ['month', '2026-12', '2026-12'],
    ['quarter', '2026-10', '2026-12'],
    ['year', '2026-01', '2026-12'],
    ['all', '0000-00', '2026-12'],
  ] as const)('%s on 2026-12-02 runs from %s to %s', (period, from, to) => {
    expect(periodMonths(period, '2026-12-02')).toEqual({ from, to });
  });

  it('a quarter back from a month end crosses the year without losing a month', () => {
    expect(periodMonths('quarter', '2027-02-28')).toEqual({ from: '2026-12', to: '2027-02' });
  });
});

describe('numbers', () => {
  it('rates as whole percents, one decimal under 10%, a dash when nothing was due', () => {
    expect(formatRate(0.25, '—')).toBe('25%');
    expect(formatRate(0.6667, '—')).toBe('67%');
    expect(formatRate(0.034, '—')).toBe('3.4%');
    expect(formatRate(0, '—')).toBe('0%');
    expect(formatRate(null, '—')).toBe('—');
  });

  it('money in whole yuan with the reader’s grouping; premium rate null when nothing due', () => {
    expect(formatMoney(1234567.6, 'zh-CN')).toBe('1,234,568');
    expect(formatMoney(950, 'en')).toBe('950');
    expect(premiumRate(3200, 6850)).toBeCloseTo(0.467, 3);
    expect(premiumRate(100, 0)).toBeNull();
  });
});
