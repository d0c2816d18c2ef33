// applyFixes clears exactly the problems of the field that was fixed, on the record (half of a
// split row) that was fixed.
import { describe, expect, it } from 'vitest';
import type {
  CanonicalRecord,
  ImportProblem,
  NormalizedRow,
} from '../../../../shared/domain/import/types';
import { applyFixes } from '../../../../shared/domain/import/apply-fixes';

const problem = (field: ImportProblem['field']): ImportProblem => ({
  row: 5,
  column: String(field),
  field,
  severity: 'error',
  code: 'invalid_date',
  text: { key: 'problems:row.enterValue' },
});

function splitRow(): NormalizedRow {
  const rec = (kind: 'compulsory' | 'commercial') =>
    ({ kind, policyNo: `P-${kind}`, endDate: null, phones: [] }) as unknown as CanonicalRecord;
  return {
    sheet: 'S',
    row: 5,
    records: [rec('compulsory'), rec('commercial')],
    problems: [
      problem('compulsory.endDate'),
      problem('commercial.endDate'),
      problem('phones'),
      problem(null),
    ],
  } as NormalizedRow;
}

describe('applyFixes', () => {
  it('fixing the commercial end date keeps the compulsory end-date problem', () => {
    const [row] = applyFixes(
      [splitRow()],
      [{ row: 5, record: 1, values: { endDate: '2027-01-01' } }],
    );
    expect(row!.records[1]!.endDate).toBe('2027-01-01');
    expect(row!.records[0]!.endDate).toBeNull();
    expect(row!.problems.map((p) => p.field)).toEqual(['compulsory.endDate', 'phones', null]);
  });

  it('fixing the compulsory half clears only its own problem', () => {
    const [row] = applyFixes(
      [splitRow()],
      [{ row: 5, record: 0, values: { endDate: '2027-01-01' } }],
    );
    expect(row!.problems.map((p) => p.field)).toEqual(['commercial.endDate', 'phones', null]);
  });

  it('an unprefixed field is cleared by a fix of that field on any record; other rows untouched', () => {
    const other = { ...splitRow(), row: 6 };
    const out = applyFixes(
      [splitRow(), other],
      [{ row: 5, record: 1, values: { phones: ['13800138000'] } }],
    );
    expect(out[0]!.problems.map((p) => p.field)).toEqual([
      'compulsory.endDate',
      'commercial.endDate',
      null,
    ]);
    expect(out[1]).toBe(other);
  });
});
