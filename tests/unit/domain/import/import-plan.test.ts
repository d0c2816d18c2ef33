// What one import decides, record by record (issue 15): created records and their fields, a
// re-import that changes nothing, updates with their changes, renewals by next year's list, a
// car changing owner, conflicts with stored data, and the rows that are skipped and why.
import { describe, expect, it } from 'vitest';
import { planRows, type PlanOptions } from '../../../../shared/domain/import/plan-rows';
import type { StoredWorld } from '../../../../shared/domain/import/plan-types';
import { problemText } from '../../../../shared/domain/validation/result';
import type { CanonicalRecord, NormalizedRow } from '../../../../shared/domain/import/types';

const at = '2026-06-01T00:00:00.000Z';
const VIN = '1M8GDM9AXKP042788';

function record(over: Partial<CanonicalRecord> = {}): CanonicalRecord {
  return {
    policyNo: 'P1', insurer: '平安', kind: 'commercial', plate: '京A12345', plateMissing: false,
    vin: VIN, engineNo: 'E1', brandModel: '大众', firstRegisteredOn: '2020-01-02', insured: '张三',
    holder: '张三', phones: ['13812345678'], idNumber: null, startDate: '2025-12-02',
    endDate: '2026-12-01', endTime: '24:00', premium: 3000, staff: ' 李娜 ', note: null, ...over,
  }; // prettier-ignore
}

const rowOf = (row: number, ...records: CanonicalRecord[]): NormalizedRow => ({
  sheet: 'S',
  row,
  records,
  problems: [],
});

function emptyWorld(): StoredWorld {
  return { clients: new Map(), vehicles: new Map(), policies: new Map() };
}

/** Plans `rows` against `world` (changed in place, as a commit would leave it). */
function plan(world: StoredWorld, rows: NormalizedRow[], over: Partial<PlanOptions> = {}) {
  let n = 0;
  const prefix = `${world.policies.size}-`;
  return planRows(world, rows, {
    actor: 'u1',
    at,
    batchId: 'b1',
    newId: () => `${prefix}${++n}`,
    ...over,
  });
}

const stamps = { createdAt: at, updatedAt: at, updatedBy: 'u1', deletedAt: null };

describe('a first import', () => {
  it('creates the customer, the car and the policy from the record', () => {
    const p = plan(emptyWorld(), [rowOf(2, record())]);
    expect(p.counts).toEqual({
      rows: 1,
      new: 1,
      updated: 0,
      unchanged: 0,
      renewed: 0,
      ownerChanged: 0,
      skipped: 0,
    });
    expect(p.clients.get('0-1')).toEqual({
      id: '0-1',
      name: '张三',
      phones: ['13812345678'],
      idNumber: null,
      doNotContact: false,
      smsConsent: false,
      ...stamps,
    });
    expect(p.vehicles.get('0-2')).toEqual({
      id: '0-2',
      plate: '京A12345',
      vin: VIN,
      engineNo: 'E1',
      brandModel: '大众',
      firstRegisteredOn: '2020-01-02',
      ownerId: '0-1',
      ownerHistory: [],
      ...stamps,
    });
    expect(p.policies.get('0-3')).toEqual({
      id: '0-3',
      insurer: '平安',
      policyNo: 'P1',
      kind: 'commercial',
      vehicleId: '0-2',
      insuredId: '0-1',
      holderName: '张三',
      startDate: '2025-12-02',
      endDate: '2026-12-01',
      endTime: '24:00',
      premium: 3000,
      staffName: ' 李娜 ',
      holderId: null,
      importBatchId: 'b1',
      status: 'active',
      renewedById: null,
      ...stamps,
    });
    expect(p.rows).toEqual([
      {
        sheet: 'S',
        row: 2,
        status: 'new',
        renewed: false,
        ownerChanged: false,
        policyIds: ['0-3'],
        changes: [
          { entity: 'client', field: '*', before: null, after: '0-1' },
          { entity: 'vehicle', field: '*', before: null, after: '0-2' },
          { entity: 'policy', field: '*', before: null, after: '0-3' },
        ],
        problems: [],
      },
    ]);
    expect([...p.before.entries()]).toEqual([
      ['0-1', null],
      ['0-2', null],
      ['0-3', null],
    ]);
    expect([...p.staffNames]).toEqual(['李娜']);
    expect([...p.touchedClientIds]).toEqual(['0-1']);
    expect(p).toMatchObject({ conflicts: [], fileProblems: [], renewals: [], ownerChanges: [] });
  });

  it('two policies of one car and customer share them; a car without plate keeps none', () => {
    const p = plan(emptyWorld(), [
      rowOf(2, record(), record({ policyNo: 'P2', kind: 'compulsory', premium: 950 })),
      rowOf(3, record({ policyNo: 'P3', vin: null, plate: '*', plateMissing: true, insured: '李四', holder: null, phones: [] })),
    ]); // prettier-ignore
    expect(p.counts).toMatchObject({ new: 3 });
    expect(p.rows[0]?.policyIds).toEqual(['0-3', '0-4']);
    expect(p.policies.get('0-4')).toMatchObject({ vehicleId: '0-2', insuredId: '0-1' });
    expect(p.vehicles.get('0-6')).toMatchObject({ plate: null, vin: null, ownerId: '0-5' });
    expect(p.policies.get('0-7')).toMatchObject({ holderName: null, vehicleId: '0-6' });
  });
});

