// Cancel while a big file is being normalised: the session stops at the next chunk, keeps no
// parsed rows (so nothing can be committed from it) and nothing reaches the database. In the app
// the worker is terminated instead, which stops it just as early; this is the same promise.
import { describe, expect, it } from 'vitest';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { listWorkbook } from '../../fixtures/generate-lists';
import { ImportSession } from '../../../renderer/services/import/import-session';
import type { SessionProgress } from '../../../renderer/services/import/import-session-types';
import { freshDb } from './helpers';

describe('cancel during normalising', () => {
  it('ends the read as cancelled and writes nothing', async () => {
    const db = freshDb();
    const bytes = listWorkbook(makePolicies(1200, { seed: 3 }), { footer: false });
    const controller = new AbortController();
    const seen: SessionProgress[] = [];
    const session = new ImportSession(db, (p) => {
      seen.push(p);
      if (p.stage === 'normalize' && p.rows > 0) controller.abort();
    });
    const out = await session.read(bytes, 'big.xlsx', { insurer: '人保' }, controller.signal);
    expect(out).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(out.ok ? '' : out.error.message).toContain('没有写入任何数据');

    // Progress stopped inside normalising: no plan, no commit, no write stage.
    const stages = new Set(seen.map((p) => p.stage));
    expect(stages.has('normalize')).toBe(true);
    expect(['plan', 'commit', 'write', 'done'].some((s) => stages.has(s as never))).toBe(false);
    const last = seen.at(-1)!;
    expect(last.rows).toBeGreaterThan(0);
    expect(last.rows).toBeLessThan(last.total!);

    await expect(session.commit('张三')).rejects.toThrow(/没有正在导入的文件/);
    for (const table of [db.policies, db.clients, db.vehicles, db.importBatches, db.importPresets])
      expect(await table.count()).toBe(0);
  });
});
