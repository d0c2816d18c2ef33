// Commit: one Dexie transaction for the whole batch. It recomputes the plan inside the
// transaction (the store may have changed since the preview), writes only records that differ,
// keeps their prior versions for undo, records the batch and refreshes the client summaries.
// If anything throws, IndexedDB aborts the transaction and nothing of the batch remains.
//
// Re-importing a file that changes nothing records NO batch (batchId null): the history then
// only lists imports that can be undone, and the result's counts say "all unchanged".
import type {
  Client,
  Id,
  ImportBatch,
  ImportUndoEntry,
  Policy,
  Vehicle,
} from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { refreshClientSummaries } from './client-summaries';
import { planImport } from './import-plan';
import { applyFixes, importTables } from './import-repository';
import type { CommitOptions, CommitResult, ImportPlan, ImportPreview } from './import-types';
import { auditEvent, newId, nowIso } from './write-context';

/** Undo entry ids for records a batch created are grouped: `before` is { created: ids }. */
export const CREATED_PREFIX = 'created:';
const CREATED_CHUNK = 5000;

type Table = ImportUndoEntry['table'];

function undoEntries(plan: ImportPlan, batchId: Id): ImportUndoEntry[] {
  const entries: ImportUndoEntry[] = [];
  const tables: Array<[Table, Map<Id, Client | Vehicle | Policy>]> = [
    ['clients', plan.clients],
    ['vehicles', plan.vehicles],
    ['policies', plan.policies],
  ];
  for (const [table, map] of tables) {
    const created: Id[] = [];
    for (const id of map.keys()) {
      const before = plan.before.get(id) ?? null;
      if (before === null) created.push(id);
      else entries.push({ id: newId(), batchId, table, recordId: id, before });
    }
    for (let i = 0; i < created.length; i += CREATED_CHUNK) {
      const ids = created.slice(i, i + CREATED_CHUNK);
      entries.push({
        id: newId(),
        batchId,
        table,
        recordId: `${CREATED_PREFIX}${i}`,
        before: { created: ids },
      });
    }
  }
  return entries;
}

export async function commitImport(
  db: AppDb,
  preview: ImportPreview,
  options: CommitOptions,
): Promise<CommitResult> {
  const input = applyFixes(preview.input, options.fixes);
  const at = nowIso();
  const batchId = newId();
  return db.transaction('rw', importTables(db), async () => {
    const plan = await planImport(db, input, {
      actor: options.actor,
      at,
      batchId,
      skipRows: options.skipRows,
    });
    const result: CommitResult = {
      batchId: null,
      counts: plan.counts,
      renewals: plan.renewals,
      ownerChanges: plan.ownerChanges,
    };
    if (plan.before.size === 0) return result;

    await db.clients.bulkPut([...plan.clients.values()]);
    await db.vehicles.bulkPut([...plan.vehicles.values()]);
    await db.policies.bulkPut([...plan.policies.values()]);
    await db.importUndo.bulkAdd(undoEntries(plan, batchId));
    const batch: ImportBatch = {
      id: batchId,
      createdAt: at,
      updatedAt: at,
      updatedBy: options.actor,
      deletedAt: null,
      fileName: options.fileName ?? preview.meta.fileName,
      contentHash: options.contentHash ?? preview.meta.contentHash,
      presetId: options.presetId ?? preview.meta.presetId ?? null,
      sheet: preview.meta.sheet,
      counts: plan.counts,
      undone: false,
    };
    await db.importBatches.add(batch);
    const c = plan.counts;
    const detail = `${batch.fileName}: 新增 ${c.new}，更新 ${c.updated}，未变 ${c.unchanged}，续保 ${c.renewed}，过户 ${c.ownerChanged}，跳过 ${c.skipped}`;
    await db.auditEvents.add(
      auditEvent(options.actor, 'import', 'importBatch', batchId, detail, at),
    );
    await refreshClientSummaries(db, plan.touchedClientIds);
    return { ...result, batchId };
  });
}
