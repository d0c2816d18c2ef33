// Lists the way other portals and dealer systems export them (issue 9), file bytes → preview.
import { describe, expect, it } from 'vitest';
import { openClients } from '../../../renderer/db/repositories/client-crypto';
import { numberCell, sheetWorkbook, text } from '../../fixtures/generate-portal-lists';
import { freshDb, importFile, preview } from './helpers';

const VIN = '1M8GDM9AXKP042788';

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

describe("dates written the insurer's way (issue 9 §2)", () => {
  it('imports 至…24时止 ends and a 保险期间 column as calendar dates', async () => {
    const bytes = sheetWorkbook(
      ['保单号', '车架号', '被保险人', '险种', '保险起期', '保险止期', '保险期间'],
      [
        ['PA1', VIN, '王伟', '交强险', '自2025年07月07日00时起', '至2026年07月06日24时止', null],
        ['PA2', VIN, '王伟', '商业险', null, null, '2025-07-07 00:00至2026-07-06 24:00'],
      ],
      { title: '人保财险 续保清单' },
    );
    const db = freshDb();
    const result = await importFile(db, bytes, 'picc.xlsx');
    expect(result.counts).toMatchObject({ rows: 2, new: 2, skipped: 0 });
    const stored = (await db.policies.toArray()).map((x) => [
      x.policyNo,
      x.startDate,
      x.endDate,
      x.endTime,
    ]);
    expect(stored.sort()).toEqual([
      ['PA1', '2025-07-07', '2026-07-06', '24:00'],
      ['PA2', '2025-07-07', '2026-07-06', '24:00'],
    ]);
  });
});

describe('rows that are not policies (issue 9 §4)', () => {
  it('stores the policies and names the refund, the endorsement and the 10,000-character name', async () => {
    const bytes = sheetWorkbook(
      ['保单号', '险种', '车架号', '被保险人', '终保日期', '保费'],
      [
        [text('PB1'), '商业险', VIN, '王伟', '2026-07-06', 3200],
        [text('PB2'), '商业险', VIN, '王伟', '2026-07-06', -800],
        [text('PB3'), '批改', VIN, '王伟', '2026-07-06', 0],
        [text('PB4'), '交强险', VIN, '王'.repeat(10_000), '2026-07-06', 950],
      ],
      { title: '平安财险 续保清单' },
    );
    const db = freshDb();
    const p = await preview(db, bytes, 'pa.xlsx');
    expect(p.counts).toMatchObject({ rows: 4, new: 1, skipped: 3 });
    const codes = p.rows.map((r) => [r.row, r.status, r.problems.map((x) => x.code)]);
    expect(codes).toEqual([
      [3, 'new', []],
      [4, 'skipped', ['not_a_policy']],
      [5, 'skipped', ['not_a_policy']],
      [6, 'skipped', ['too_long']],
    ]);
    await importFile(db, bytes, 'pa.xlsx');
    expect((await db.policies.toArray()).map((x) => x.policyNo)).toEqual(['PB1']);
    expect((await openClients(await db.clients.toArray())).map((c) => c.name)).toEqual(['王伟']);
  });
});
