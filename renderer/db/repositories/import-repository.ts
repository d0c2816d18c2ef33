// Import preview: what committing these rows would do, computed without writing anything.
import { applyFixes } from '../../../shared/domain/import/apply-fixes';
import type { NormalizedRow } from '../../../shared/domain/import/types';
import type { AppDb } from '../app-db';
import { planImport } from './import-load';
import type { ImportFix, ImportMeta, ImportPreview } from './import-types';
import { nowIso } from './write-context';

export type * from './import-types';

/**
 * Tables an import reads or writes: commit and undo also refresh client summaries, save the
 * preset, create staff; undo checks cases and tasks before removing staff the batch created.
 */
export function importTables(db: AppDb) {
  return [
    db.clients,
    db.vehicles,
    db.policies,
    db.staff,
    db.clientSummaries,
    db.summaryChunks,
    db.importPresets,
    db.cases,
    db.tasks,
    db.importBatches,
    db.importUndo,
    db.auditEvents,
  ] as const;
}

export async function previewImport(
  db: AppDb,
  normalizedRows: NormalizedRow[],
  meta: ImportMeta,
  options: { fixes?: ImportFix[]; skipRows?: number[]; onRows?: (done: number) => void } = {},
): Promise<ImportPreview> {
  const input = applyFixes(normalizedRows, options.fixes);
  // Loaded and planned outside a transaction: sealed customers open only outside one.
  const { plan } = await planImport(db, input, {
    actor: 'preview',
    at: nowIso(),
    batchId: 'preview',
    skipRows: options.skipRows,
    onRows: options.onRows,
  });
  const previous = meta.contentHash
    ? (await db.importBatches.where('contentHash').equals(meta.contentHash).toArray())
        .filter((b) => !b.undone)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
    : undefined;
  return {
    meta,
    input,
    counts: plan.counts,
    rows: plan.rows,
    conflicts: plan.conflicts,
    fileProblems: plan.fileProblems,
    renewals: plan.renewals,
    ownerChanges: plan.ownerChanges,
    previousBatch: previous
      ? { id: previous.id, fileName: previous.fileName, createdAt: previous.createdAt }
      : null,
  };
}
