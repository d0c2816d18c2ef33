// A dealer's (DMS) list without policy numbers imports, drives reminders, is idempotent, and
// merges with the insurer's list that later brings the numbers (issue 9 §3).
import { describe, expect, it } from 'vitest';
import { sheetWorkbook, text } from '../../fixtures/generate-portal-lists';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { freshDb, importFile, preview } from './helpers';

const VIN_A = 'LSVAM4187C2184937';
const VIN_B = 'LFV2A21K8A3100002';

const dms = sheetWorkbook(
  ['序号', '车牌号', '车架号', '客户姓名', '联系电话', '交强险到期日期', '商业险到期日期'],
  [
    [1, '浙A12345', VIN_A, '王伟', '13812345678', '2026-07-06', '2026-07-20'],
    [2, '浙A67890', null, '李娜', '13912345678', '2026-08-01', null],
  ],
  { title: '4S店 保险到期客户明细' },
);

describe('dealer lists without policy numbers', () => {
  it('imports each car and kind as a policy without a number, with cases and tasks', async () => {
    const db = freshDb();
    const result = await importFile(db, dms, 'dms.xlsx');
    expect(result.counts).toMatchObject({ rows: 2, new: 3, skipped: 0 });
    const policies = await db.policies.toArray();
    expect(policies.map((p) => [p.kind, p.policyNo, p.insurer, p.endDate]).sort()).toEqual([
      ['commercial', null, '', '2026-07-20'],
      ['compulsory', null, '', '2026-07-06'],
      ['compulsory', null, '', '2026-08-01'],
    ]);
    await recomputePlan(db, { today: '2026-07-05', now: '2026-07-05T01:00:00.000Z' });
    const cases = await db.cases.toArray();
    expect(cases.map((c) => c.endDate).sort()).toEqual(['2026-07-06', '2026-07-20', '2026-08-01']);
    expect(await db.tasks.count()).toBeGreaterThan(0);
  });

  it('re-importing the same dealer list changes nothing', async () => {
    const db = freshDb();
    await importFile(db, dms, 'dms.xlsx');
    const before = await db.policies.toArray();
    const again = await preview(db, dms, 'dms.xlsx');
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3, skipped: 0 });
    await importFile(db, dms, 'dms.xlsx');
    expect(await db.policies.toArray()).toEqual(before);
  });

  it("the insurer's list fills in the number instead of adding a second policy", async () => {
    const db = freshDb();
    await importFile(db, dms, 'dms.xlsx');
    const insurerList = sheetWorkbook(
      ['保单号', '险种', '车牌号', '车架号', '被保险人', '起保日期', '终保日期', '保费'],
      [
        [text('PDZA202533010000000001'), '交强险', '浙A12345', VIN_A, '王伟', '2025-07-07', '2026-07-06', 950],
        [text('PDZA202533010000000002'), '交强险', '浙A67890', VIN_B, '李娜', '2025-08-02', '2026-08-01', 950],
      ], // prettier-ignore
      { title: '中国人民财产保险股份有限公司 续保清单' },
    );
    const result = await importFile(db, insurerList, 'picc.xlsx');
    expect(result.counts).toMatchObject({ new: 0, updated: 2, skipped: 0 });
    const policies = await db.policies.toArray();
    expect(policies).toHaveLength(3);
    expect(policies.map((p) => [p.kind, p.policyNo, p.insurer, p.endDate]).sort()).toEqual([
      ['commercial', null, '', '2026-07-20'],
      ['compulsory', 'PDZA202533010000000001', '人保', '2026-07-06'],
      ['compulsory', 'PDZA202533010000000002', '人保', '2026-08-01'],
    ]);
    // The dealer's list once more keeps the numbers the insurer brought.
    const back = await preview(db, dms, 'dms.xlsx');
    expect(back.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
  });
});
