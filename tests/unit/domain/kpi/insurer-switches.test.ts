import { describe, expect, it } from 'vitest';
import { insurerSwitches } from '../../../../shared/domain/kpi/insurer-switches';
import type { PolicyResult, RenewalStatus } from '../../../../shared/domain/kpi/renewal-status';

let n = 0;
function result(
  status: RenewalStatus,
  from: string,
  to: string | null,
  renewedPremium = 0,
): PolicyResult {
  n++;
  return {
    policy: {
      id: `p${n}`,
      vehicleId: `v${n}`,
      kind: 'commercial',
      insurer: from,
      endDate: '2026-07-15',
      premium: 1000,
    },
    status,
    staff: null,
    renewedPremium,
    renewedInsurer: to,
    lostReason: null,
  };
}

describe('insurerSwitches', () => {
  it('counts each renewal once under the insurer it left and the one it renewed with', () => {
    const matrix = insurerSwitches([
      result('renewed', '人保财险', '人保财险', 900),
      result('renewed', '人保财险', '平安产险', 1200),
      result('renewed', '人保财险', '平安产险', 1300),
      result('renewed', '太平洋产险', '平安产险', 800),
    ]);
    expect(matrix.cells).toEqual(
      expect.arrayContaining([
        { from: '人保财险', to: '人保财险', count: 1, premium: 900 },
        { from: '人保财险', to: '平安产险', count: 2, premium: 2500 },
        { from: '太平洋产险', to: '平安产险', count: 1, premium: 800 },
      ]),
    );
    expect(matrix.cells).toHaveLength(3);
    expect(matrix.switched).toBe(3);
    expect(matrix.known).toBe(4);
  });

  it('leaves out what was not renewed: lost, lapsed and pending policies moved nowhere', () => {
    const matrix = insurerSwitches([
      result('lost', '人保财险', null),
      result('lapsed', '人保财险', null),
      result('pending', '人保财险', null),
    ]);
    expect(matrix).toEqual({ from: [], to: [], cells: [], switched: 0, known: 0 });
  });

  it('keeps a renewal whose insurer was not named in its own column, last, and not as a switch', () => {
    const matrix = insurerSwitches([
      result('renewed', '人保财险', null, 1000),
      result('renewed', '人保财险', null, 1000),
      result('renewed', '人保财险', null, 1000),
      result('renewed', '人保财险', '平安产险', 1000),
    ]);
    // Three unnamed outnumber the one named, yet the unnamed column still goes last.
    expect(matrix.to).toEqual(['平安产险', null]);
    expect(matrix.switched).toBe(1);
    expect(matrix.known).toBe(1);
    expect(matrix.cells).toContainEqual({ from: '人保财险', to: null, count: 3, premium: 3000 });
  });

  it('orders the insurers by how many renewals they account for, most first, ties by pinyin', () => {
    const matrix = insurerSwitches([
      result('renewed', '太平洋产险', '太平洋产险'),
      result('renewed', '人保财险', '平安产险'),
      result('renewed', '人保财险', '平安产险'),
      result('renewed', '人保财险', '太平洋产险'),
      result('renewed', '大地保险', '国寿财险'),
    ]);
    expect(matrix.from).toEqual(['人保财险', '大地保险', '太平洋产险']);
    expect(matrix.to).toEqual(['平安产险', '太平洋产险', '国寿财险']);
  });
});
