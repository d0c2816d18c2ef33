// Normalising 50k rows takes seconds, and SheetJS cannot report progress while it reads, so this
// is where a big import shows movement: rows are normalised in chunks, with rows done / total
// reported after each one and a cancel checked before each. The rows are exactly those of one
// whole normalizeRows run (each row is read on its own; in-file duplicates are marked at the end).
import type { ColumnMapping, NormalizedRow, SheetGrid } from '../../../shared/domain/import/types';
import { markDuplicatesInFile, normalizeRowRange } from './domain-import';
import { ImportError } from './import-errors';

/** Small enough for ~100 updates on a 50k-row file, big enough that reporting costs nothing. */
export const NORMALIZE_CHUNK_ROWS = 500;

export interface ChunkOptions {
  insurer: string | null;
  chunkRows?: number;
  /** Called after each chunk with grid rows done and the number of rows under the header. */
  onRows?: (done: number, total: number) => void;
  /** Checked between chunks; an aborted signal ends the run with ImportError('cancelled'). */
  signal?: AbortSignal;
}

/** Rows under the header that normalising goes through (blank and 合计 rows included). */
export function dataRowCount(grid: SheetGrid, mapping: ColumnMapping): number {
  return Math.max(0, grid.rows.length - (mapping.headerRowIndex + 1));
}

export function normalizeRowsInChunks(
  grid: SheetGrid,
  mapping: ColumnMapping,
  options: ChunkOptions,
): NormalizedRow[] {
  const first = mapping.headerRowIndex + 1;
  const total = dataRowCount(grid, mapping);
  const size = Math.max(1, Math.floor(options.chunkRows ?? NORMALIZE_CHUNK_ROWS));
  const out: NormalizedRow[] = [];
  for (let done = 0; done < total;) {
    if (options.signal?.aborted) throw new ImportError('cancelled');
    const to = Math.min(total, done + size);
    const piece = normalizeRowRange(grid, mapping, {
      insurer: options.insurer,
      from: first + done,
      to: first + to,
    });
    for (const row of piece) out.push(row);
    done = to;
    options.onRows?.(done, total);
  }
  if (options.signal?.aborted) throw new ImportError('cancelled');
  return markDuplicatesInFile(out, mapping);
}
