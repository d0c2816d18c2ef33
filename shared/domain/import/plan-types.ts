// What planning an import decides, as plain data: the rules (plan-rows.ts, merge-records.ts,
// renewals.ts) produce it from the stored records they are given; the repositories load those
// records and write the result.
import type { Client, Id, ImportCounts, Policy, Vehicle } from '../types';
import type { CanonicalRecord, ImportProblem } from './types';

/** The stored records an import could touch, loaded by the caller before planning. */
export interface StoredWorld {
  clients: Map<Id, Client>;
  vehicles: Map<Id, Vehicle>;
  policies: Map<Id, Policy>;
}

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

/** A value fixed by the user in the preview (record 1 of a split row is its commercial half). */
export interface ImportFix {
  row: number;
  record?: number;
  values: Partial<CanonicalRecord>;
}

/** What planning says about each row and the file: the part of the plan the preview shows. */
export interface PlanOutcome {
  counts: ImportCounts;
  rows: PlannedRow[];
  /** Problems naming a clash with stored records (also inside rows[].problems). */
  conflicts: ImportProblem[];
  /**
   * Problems of the file, not of a row (row 0): the insurer nobody named. They block the commit
   * until answered; the rows waiting on them are counted as skipped meanwhile.
   */
  fileProblems: ImportProblem[];
  renewals: RenewalInfo[];
  ownerChanges: OwnerChangeInfo[];
}

/** Everything planRows decided: final versions to write and prior versions for undo. */
export interface ImportPlan extends PlanOutcome {
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
