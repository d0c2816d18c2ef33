import { describe, expect, it } from 'vitest';
import type { PolicyResult, RenewalStatus } from '../../../../shared/domain/kpi/renewal-status';
import { byFirstTier, firstContactTiers } from '../../../../shared/domain/kpi/tier-rates';

const ORDER = ['d30', 'd15', 'd7', 'urgent', 'lapsed'];

function result(id: string, status: RenewalStatus): PolicyResult {
  return {
    policy: {
      id,
      vehicleId: `v-${id}`,
      kind: 'commercial',
      insurer: '人保',
      endDate: '2026-12-20',
    },
    status,
    staff: null,
    renewedPremium: 0,
    renewedInsurer: null,
    lostReason: null,
  };
}

describe('firstContactTiers', () => {
  it('takes the tier of the task carrying the earliest attempt, whatever the task order', () => {
    const tiers = firstContactTiers([
      { caseId: 'a', tier: 'd15', attempts: [{ at: '2026-12-05T02:00:00.000Z' }] },
      { caseId: 'a', tier: 'd30', attempts: [{ at: '2026-11-20T02:00:00.000Z' }] },
      { caseId: 'a', tier: 'urgent', attempts: [] },
      { caseId: 'b', tier: 'd7', attempts: [{ at: '2026-12-13T02:00:00.000Z' }] },
      { caseId: 'c', tier: 'd30', attempts: [] },
    ]);
    expect([...tiers]).toEqual([
      ['a', 'd30'],
      ['b', 'd7'],
    ]);
  });
});

describe('byFirstTier', () => {
  it('counts each policy under its case’s first tier, in reminder order, not contacted last', () => {
    const caseOf = new Map([
      ['p1', 'a'],
      ['p2', 'a'], // both kinds of one car: one case, both policies count
      ['p3', 'b'],
      ['p4', 'c'],
      // p5 has no case at all
    ]);
    const firstTier = new Map([
      ['a', 'd7'],
      ['b', 'd30'],
    ]);
    const rows = byFirstTier(
      [
        result('p1', 'renewed'),
        result('p2', 'lost'),
        result('p3', 'renewed'),
        result('p4', 'lapsed'),
        result('p5', 'pending'),
      ],
      caseOf,
      firstTier,
      ORDER,
    );
    expect(rows.map((r) => [r.tier, r.due, r.renewed, r.rate])).toEqual([
      ['d30', 1, 1, 1],
      ['d7', 2, 1, 0.5],
      [null, 2, 0, 0],
    ]);
  });

  it('puts a custom tier after the known ones', () => {
    const rows = byFirstTier(
      [result('p1', 'renewed'), result('p2', 'renewed')],
      new Map([
        ['p1', 'a'],
        ['p2', 'b'],
      ]),
      new Map([
        ['a', '提前60天'],
        ['b', 'lapsed'],
      ]),
      ORDER,
    );
    expect(rows.map((r) => r.tier)).toEqual(['lapsed', '提前60天']);
  });
});
