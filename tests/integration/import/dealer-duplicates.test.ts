// Dealer (DMS) lists carry no policy numbers, so the same car twice in one file is found by its
// car (VIN, else plate), kind and end date (issue 9 §3, "in-file duplicates"); and every problem
// the planner finds names the column it is about, as the reader's problems do ("Bad input").
import { describe, expect, it } from 'vitest';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { sheetWorkbook, type ListCell } from '../../fixtures/generate-portal-lists';
import { ImportSession } from '../../../renderer/services/import/import-session';
import { freshDb, importFile, preview } from './helpers';

const VIN_A = makePolicies(1, { seed: 5 })[0]!.vin; // a VIN with a right check digit
const HEAD = [
  '序号',
  '车牌号',
  '车架号',
  '客户姓名',
  '联系电话',
  '交强险到期日期',
  '商业险到期日期',
];

function dms(rows: ListCell[][]): Uint8Array {
  return sheetWorkbook(HEAD, rows, { title: '4S店 保险到期客户明细' });
}

describe('the same car twice in a dealer list', () => {
  it('an identical repeat is imported once, with a warning on the later row', async () => {
    const file = dms([
      [1, '浙A12345', VIN_A, '王伟', '13812345678', '2026-07-06', '2026-07-20'],
      [2, '浙A12345', VIN_A, '王伟', '13812345678', '2026-07-06', '2026-07-20'],
    ]);
    const db = freshDb();
    const planned = await preview(db, file, 'dms.xlsx');
    const later = planned.rows.find((r) => r.row === 4)!;
    expect(later.problems.map((p) => [p.code, p.severity, p.column])).toEqual([
      ['duplicate_same', 'warning', '车架号'],
      ['duplicate_same', 'warning', '车架号'],
    ]);
    expect(planned.rows.find((r) => r.row === 3)!.problems).toEqual([]);
    await importFile(db, file, 'dms.xlsx');
    expect(await db.policies.count()).toBe(2);
    expect(await db.vehicles.count()).toBe(1);
  });

  it('a repeat that disagrees (another phone) is an error naming the earlier row and the field', async () => {
    const file = dms([
      [1, '浙A12345', VIN_A, '王伟', '13812345678', '2026-07-06', null],
      [2, '浙A12345', null, '王伟', '13900000000', '2026-07-06', null],
    ]);
    const planned = await preview(freshDb(), file, 'dms.xlsx');
    const later = planned.rows.find((r) => r.row === 4)!;
    const dup = later.problems.find((p) => p.code === 'duplicate_conflict');
    expect(dup).toMatchObject({ severity: 'error', column: '车牌号', field: 'plate' });
    expect(dup!.text.params).toMatchObject({ row: 3, car: '浙A12345' });
    expect(later.status).toBe('skipped');
  });

  it('the same car with another end date (last year and this year) is no duplicate', async () => {
    const file = dms([
      [1, '浙A12345', VIN_A, '王伟', '13812345678', '2025-07-06', null],
      [2, '浙A12345', VIN_A, '王伟', '13812345678', '2026-07-06', null],
    ]);
    const planned = await preview(freshDb(), file, 'dms.xlsx');
    expect(planned.rows.flatMap((r) => r.problems.map((p) => p.code))).not.toContain(
      'duplicate_same',
    );
  });
});

describe("the planner's problems name their column", () => {
  it('a row without a name says so under the name column, not as the whole row', async () => {
    const file = dms([[1, '浙A12345', VIN_A, null, '13812345678', '2026-07-06', null]]);
    const session = new ImportSession(freshDb());
    const read = await session.read(file, 'dms.xlsx');
    if (!read.ok) throw new Error(read.error.message);
    const [line] = session.page({ offset: 0, limit: 10, onlyProblems: true }).lines;
    expect(line!.planned.problems).toEqual([
      expect.objectContaining({ code: 'missing_required', field: 'insured', column: '客户姓名' }),
    ]);
  });
});
