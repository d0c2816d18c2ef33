// A file that names no insurer is asked once, not once per row (issue 9 §6).
import { describe, expect, it } from 'vitest';
import { zh } from '../../../support/text';
import { planRows } from '../../../../shared/domain/import/plan-rows';
import type { CanonicalRecord, NormalizedRow } from '../../../../shared/domain/import/types';

function record(over: Partial<CanonicalRecord>): CanonicalRecord {
  return {
    policyNo: 'P1', insurer: null, kind: 'commercial', plate: '京A12345', plateMissing: false,
    vin: null, engineNo: null, brandModel: null, firstRegisteredOn: null, insured: '张三',
    holder: null, phones: [], idNumber: null, startDate: null, endDate: '2026-12-01',
    endTime: null, premium: null, staff: null, note: null, ...over,
  }; // prettier-ignore
}

function plan(rows: NormalizedRow[]) {
  const world = { clients: new Map(), vehicles: new Map(), policies: new Map() };
  let n = 0;
  return planRows(world, rows, {
    actor: 't',
    at: '2026-06-01T00:00:00.000Z',
    batchId: 'b',
    newId: () => `n${++n}`,
  });
}

const rows = (n: number): NormalizedRow[] =>
  Array.from({ length: n }, (_, i) => ({
    sheet: 'S',
    row: i + 2,
    records: [record({ policyNo: `P${i}`, plate: `京A1234${i % 10}` })],
    problems: [],
  }));

describe('missing insurer', () => {
  it('is one file problem for 150 rows; the rows carry none and wait (counted skipped)', () => {
    const p = plan(rows(150));
    expect(p.fileProblems).toEqual([
      expect.objectContaining({ row: 0, field: 'insurer', severity: 'error', code: 'missing_insurer' }),
    ]); // prettier-ignore
    expect(zh(p.fileProblems[0]?.text)).toContain('150 行');
    expect(p.rows.every((r) => r.problems.length === 0)).toBe(true);
    expect(p.counts).toMatchObject({ rows: 150, new: 0, skipped: 150 });
    expect(p.policies.size).toBe(0);
  });

  it('leaves a row its own problems and does not count it as waiting', () => {
    const input = rows(2);
    input[1] = {
      ...input[1]!,
      records: [record({ policyNo: 'PX', insured: null })],
    };
    const p = plan(input);
    expect(zh(p.fileProblems[0]?.text)).toContain('1 行');
    expect(p.rows[1]?.problems.map((x) => x.code)).toEqual(['missing_required']);
  });

  it('is no problem once the file or the picker names the insurer', () => {
    const named = rows(3).map((r) => ({ ...r, records: [{ ...r.records[0]!, insurer: '平安' }] }));
    const p = plan(named);
    expect(p.fileProblems).toEqual([]);
    expect(p.counts).toMatchObject({ new: 3, skipped: 0 });
  });

  it('a dealer row without number or insurer does not wait for one', () => {
    const p = plan([
      { sheet: 'S', row: 2, records: [record({ policyNo: null, vin: '1M8GDM9AXKP042788' })], problems: [] },
    ]); // prettier-ignore
    expect(p.fileProblems).toEqual([]);
    expect(p.counts).toMatchObject({ new: 1 });
  });
});