describe('importing again', () => {
  it('the same file changes nothing', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    const again = plan(world, [rowOf(2, record())]);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
    expect(again.rows[0]).toMatchObject({ status: 'unchanged', changes: [], problems: [] });
    expect(again.clients.size + again.vehicles.size + again.policies.size).toBe(0);
  });

  it('a new premium and phone update the stored records, each change named', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    const p = plan(world, [rowOf(2, record({ premium: 3200, phones: ['13912345678'] }))]);
    expect(p.counts).toMatchObject({ new: 0, updated: 1, unchanged: 0 });
    expect(p.rows[0]?.status).toBe('updated');
    expect(p.rows[0]?.changes).toEqual([
      {
        entity: 'client',
        field: 'phones',
        before: ['13812345678'],
        after: ['13812345678', '13912345678'],
      },
      { entity: 'policy', field: 'premium', before: 3000, after: 3200 },
    ]);
    expect(p.rows[0]?.problems).toEqual([]);
    expect(p.policies.get('0-3')).toMatchObject({ premium: 3200, updatedAt: at, createdAt: at });
    expect(p.before.get('0-3')).toMatchObject({ premium: 3000 });
  });

  it('what the file leaves empty keeps its stored value', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    const p = plan(world, [
      rowOf(2, record({ engineNo: null, brandModel: null, firstRegisteredOn: null, holder: null, startDate: null, endTime: null, premium: null, staff: null })),
    ]); // prettier-ignore
    expect(p.counts).toMatchObject({ unchanged: 1 });
  });

  it('a stored end date or insured that differs is named as a conflict, in words', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    const p = plan(world, [
      rowOf(2, record({ endDate: '2026-12-05', insured: '李四', phones: [] })),
    ]);
    const conflicts = p.rows[0]?.problems.filter((x) => x.code === 'conflict_stored');
    expect(conflicts?.map((c) => [c.field, c.severity, c.text.params])).toEqual([
      ['insured', 'warning', { field: { key: 'fields:insured' }, before: '张三', after: '李四' }],
      ['endDate', 'warning', { field: { key: 'fields:endDate' }, before: '2026-12-01', after: '2026-12-05' }],
    ]); // prettier-ignore
    expect(p.conflicts).toEqual(conflicts);
  });

  it('the same number on another known car keeps the number and warns', () => {
    const world = emptyWorld();
    const other = { vin: 'LSVAM4180C2184847', plate: '京B11111' };
    plan(world, [rowOf(2, record()), rowOf(3, record({ policyNo: 'P2', ...other }))]);
    const p = plan(world, [rowOf(2, record(other))]);
    expect(p.rows[0]?.problems).toEqual([
      expect.objectContaining({ code: 'conflict_vehicle', field: 'vin', severity: 'warning' }),
    ]);
    expect(p.conflicts).toEqual(p.rows[0]?.problems);
    const byPlate = plan(world, [rowOf(2, record({ vin: null, plate: '京A12345' }))]);
    expect(byPlate.rows[0]?.problems).toEqual([
      expect.objectContaining({ code: 'conflict_vehicle', field: 'plate' }),
    ]);
  });

  it("a dealer's row without number is the same policy the insurer's list numbers later", () => {
    const world = emptyWorld();
    const dealer = plan(world, [rowOf(2, record({ policyNo: null, insurer: null }))]);
    expect(dealer.policies.get('0-3')).toMatchObject({ policyNo: null, insurer: '' });
    const insurer = plan(world, [rowOf(2, record())]);
    expect(insurer.counts).toMatchObject({ new: 0, updated: 1 });
    expect(insurer.policies.get('0-3')).toMatchObject({ policyNo: 'P1', insurer: '平安' });
    const dealerAgain = plan(world, [rowOf(2, record({ policyNo: null, insurer: null }))]);
    expect(dealerAgain.counts).toMatchObject({ unchanged: 1 });
  });

  it('a policy deleted since comes back under its id, as a new policy', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    const stored = world.policies.get('0-3');
    world.policies.set('0-3', { ...stored!, deletedAt: '2026-06-02T00:00:00.000Z' });
    const p = plan(world, [rowOf(2, record())]);
    expect(p.counts).toMatchObject({ new: 1 });
    expect(p.rows[0]).toMatchObject({ status: 'new', policyIds: ['0-3'] });
    expect(p.policies.get('0-3')?.deletedAt).toBeNull();
  });
});

