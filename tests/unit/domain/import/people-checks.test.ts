// Same ID number under another name is an error naming the stored customer; the same phone
// under another name is a warning (issue 9 §5).
import { describe, expect, it } from 'vitest';
import { zh } from '../../../support/text';
import { planRows } from '../../../../shared/domain/import/plan-rows';
import type { StoredWorld } from '../../../../shared/domain/import/plan-types';
import type { CanonicalRecord, NormalizedRow } from '../../../../shared/domain/import/types';
import type { Client } from '../../../../shared/domain/types';

const ID = '11010519491231002X';
const at = '2026-06-01T00:00:00.000Z';

function record(over: Partial<CanonicalRecord>): CanonicalRecord {
  return {
    policyNo: 'P1', insurer: '平安', kind: 'commercial', plate: '京A12345', plateMissing: false,
    vin: null, engineNo: null, brandModel: null, firstRegisteredOn: null, insured: '张三',
    holder: null, phones: [], idNumber: null, startDate: null, endDate: '2026-12-01',
    endTime: null, premium: null, staff: null, note: null, ...over,
  }; // prettier-ignore
}

const rowOf = (n: number, rec: CanonicalRecord): NormalizedRow => ({
  sheet: 'S',
  row: n,
  records: [rec],
  problems: [],
});

function stored(name: string, over: Partial<Client>): Client {
  return {
    id: `c-${name}`, name, phones: [], idNumber: null, doNotContact: false, smsConsent: false,
    createdAt: at, updatedAt: at, updatedBy: 'test', deletedAt: null, ...over,
  } as Client; // prettier-ignore
}

function plan(clients: Client[], rows: NormalizedRow[]) {
  const world: StoredWorld = {
    clients: new Map(clients.map((c) => [c.id, c])),
    vehicles: new Map(),
    policies: new Map(),
  };
  let n = 0;
  return planRows(world, rows, { actor: 't', at, batchId: 'b', newId: () => `n${++n}` });
}

describe('same ID number, different name', () => {
  it('is an error on the row naming the stored customer; nothing is merged', () => {
    const p = plan(
      [stored('王伟', { idNumber: ID })],
      [rowOf(2, record({ insured: '李娜', idNumber: ID }))],
    );
    expect(p.counts).toMatchObject({ new: 0, skipped: 1 });
    expect(p.rows[0]?.problems).toEqual([
      expect.objectContaining({ row: 2, field: 'idNumber', severity: 'error', code: 'id_name_conflict' }),
    ]); // prettier-ignore
    expect(zh(p.rows[0]?.problems[0]?.text)).toContain('王伟');
    expect(zh(p.rows[0]?.problems[0]?.text)).not.toContain(ID);
    expect(p.conflicts.map((c) => c.code)).toEqual(['id_name_conflict']);
    expect(p.clients.size).toBe(0);
  });

  it('also between two rows of one file: the second waits for the user', () => {
    const p = plan(
      [],
      [
        rowOf(2, record({ insured: '王伟', idNumber: ID })),
        rowOf(3, record({ policyNo: 'P2', insured: '李娜', idNumber: ID })),
      ],
    );
    expect(p.rows.map((r) => [r.row, r.status, r.problems.map((x) => x.code)])).toEqual([
      [2, 'new', []],
      [3, 'skipped', ['id_name_conflict']],
    ]);
  });

  it('the same ID and name is the same customer, without a problem', () => {
    const p = plan(
      [stored('王伟', { idNumber: ID })],
      [rowOf(2, record({ insured: '王伟', idNumber: ID }))],
    );
    expect(p.rows[0]).toMatchObject({ status: 'new', problems: [] });
    expect([...p.policies.values()][0]?.insuredId).toBe('c-王伟');
  });
});

describe('same phone, different name', () => {
  it('warns, naming the stored customer, and imports a customer of its own', () => {
    const p = plan(
      [stored('王伟', { phones: ['13812345678'] })],
      [rowOf(2, record({ insured: '王芳', phones: ['13812345678'] }))],
    );
    expect(p.rows[0]?.status).toBe('new');
    expect(p.rows[0]?.problems).toEqual([
      expect.objectContaining({ field: 'phones', severity: 'warning', code: 'phone_shared' }),
    ]);
    expect(zh(p.rows[0]?.problems[0]?.text)).toContain('王伟');
    expect([...p.policies.values()][0]?.insuredId).not.toBe('c-王伟');
  });
});

describe('a stored policy the file says otherwise about', () => {
  it('names the field and the customers in words, not internal ids', () => {
    const first = plan([], [rowOf(2, record({ insured: '王伟' }))]);
    let n = 0;
    const again = planRows(
      first.world,
      [rowOf(2, record({ insured: '李娜', endDate: '2026-12-05' }))],
      { actor: 't', at, batchId: 'b2', newId: () => `m${++n}` },
    );
    const texts = (again.rows[0]?.problems ?? [])
      .filter((p) => p.code === 'conflict_stored')
      .map((p) => [p.field, zh(p.text)]);
    expect(texts).toEqual([
      ['insured', expect.stringMatching(/^与已保存的数据不同：被保险人 王伟 → 李娜/)],
      ['endDate', expect.stringMatching(/^与已保存的数据不同：终保日期 2026-12-01 → 2026-12-05/)],
    ]);
  });
});
