// Types of the import preview / commit / undo repositories (the UI and the CLI read these).
import type {
  ImportFix,
  OwnerChangeInfo,
  PlanOutcome,
  RenewalInfo,
} from '../../../shared/domain/import/plan-types';
import type { ColumnMapping, NormalizedRow } from '../../../shared/domain/import/types';
import type { Id, ImportCounts, Staff } from '../../../shared/domain/types';

// The plan's own types live with its rules; the UI and the CLI keep reading them from here.
export type * from '../../../shared/domain/import/plan-types';

export interface ImportMeta {
  fileName: string;
  sheet: string;
  contentHash: string;
  presetId?: Id | null;
  /** How the file was read: the commit saves it as the preset of this header layout. */
  preset?: PresetInput | null;
}

export interface PresetInput {
  signature: string;
  mapping: ColumnMapping;
  /** Remembered for the layout (null when a title row named the insurer of this file only). */
  insurer: string | null;
}

/** Where a commit is: cancel is possible until 'transaction' (then it is all or nothing). */
export type CommitStage = 'transaction' | 'planned' | 'written';

/** What the preview shows; commitImport recomputes it inside its transaction. */
export interface ImportPreview extends PlanOutcome {
  meta: ImportMeta;
  /** The normalised rows the preview was computed from (fixes already applied). */
  input: NormalizedRow[];
  /** An earlier, not undone batch with the same content hash, if any. */
  previousBatch: { id: Id; fileName: string; createdAt: string } | null;
}

export interface CommitOptions {
  fileName?: string;
  contentHash?: string;
  presetId?: Id | null;
  /** Staff id of the person importing (or 'import' for the CLI). */
  actor: string;
  /** Spreadsheet row numbers the user chose to skip. */
  skipRows?: number[];
  fixes?: ImportFix[];
  onStage?: (stage: CommitStage, done?: number, total?: number) => void;
}

export interface CommitResult {
  /** null when nothing changed: re-importing a file records no batch (see import-commit.ts). */
  batchId: Id | null;
  counts: ImportCounts;
  renewals: RenewalInfo[];
  ownerChanges: OwnerChangeInfo[];
  /** Staff records created for 业务员 names the list introduced. */
  staffCreated: Staff[];
  /** Preset saved for this file's layout (null when the preview carried none). */
  presetId: Id | null;
}