describe("next year's list", () => {
  it('renews the stored policy of the same car and kind that ends earlier', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    const p = plan(world, [
      rowOf(2, record({ policyNo: 'P9', startDate: '2026-12-02', endDate: '2027-12-01' })),
    ]);
    expect(p.renewals).toEqual([
      {
        vin: VIN,
        plate: '京A12345',
        previousEndDate: '2026-12-01',
        newStartDate: '2026-12-02',
        previousPolicyId: '0-3',
        newPolicyId: '1-1',
      },
    ]);
    expect(p.counts).toMatchObject({ new: 1, renewed: 1 });
    expect(p.rows[0]?.renewed).toBe(true);
    expect(p.policies.get('0-3')).toMatchObject({ status: 'renewed', renewedById: '1-1' });
    expect(p.rows[0]?.changes).toEqual([
      { entity: 'policy', field: '*', before: null, after: '1-1' },
    ]);
  });

  it('renews nothing across kinds, for an earlier end, or without a policy of this import', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    expect(plan(world, [rowOf(2, record({ policyNo: 'C1', kind: 'compulsory', endDate: '2027-12-01' }))]).renewals).toEqual([]); // prettier-ignore
    expect(plan(world, [rowOf(2, record({ policyNo: 'P0', endDate: '2025-12-01' }))]).renewals).toEqual([]); // prettier-ignore
    expect(plan(world, [rowOf(2, record({ policyNo: 'X1', vin: 'LSVAM4180C2184847', plate: '京B1' }))]).renewals).toEqual([]); // prettier-ignore
  });
});

