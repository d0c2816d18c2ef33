// A list that names no insurer: one question about the file, not an error per row; "skip all
// rows with errors" leaves the waiting rows alone; the answer unblocks the commit; a commit of
// nothing but skipped rows says so (issue 9 §6).
import { describe, expect, it } from 'vitest';
import { sheetWorkbook, text } from '../../fixtures/generate-portal-lists';
import { ImportSession } from '../../../renderer/services/import/import-session';
import { freshDb } from './helpers';

const HEADER = ['保单号', '险种', '车牌号', '被保险人', '终保日期'];
const list = sheetWorkbook(HEADER, [
  [text('PN1'), '商业险', '浙A12345', '王伟', '2026-07-06'],
  [text('PN2'), '交强险', '浙A12345', '王伟', '2026-07-06'],
  [text('PN3'), '商业险', '浙A67890', '李娜', '2026-02-30'],
]);

describe('missing insurer, asked once', () => {
  it('is one file problem; rows keep only their own; skip-all leaves waiting rows', async () => {
    const session = new ImportSession(freshDb());
    const out = await session.read(list, 'no-insurer.xlsx', {});
    if (!out.ok) throw new Error(out.error.message);
    expect(out.preview.fileProblems.map((p) => [p.code, p.row, p.severity])).toEqual([
      ['missing_insurer', 0, 'error'],
    ]);
    const page = session.page({ offset: 0, limit: 10, onlyProblems: false });
    expect(page.lines.map((l) => [l.planned.row, l.planned.problems.map((p) => p.code)])).toEqual([
      [2, []],
      [3, []],
      [4, ['date_impossible']],
    ]);
    expect(out.preview.blockingRows).toBe(1);
    const skipped = await session.skipErrorRows();
    expect(skipped.skipRows).toEqual([4]);
    expect(skipped.blockingRows).toBe(0);
    expect(skipped.fileProblems).toHaveLength(1);

    // The answer (the picker) re-reads the file: nothing waits any more, and the skip the user
    // made before answering still stands (the row does not block the commit again).
    const answered = await session.read(
      list,
      'no-insurer.xlsx',
      { insurer: '平安' },
      undefined,
      true,
    );
    if (!answered.ok) throw new Error(answered.error.message);
    expect(answered.preview.fileProblems).toEqual([]);
    expect(answered.preview.counts).toMatchObject({ new: 2, skipped: 1 });
    expect(answered.preview.skipRows).toEqual([4]);
    expect(answered.preview.blockingRows).toBe(0);
  });

  it('keeps skips and fixes only while the rows are the same ones', async () => {
    const session = new ImportSession(freshDb());
    const out = await session.read(list, 'no-insurer.xlsx', {});
    if (!out.ok) throw new Error(out.error.message);
    await session.skip([2], true);
    await session.fix({ row: 4, values: { endDate: '2026-02-28' } });
    const kept = await session.read(list, 'no-insurer.xlsx', { insurer: '人保' }, undefined, true);
    if (!kept.ok) throw new Error(kept.error.message);
    expect(kept.preview.skipRows).toEqual([2]);
    expect(kept.preview.fixes).toBe(1);
    expect(kept.preview.counts).toMatchObject({ new: 2, skipped: 1 });
    // Another header row points the edits at other rows: they start over even when asked to keep.
    const moved = await session.read(
      list,
      'no-insurer.xlsx',
      { insurer: '人保', headerRowIndex: 1 },
      undefined,
      true,
    );
    if (!moved.ok) throw new Error(moved.error.message);
    expect(moved.preview.skipRows).toEqual([]);
    expect(moved.preview.fixes).toBe(0);
    // And a read that does not ask to keep them starts over too.
    await session.skip([3], true);
    const fresh = await session.read(list, 'no-insurer.xlsx', { insurer: '人保' });
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect(fresh.preview.skipRows).toEqual([]);
  });

  it('a commit where every row is skipped writes nothing and counts them all as skipped', async () => {
    const db = freshDb();
    const session = new ImportSession(db);
    const out = await session.read(list, 'l.xlsx', { insurer: '平安' });
    if (!out.ok) throw new Error(out.error.message);
    await session.skip([2, 3, 4], true);
    const result = await session.commit('test');
    expect(result.batchId).toBeNull();
    expect(result.counts).toMatchObject({ rows: 3, skipped: 3, new: 0, unchanged: 0 });
    expect(await db.policies.count()).toBe(0);
  });
});
