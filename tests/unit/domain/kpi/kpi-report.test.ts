import { describe, expect, it } from 'vitest';
import {
  byInsurer,
  byMonth,
  byStaff,
  expiryLoad,
  lostReasons,
  weekStart,
} from '../../../../shared/domain/kpi/kpi-report';
import type { PolicyResult, RenewalStatus } from '../../../../shared/domain/kpi/renewal-status';
import { monthRows } from '../../../support/kpi-rows';

let n = 0;
function result(
  status: RenewalStatus,
  over: {
    endDate?: string;
    kind?: 'compulsory' | 'commercial';
    insurer?: string;
    premium?: number;
    staff?: string | null;
    renewedPremium?: number;
    lostReason?: string | null;
  } = {},
): PolicyResult {
  n++;
  return {
    policy: {
      id: `p${n}`,
      vehicleId: `v${n}`,
      kind: over.kind ?? 'commercial',
      insurer: over.insurer ?? '人保财险',
      endDate: over.endDate ?? '2026-07-15',
      premium: over.premium ?? 1000,
    },
    status,
    staff: over.staff ?? null,
    renewedPremium: over.renewedPremium ?? 0,
    renewedInsurer: null,
    lostReason: over.lostReason ?? null,
  };
}

describe('byMonth', () => {
  it('counts per kind and all, with rate, premiums and closed', () => {
    const rows = byMonth([
      result('renewed', { kind: 'compulsory', premium: 950, renewedPremium: 990 }),
      result('renewed', { premium: 3000, renewedPremium: 3500 }),
      result('lost', { premium: 2000, lostReason: '价格' }),
      result('pending', { endDate: '2026-08-02', premium: 1200 }),
    ]);
    expect(rows).toEqual(
      monthRows(
        // month, kind, due, renewed, lost, lapsed, pending, rate, premium due, premium renewed, closed
        ['2026-07', 'compulsory', 1, 1, 0, 0, 0, 1, 950, 990, true],
        ['2026-07', 'commercial', 2, 1, 1, 0, 0, 0.5, 5000, 3500, true],
        ['2026-07', 'all', 3, 2, 1, 0, 0, 2 / 3, 5950, 4490, true],
        ['2026-08', 'commercial', 1, 0, 0, 0, 1, 0, 1200, 0, false],
        ['2026-08', 'all', 1, 0, 0, 0, 1, 0, 1200, 0, false],
      ),
    );
  });

  it('premium renewed can exceed premium due', () => {
    const [row] = byMonth([result('renewed', { premium: 1000, renewedPremium: 1800 })]);
    expect(row?.premiumRenewed).toBeGreaterThan(row?.premiumDue ?? Infinity);
  });

  it('an empty list gives no rows and no division by zero', () => {
    expect(byMonth([])).toEqual([]);
    expect(byStaff([])).toEqual([]);
  });
});

describe('byInsurer and byStaff', () => {
  it('groups by insurer and kind', () => {
    const rows = byInsurer([
      result('renewed', { insurer: '平安财险' }),
      result('lapsed', { insurer: '平安财险', kind: 'compulsory' }),
    ]);
    expect(rows.map((r) => [r.insurer, r.kind, r.due, r.renewed, r.lapsed, r.rate])).toEqual([
      ['平安财险', 'compulsory', 1, 0, 1, 0],
      ['平安财险', 'commercial', 1, 1, 0, 1],
      ['平安财险', 'all', 2, 1, 1, 0.5],
    ]);
  });

  it('groups by staff, unassigned (null) last', () => {
    const rows = byStaff([
      result('renewed', { staff: '李四' }),
      result('pending'),
      result('lost', { staff: '李四' }),
    ]);
    expect(rows.map((r) => [r.staff, r.due, r.renewed, r.lost, r.pending, r.rate])).toEqual([
      ['李四', 2, 1, 1, 0, 0.5],
      [null, 1, 0, 0, 1, 0],
    ]);
  });
});

describe('lostReasons', () => {
  it('counts and sums premium per reason, most frequent first; only lost policies', () => {
    const rows = lostReasons([
      result('lost', { lostReason: '服务', premium: 500 }),
      result('lost', { lostReason: '价格', premium: 3000 }),
      result('lost', { lostReason: '价格', premium: 2000 }),
      result('lapsed'),
      result('lost', { lostReason: null, premium: 100 }),
    ]);
    expect(rows).toEqual([
      { reason: '价格', count: 2, premium: 5000 },
      { reason: '服务', count: 1, premium: 500 },
      { reason: null, count: 1, premium: 100 },
    ]);
  });
});

describe('expiryLoad', () => {
  it('weeks start on Monday', () => {
    expect(weekStart('2026-12-01')).toBe('2026-11-30'); // a Tuesday
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday
  });

  it('counts pending policies per week of their end date against working-day capacity', () => {
    const rows = expiryLoad(
      [
        result('pending', { endDate: '2026-12-03' }),
        result('pending', { endDate: '2026-12-07' }),
        result('renewed', { endDate: '2026-12-07' }),
        result('pending', { endDate: '2026-11-29' }), // before this week: not ahead
      ],
      { today: '2026-12-01', dailyCapacity: 40, weeks: 3 },
    );
    expect(rows).toEqual([
      // Tue–Fri are left of this week: 4 working days.
      { weekStart: '2026-11-30', due: 1, capacity: 160 },
      { weekStart: '2026-12-07', due: 1, capacity: 200 },
      { weekStart: '2026-12-14', due: 0, capacity: 200 },
    ]);
  });

  it('takes holidays off capacity and counts 13 weeks by default', () => {
    const rows = expiryLoad([], { today: '2026-09-28', dailyCapacity: 10 });
    expect(rows).toHaveLength(13);
    // 2026-10-01..07 is the National Day holiday; the Monday 2026-09-28 week keeps Mon–Wed.
    expect(rows[0]).toEqual({ weekStart: '2026-09-28', due: 0, capacity: 30 });
  });
});
