// Types shared by the import pipeline: the file reader (renderer/services/import) produces a
// SheetGrid; the pure code in shared/domain/import finds the header, maps columns and turns
// each row into canonical records with the problems found.
import type { TextRef } from '../../i18n/text-ref';
import type { IsoDate, PolicyKind } from '../types';

/** One cell as SheetJS gives it, reduced to what the pipeline needs (structured-clone safe). */
export interface SheetCell {
  /** Raw value: text, number (dates as Excel serials), boolean, or null for empty. */
  v: string | number | boolean | null;
  /** SheetJS cell type: s string, n number, b boolean, e error, d date, z empty. */
  t: 's' | 'n' | 'b' | 'e' | 'd' | 'z';
  /** Formatted text as the spreadsheet shows it, when available. */
  w?: string;
  /** Number format, e.g. 'yyyy-mm-dd' or '@' for text. */
  z?: string;
  /** True when the cell held a formula (its cached value is in v). */
  f?: boolean;
}

export interface SheetGrid {
  name: string;
  /** Rows as the sheet has them; rows[i] is spreadsheet row i + 1 (no blank rows dropped). */
  rows: SheetCell[][];
  hiddenRows: number[];
  hiddenColumns: number[];
  /** Workbook uses the 1904 date system (old Mac Excel). */
  date1904: boolean;
}

export const CANONICAL_FIELDS = [
  'policyNo',
  'insurer',
  'kind',
  'plate',
  'vin',
  'engineNo',
  'brandModel',
  'firstRegisteredOn',
  'insured',
  'holder',
  'phones',
  'idNumber',
  'startDate',
  'endDate',
  'premium',
  'staff',
  'note',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/**
 * Extra targets for split layouts where one row carries both policies:
 * 交强险保单号 / 商业险保单号, 交强险止期 / 商业险止期, 交强险保费 / 商业险保费 ...
 */
export type SplitField =
  | 'compulsory.policyNo'
  | 'compulsory.startDate'
  | 'compulsory.endDate'
  | 'compulsory.premium'
  | 'compulsory.insurer'
  | 'commercial.policyNo'
  | 'commercial.startDate'
  | 'commercial.endDate'
  | 'commercial.premium'
  | 'commercial.insurer';

/**
 * One column holding both ends of the cover (保险期间 "2025-07-07 00:00至2026-07-06 24:00").
 * It feeds the start and end date; its problems are reported on the end date, the field the
 * user fixes.
 */
export type PeriodField = 'period' | 'compulsory.period' | 'commercial.period';

export type MappingTarget = CanonicalField | SplitField | PeriodField;

/** Column index (0-based) → target field, or null when the column is ignored. */
export interface ColumnMapping {
  headerRowIndex: number;
  columns: Array<{ index: number; header: string; target: MappingTarget | null }>;
}

/** A policy row after normalisation: the canonical fields with clean values. */
export interface CanonicalRecord {
  policyNo: string | null;
  insurer: string | null;
  kind: PolicyKind | null;
  plate: string | null;
  /** True when the list says the car has no plate yet (*, 新车, 未上牌). */
  plateMissing: boolean;
  vin: string | null;
  engineNo: string | null;
  brandModel: string | null;
  firstRegisteredOn: IsoDate | null;
  insured: string | null;
  holder: string | null;
  phones: string[];
  idNumber: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** Time of day the cover ends if the list gave one, e.g. '24:00' or '23:59:59'. */
  endTime: string | null;
  premium: number | null;
  staff: string | null;
  note: string | null;
}

export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  /** Row number as the spreadsheet shows it (1-based). */
  row: number;
  /** Column header text as in the file ('' when the problem is the whole row). */
  column: string;
  field: MappingTarget | null;
  severity: ProblemSeverity;
  /** Stable code for tests and filtering, e.g. 'end_before_start'. */
  code: string;
  /** What to tell the user: a catalogue key (problems:…) with its parameters. */
  text: TextRef;
}

/** One source row turned into zero, one or two policies (split layouts give two). */
export interface NormalizedRow {
  sheet: string;
  /** Row number as the spreadsheet shows it. */
  row: number;
  records: CanonicalRecord[];
  problems: ImportProblem[];
}
