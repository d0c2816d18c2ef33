// The one place the file pipeline meets the pure import code in shared/domain/import, adapted
// to what pipeline.ts needs (a header index, rows with in-file duplicates already marked).
import type { ColumnMapping, NormalizedRow, SheetGrid } from '../../../shared/domain/import/types';
import {
  findHeaderRow as findHeader,
  markDuplicatesInFile,
  normalizeRows as normalize,
} from '../../../shared/domain/import';

export {
  autoMapColumns,
  canonicalInsurer,
  cellText,
  headerSignature,
  insurerFromTitle,
  scoreSheet,
} from '../../../shared/domain/import';

/** 0-based index of the header row, or null when no row looks like a policy-list header. */
export function findHeaderRow(grid: SheetGrid): number | null {
  return findHeader(grid)?.headerRowIndex ?? null;
}

export function normalizeRows(
  grid: SheetGrid,
  mapping: ColumnMapping,
  options: { insurer: string | null },
): NormalizedRow[] {
  return markDuplicatesInFile(normalize(grid, mapping, options), mapping);
}

/**
 * normalizeRows in pieces: grid rows [from, to) only, without the in-file duplicate marks, which
 * need every row; call markDuplicatesInFile on the concatenated pieces (normalizeRowsInChunks does).
 */
export function normalizeRowRange(
  grid: SheetGrid,
  mapping: ColumnMapping,
  options: { insurer: string | null; from: number; to: number },
): NormalizedRow[] {
  return normalize(grid, mapping, options);
}

export { markDuplicatesInFile };
