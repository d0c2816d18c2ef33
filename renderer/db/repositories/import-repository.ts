// Import preview: what committing these rows would do, computed without writing anything.
import type { NormalizedRow } from '../../../shared/domain/import/types';
import type { AppDb } from '../app-db';
import { planImport } from './import-plan';
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
    db.importPresets,
    db.cases,
    db.tasks,
    db.importBatches,
    db.importUndo,
    db.auditEvents,
  ] as const;
}

/** Which record of a row a problem's field belongs to: 'commercial.endDate' → the commercial half. */
function recordOf(row: NormalizedRow, side: string): number {
  const i = row.records.findIndex((r) => r.kind === side);
  return i < 0 ? 0 : i;
}

/**
 * Applies the user's in-place fixes: the fixed values replace the record's, and the row's
 * problems about exactly those fields of that record disappear (fixing the commercial end date
 * leaves a compulsory end-date problem in place). The UI normalises the typed value first.
 */
export function applyFixes(rows: NormalizedRow[], fixes: ImportFix[] = []): NormalizedRow[] {
  if (fixes.length === 0) return rows;
  const byRow = new Map<number, ImportFix[]>();
  for (const f of fixes) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
  return rows.map((row) => {
    const own = byRow.get(row.row);
    if (!own) return row;
    const fixed = (record: number, field: string): boolean =>
      own.some((f) => (f.record ?? 0) === record && field in f.values);
    return {
      ...row,
      records: row.records.map((rec, i) => {
        const mine = own.filter((f) => (f.record ?? 0) === i);
        return Object.assign({ ...rec }, ...mine.map((f) => f.values));
      }),
      problems: row.problems.filter((p) => {
        if (!p.field) return true;
        const [side, field] = p.field.includes('.') ? p.field.split('.') : [null, p.field];
        if (!field) return true;
        // An unprefixed field names every record of the row; a prefixed one only its half.
        if (side === null) return !row.records.some((_, i) => fixed(i, field));
        return !fixed(recordOf(row, side), field);
      }),
    };
  });
}

export async function previewImport(
  db: AppDb,
  normalizedRows: NormalizedRow[],
  meta: ImportMeta,
  options: { fixes?: ImportFix[]; skipRows?: number[]; onRows?: (done: number) => void } = {},
): Promise<ImportPreview> {
  const input = applyFixes(normalizedRows, options.fixes);
  return db.transaction('r', importTables(db), async () => {
    const plan = await planImport(db, input, {
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
      renewals: plan.renewals,
      ownerChanges: plan.ownerChanges,
      previousBatch: previous
        ? { id: previous.id, fileName: previous.fileName, createdAt: previous.createdAt }
        : null,
    };
  });
}
