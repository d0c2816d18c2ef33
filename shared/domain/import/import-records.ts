// The stored records of imports: a batch with its counts, the column presets, and the prior
// versions of what a batch touched (so it can be undone).
// Re-exported by shared/domain/types.ts, the data model's one entry point.
import type { Id, IsoDateTime, Stamped } from '../types';

export interface ImportCounts {
  rows: number;
  new: number;
  updated: number;
  unchanged: number;
  renewed: number;
  ownerChanged: number;
  skipped: number;
}

/** The counts of a batch of `rows` rows before any of them is planned. */
export function emptyImportCounts(rows = 0): ImportCounts {
  return { rows, new: 0, updated: 0, unchanged: 0, renewed: 0, ownerChanged: 0, skipped: 0 };
}

export interface ImportBatch extends Stamped {
  fileName: string;
  contentHash: string;
  presetId?: Id | null;
  sheet: string;
  counts: ImportCounts;
  /** Everything needed to undo the batch: prior versions of each touched record. */
  undone: boolean;
  /**
   * Set when the undo copies (importUndo rows: prior versions of customers' records) were
   * dropped because the batch is older than UNDO_DAYS: it can no longer be undone.
   */
  undoExpired?: boolean;
}

export interface ImportPreset {
  id: Id;
  /** Normalised header row, joined: picks the preset automatically next time. */
  signature: string;
  name: string;
  /** Column header → canonical field (or null to ignore). */
  mapping: Record<string, string | null>;
  insurer?: string | null;
  headerRow?: number | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** Prior state of one record touched by an import batch, kept so the batch can be undone. */
export interface ImportUndoEntry {
  id: Id;
  batchId: Id;
  table: 'clients' | 'vehicles' | 'policies' | 'cases' | 'tasks' | 'staff';
  recordId: Id;
  /** The record before the batch, or null when the batch created it. */
  before: unknown;
}
