// Lists the way other portals and dealer systems export them (issue 9), file bytes → preview.
import { describe, expect, it } from 'vitest';
import { numberCell, sheetWorkbook, text } from '../../fixtures/generate-portal-lists';
import { freshDb, importFile, preview } from './helpers';

const VIN = 'LSVAM4187C2184937';

describe('policy number columns (issue 9 §1)', () => {
  it('stores the policy under 保单号 when the list also has 投保单号', async () => {
    const bytes = sheetWorkbook(
      ['投保单号', '保单号', '车架号', '被保险人', '险种', '终保日期'],
      [
        [
          text('T2025110100001'),
          text('PDZA202533010000000123'),
          VIN,
          '王伟',
          '商业险',
          '2026-07-06',
        ],
      ],
      { title: '太平洋财险 续保清单' },
    );
    const db = freshDb();
    const result = await importFile(db, bytes, 'cpic.xlsx');
    expect(result.counts).toMatchObject({ rows: 1, new: 1, skipped: 0 });
    expect((await db.policies.toArray()).map((x) => x.policyNo)).toEqual([
      'PDZA202533010000000123',
    ]);
  });

  it('names a 21-digit 保单号 stored as a NUMBER cell instead of storing a wrong number', async () => {
    const bytes = sheetWorkbook(
      ['投保单号', '保单号', '车架号', '被保险人', '终保日期'],
      [[text('T1'), numberCell('123456789012345678901'), VIN, '王伟', '2026-07-06']],
      { title: '太平洋财险 续保清单' },
    );
    const p = await preview(freshDb(), bytes, 'cpic-number.xlsx');
    expect(p.counts).toMatchObject({ rows: 1, new: 0, skipped: 1 });
    expect(p.rows[0]?.problems).toContainEqual(
      expect.objectContaining({
        row: 3,
        column: '保单号',
        field: 'policyNo',
        severity: 'error',
        code: 'maybe_precision_lost',
      }),
    );
  });
});
