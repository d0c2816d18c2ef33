// Types of the import preview / commit / undo repositories (the UI and the CLI read these).
import type {
  ColumnMapping,
  ImportProblem,
  NormalizedRow,
  CanonicalRecord,
} from '../../../shared/domain/import/types';
import type {
  Client,
  Id,
  ImportCounts,
  Policy,
  Staff,
  Vehicle,
} from '../../../shared/domain/types';
import type { StoredWorld } from './import-load';

export type RowStatus = 'new' | 'updated' | 'unchanged' | 'skipped';

export interface FieldChange {
  entity: 'policy' | 'vehicle' | 'client';
  field: string;
  before: unknown;
  after: unknown;
}

export interface PlannedRow {
  sheet: string;
  /** Row number as the spreadsheet shows it. */
  row: number;
  status: RowStatus;
  /** This row's policy renews an earlier stored policy of the same vehicle and kind. */
  renewed: boolean;
  ownerChanged: boolean;
  policyIds: Id[];
  changes: FieldChange[];
  /** The row's own problems plus conflicts with stored data and reasons for skipping. */
  problems: ImportProblem[];
}

export interface RenewalInfo {
  vin: string | null;
  plate: string | null;
  previousEndDate: string;
  newStartDate: string | null;
  previousPolicyId: Id;
  newPolicyId: Id;
}

export interface OwnerChangeInfo {
  vin: string | null;
  plate: string | null;
  /** Names of the previous and the new insured. */
  from: string;
  to: string;
  vehicleId: Id;
}

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
export interface ImportPreview {
  meta: ImportMeta;
  /** The normalised rows the preview was computed from (fixes already applied). */
  input: NormalizedRow[];
  counts: ImportCounts;
  rows: PlannedRow[];
  /** Problems naming a clash with stored records (also inside rows[].problems). */
  conflicts: ImportProblem[];
  renewals: RenewalInfo[];
  ownerChanges: OwnerChangeInfo[];
  /** An earlier, not undone batch with the same content hash, if any. */
  previousBatch: { id: Id; fileName: string; createdAt: string } | null;
}

/** A value fixed by the user in the preview (record 1 of a split row is its commercial half). */
export interface ImportFix {
  row: number;
  record?: number;
  values: Partial<CanonicalRecord>;
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

/** Everything planImport decided: final versions to write and prior versions for undo. */
export interface ImportPlan {
  counts: ImportCounts;
  rows: PlannedRow[];
  conflicts: ImportProblem[];
  renewals: RenewalInfo[];
  ownerChanges: OwnerChangeInfo[];
  clients: Map<Id, Client>;
  vehicles: Map<Id, Vehicle>;
  policies: Map<Id, Policy>;
  /** Prior version of each record to write (null when the import creates it). */
  before: Map<Id, Client | Vehicle | Policy | null>;
  touchedClientIds: Set<Id>;
  /** Every record loaded or made while planning (stored versions merged with this batch's). */
  world: StoredWorld;
  /** 业务员 names of the rows that are imported (not skipped). */
  staffNames: Set<string>;
}