describe('a car changing owner', () => {
  it('a later policy naming someone else moves the car to them, with the history', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    const p = plan(world, [
      rowOf(2, record({ policyNo: 'P9', insured: '李四', holder: null, phones: [], startDate: null, endDate: '2027-12-01' })),
    ]); // prettier-ignore
    expect(p.ownerChanges).toEqual([
      { vin: VIN, plate: '京A12345', from: '张三', to: '李四', vehicleId: '0-2' },
    ]);
    expect(p.counts).toMatchObject({ ownerChanged: 1 });
    expect(p.rows[0]?.ownerChanged).toBe(true);
    expect(p.vehicles.get('0-2')).toMatchObject({
      ownerId: '1-1',
      ownerHistory: [{ clientId: '0-1', name: '张三', from: null, to: '2026-06-01' }],
    });
    expect([...p.touchedClientIds].sort()).toEqual(['0-1', '1-1']);
  });

  it('an older list does not move the car back', () => {
    const world = emptyWorld();
    plan(world, [rowOf(2, record())]);
    const p = plan(world, [
      rowOf(2, record({ policyNo: 'P0', insured: '李四', holder: null, phones: [], endDate: '2025-12-01' })),
    ]); // prettier-ignore
    expect(p.ownerChanges).toEqual([]);
    expect(world.vehicles.get('0-2')?.ownerId).toBe('0-1');
  });
});

describe('rows that are skipped', () => {
  it.each([
    [{ policyNo: null, vin: null, plate: null }, 'policyNo'],
    [{ endDate: null }, 'endDate'],
    [{ insured: null, holder: null }, 'insured'],
  ] as const)('%j: missing_required on %s', (over, field) => {
    const p = plan(emptyWorld(), [rowOf(2, record(over))]);
    expect(p.rows[0]).toMatchObject({ status: 'skipped', policyIds: [] });
    expect(p.rows[0]?.problems).toEqual([
      expect.objectContaining({ row: 2, column: '', field, severity: 'error', code: 'missing_required' }),
    ]); // prettier-ignore
    expect(p.counts).toMatchObject({ skipped: 1, new: 0 });
  });

  it('the holder alone is enough for a customer', () => {
    const p = plan(emptyWorld(), [rowOf(2, record({ insured: null, holder: '王五' }))]);
    expect(p.clients.get('0-1')?.name).toBe('王五');
  });

  it('a row the user skips, one with an error, one without records', () => {
    const error = { ...rowOf(3, record()), problems: [{ row: 3, column: 'X', field: null, severity: 'error' as const, code: 'x', text: problemText('row.missing') }] }; // prettier-ignore
    const p = plan(emptyWorld(), [rowOf(2, record()), error, rowOf(4)], { skipRows: [2] });
    expect(p.rows.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(p.rows[0]?.problems).toEqual([]);
    expect(p.rows[1]?.problems.map((x) => x.code)).toEqual(['x']);
    expect(p.rows[2]?.problems).toEqual([
      expect.objectContaining({ code: 'no_policy', severity: 'warning', field: null }),
    ]);
    expect(p.counts).toMatchObject({ skipped: 3 });
  });

  it('a reason the reader gave for the same field is not given twice', () => {
    const row = {
      ...rowOf(2, record({ endDate: null })),
      problems: [{ row: 2, column: '终保日期', field: 'commercial.endDate' as const, severity: 'error' as const, code: 'date_impossible', text: problemText('row.missing') }], // prettier-ignore
    };
    expect(plan(emptyWorld(), [row]).rows[0]?.problems.map((x) => x.code)).toEqual([
      'date_impossible',
    ]);
  });
});

describe('other decisions', () => {
  it('a record without kind is a commercial policy, said so once per record', () => {
    const p = plan(emptyWorld(), [rowOf(2, record({ kind: null }))]);
    expect(p.policies.get('0-3')?.kind).toBe('commercial');
    expect(p.rows[0]?.problems).toEqual([
      expect.objectContaining({ code: 'kind_assumed', field: 'kind', severity: 'warning' }),
    ]);
    const world = emptyWorld();
    plan(world, [rowOf(2, record({ kind: 'compulsory' }))]);
    const again = plan(world, [rowOf(2, record({ kind: null }))]);
    expect(again.rows[0]?.problems).toEqual([]);
    expect(again.counts).toMatchObject({ unchanged: 1 });
  });

  it('reports progress every 5,000 rows', () => {
    const calls: number[] = [];
    const rows = Array.from({ length: 10_001 }, (_, i) => rowOf(i + 2));
    plan(emptyWorld(), rows, { onRows: (n) => calls.push(n), skipRows: [] });
    expect(calls).toEqual([5000, 10_000]);
  });
});
