// The import session and the worker protocol, driven directly in Node (fake-indexeddb): what
// the window would receive, that it stays small, and that fixes, skips, commit, presets and
// undo go through the same repositories as the CLI.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { LIST_HEADERS, listRow, listWorkbook } from '../../fixtures/generate-lists';
import { ImportSession } from '../../../renderer/services/import/import-session';
import {
  importHandlers,
  type ImportApi,
} from '../../../renderer/services/import/import-worker-handlers';
import { createRpcServer } from '../../../renderer/services/worker-rpc/server';
import type { RpcArgs, RpcRequest, RpcResponse } from '../../../renderer/services/worker-rpc/wire';
import type { SessionProgress } from '../../../renderer/services/import/import-session-types';
import { freshDb } from './helpers';

const policies = makePolicies(30);

/** A plain list whose second data row has an impossible end date (2026/2/30). */
function listWithBadDate(): Uint8Array {
  const rows = policies.slice(0, 4).map((p, i) =>
    listRow(p, i, {
      险种名称: p.kind === 'compulsory' ? '交强险' : '商业险',
      保险止期: i === 1 ? '2026/2/30' : p.endDate,
    }),
  );
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([LIST_HEADERS, ...rows]), '清单');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('ImportSession', () => {
  it('reads, previews in pages, fixes, skips and commits; progress covers every stage', async () => {
    const db = freshDb();
    const progress: SessionProgress[] = [];
    const session = new ImportSession(db, (p) => progress.push(p));
    const out = await session.read(listWithBadDate(), 'bad.xlsx', { insurer: '人保' });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.info).not.toHaveProperty('rows');
    expect(out.preview).toMatchObject({ problemRows: 1, blockingRows: 1, skipRows: [] });
    expect(out.preview.counts).toMatchObject({ rows: 4, new: 3, skipped: 1 });
    expect(progress.map((p) => p.stage)).toEqual(expect.arrayContaining(['read', 'plan', 'done']));
    expect(progress.every((p) => p.cancellable)).toBe(true);

    // One message for an impossible date, not also "缺少保险止期".
    const problems = session.page({ offset: 0, limit: 10, onlyProblems: true });
    expect(problems.total).toBe(1);
    const bad = problems.lines[0]!;
    expect(bad.planned.row).toBe(3);
    expect(bad.planned.problems.filter((p) => p.severity === 'error')).toHaveLength(1);
    expect(bad.planned.problems.some((p) => p.code === 'missing_required')).toBe(false);
    expect(bad.source?.records[0]?.policyNo).toBe(policies[1]!.policyNo);

    const page = session.page({ offset: 2, limit: 2, onlyProblems: false });
    expect(page).toMatchObject({ offset: 2, total: 4 });
    expect(page.lines.map((l) => l.planned.row)).toEqual([4, 5]);

    const skipped = await session.skip([2], true);
    expect(skipped).toMatchObject({ skipRows: [2], blockingRows: 1 });
    const fixed = await session.fix({ row: 3, record: 0, values: { endDate: '2027-02-28' } });
    expect(fixed).toMatchObject({ problemRows: 0, blockingRows: 0, fixes: 1 });
    expect(fixed.counts).toMatchObject({ new: 3, skipped: 1 });

    progress.length = 0;
    const committed = await session.commit('tester');
    expect(committed).toMatchObject({ counts: { new: 3, skipped: 1 } });
    expect(committed.batchId).not.toBeNull();
    expect(committed.presetId).not.toBeNull();
    expect(committed.staffCreated.length).toBeGreaterThan(0);
    const fixedPolicy = await db.policies.where('policyNo').equals(policies[1]!.policyNo).first();
    expect(fixedPolicy?.endDate).toBe('2027-02-28');
    expect(await db.policies.where('policyNo').equals(policies[0]!.policyNo).count()).toBe(0);
    // Cancellable until the commit transaction starts, never after.
    const firstLocked = progress.findIndex((p) => !p.cancellable);
    expect(firstLocked).toBeGreaterThan(-1);
    expect(progress.slice(firstLocked).every((p) => !p.cancellable)).toBe(true);
    expect(progress.some((p) => p.stage === 'write')).toBe(true);
  });

  it('the commit saves the preset: the next file of the layout gets the picked insurer', async () => {
    const db = freshDb();
    const session = new ImportSession(db);
    const csv = listWithBadDate();
    await session.read(csv, 'a.xlsx', { insurer: '平安' });
    await session.skipErrorRows();
    await session.commit('tester');
    const presets = await db.importPresets.toArray();
    expect(presets).toHaveLength(1);
    expect(presets[0]!.insurer).toBe('平安');
    const again = await session.read(csv, 'a.xlsx');
    if (!again.ok) throw new Error(again.error.message);
    expect(again.info).toMatchObject({ insurer: '平安', insurerSource: 'preset' });
    expect(again.preview.previousBatch?.fileName).toBe('a.xlsx');
  });
});

describe('import worker protocol', () => {
  it('answers each request once, in order, with small messages; errors come back coded', async () => {
    const db = freshDb();
    const posted: RpcResponse[] = [];
    const server = createRpcServer(
      importHandlers(async () => db),
      (m) => posted.push(m),
    );
    let id = 0;
    const ask = async <K extends keyof ImportApi>(method: K, args: RpcArgs<ImportApi, K>) => {
      const mine = ++id;
      await server.receive({ rpc: 1, kind: 'call', id: mine, method, args } satisfies RpcRequest);
      const answers = posted.filter((m) => m.kind === 'result' && m.id === mine);
      expect(answers).toHaveLength(1);
      return answers[0]!;
    };
    expect(await ask('page', { offset: 0, limit: 5, onlyProblems: false })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('open') },
    });
    expect(await ask('open', { dbName: 'x' })).toMatchObject({ ok: true, value: null });
    const bytes = listWorkbook(policies);
    const read = await ask('read', { file: bytes, fileName: 'list.xlsx', choices: {} });
    expect(read).toMatchObject({ ok: true, value: { ok: true, preview: { counts: { new: 60 } } } });
    // The window gets summaries, never the parsed rows: far smaller than the file.
    expect(JSON.stringify(read).length).toBeLessThan(bytes.length / 2);
    expect(JSON.stringify(read)).not.toContain(policies[10]!.policyNo);
    const page = await ask('page', { offset: 0, limit: 5, onlyProblems: false });
    expect(page).toMatchObject({ ok: true, value: { total: 60 } });
    const commit = await ask('commit', { actor: 'tester' });
    expect(commit).toMatchObject({ ok: true, value: { counts: { new: 60 } } });
    const batchId = (commit as { value: { batchId: string } }).value.batchId;
    // Progress belongs to the call that made it.
    expect(
      posted.some(
        (m) =>
          m.kind === 'progress' && m.id === id && (m.value as SessionProgress).stage === 'write',
      ),
    ).toBe(true);
    const undo = await ask('undo', { batchId, actor: 'tester' });
    expect(undo).toMatchObject({ ok: true, value: { batchId } });
    // Soft-deleted: every row stays as a tombstone (a deletion that can travel), none is live.
    const rows = await db.policies.toArray();
    expect(rows).toHaveLength(60);
    expect(rows.filter((p) => !p.deletedAt)).toEqual([]);
    const twice = await ask('undo', { batchId, actor: 'tester' });
    expect(twice).toMatchObject({
      ok: false,
      error: {
        name: 'RepositoryError',
        code: 'conflict',
        data: { text: { key: 'errors:repository.alreadyUndone', params: expect.anything() } },
      },
    });
  });
});
