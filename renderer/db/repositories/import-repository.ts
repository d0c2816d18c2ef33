// Import preview: what committing these rows would do, computed without writing anything.
import type { NormalizedRow } from '../../../shared/domain/import/types';
import type { AppDb } from '../app-db';
import { planImport } from './import-plan';
import type { ImportFix, ImportMeta, ImportPreview } from './import-types';
import { nowIso } from './write-context';

export type * from './import-types';

/** Tables an import reads or writes (commit and undo also refresh client summaries). */
export function importTables(db: AppDb) {
  return [
    db.clients,
    db.vehicles,
    db.policies,
    db.staff,
    db.clientSummaries,
    db.importBatches,
    db.importUndo,
    db.auditEvents,
  ] as const;
}

/**
 * Applies the user's in-place fixes: the fixed values replace the record's, and the row's
 * problems about those fields disappear (the UI normalises the typed value before passing it).
 */
export function applyFixes(rows: NormalizedRow[], fixes: ImportFix[] = []): NormalizedRow[] {
  if (fixes.length === 0) return rows;
  const byRow = new Map<number, ImportFix[]>();
  for (const f of fixes) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
  return rows.map((row) => {
    const own = byRow.get(row.row);
    if (!own) return row;
    const fixed = new Set(own.flatMap((f) => Object.keys(f.values)));
    return {
      ...row,
      records: row.records.map((rec, i) => {
        const mine = own.filter((f) => (f.record ?? 0) === i);
        return Object.assign({ ...rec }, ...mine.map((f) => f.values));
      }),
      problems: row.problems.filter((p) => {
        const field = p.field?.split('.').pop();
        return !(field && fixed.has(field));
      }),
    };
  });
}

export async function previewImport(
  db: AppDb,
  normalizedRows: NormalizedRow[],
  meta: ImportMeta,
  options: { fixes?: ImportFix[]; skipRows?: number[] } = {},
): Promise<ImportPreview> {
  const input = applyFixes(normalizedRows, options.fixes);
  return db.transaction('r', importTables(db), async () => {
    const plan = await planImport(db, input, {
      actor: 'preview',
      at: nowIso(),
      batchId: 'preview',
      skipRows: options.skipRows,
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
      renewals: plan.renewals,
      ownerChanges: plan.ownerChanges,
      previousBatch: previous
        ? { id: previous.id, fileName: previous.fileName, createdAt: previous.createdAt }
        : null,
    };
  });
}
