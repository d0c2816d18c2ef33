// What an import session hands the window: small summaries, one page of preview rows at a
// time, progress. Never the 50k parsed rows or the whole plan (those stay in the worker).
import type { ImportProblem, NormalizedRow } from '../../../shared/domain/import/types';
import type { Id, ImportCounts } from '../../../shared/domain/types';
import type { ImportFix, ImportMeta, PlannedRow } from '../../db/repositories/import-repository';
import type { ImportFailure } from './import-errors';
import type { ParseOptions, ParseResult } from './pipeline';

/** The user's choices about how the file is read; each change reads it again. */
export type ReadChoices = Pick<ParseOptions, 'sheet' | 'headerRowIndex' | 'mapping' | 'insurer'>;

/** How the file was read, without its rows. */
export type ParseInfo = Omit<ParseResult, 'rows' | 'problems'> & { problemCount: number };

export interface PreviewSummary {
  meta: ImportMeta;
  counts: ImportCounts;
  /** Rows with any problem (after fixes), skipped or not. */
  problemRows: number;
  /** Rows with an error that are neither fixed nor skipped: they block the commit. */
  blockingRows: number;
  /** Problems of the file (its insurer), asked once above the preview: they block the commit. */
  fileProblems: ImportProblem[];
  /** Rows the user chose to skip. */
  skipRows: number[];
  fixes: number;
  previousBatch: { id: Id; fileName: string; createdAt: string } | null;
}

export interface PageQuery {
  offset: number;
  limit: number;
  onlyProblems: boolean;
}

export interface PreviewLine {
  planned: PlannedRow;
  source: NormalizedRow | undefined;
  skipped: boolean;
}

export interface PreviewPage {
  offset: number;
  total: number;
  lines: PreviewLine[];
}

export type SessionStage = 'read' | 'map' | 'normalize' | 'plan' | 'commit' | 'write' | 'done';

export interface SessionProgress {
  stage: SessionStage;
  /** Rows done in this stage (or, at 'read' and 'done', 0 and the rows read). */
  rows: number;
  /** Rows this stage goes through, when known: shown as "rows / total". */
  total?: number;
  percent: number;
  /** False once the commit transaction has started: it then completes (or fails) as a whole. */
  cancellable: boolean;
}

export type ReadOutcome =
  | { ok: true; info: ParseInfo; preview: PreviewSummary }
  | { ok: false; fileName: string; error: ImportFailure };

export interface CommitSummary {
  batchId: Id | null;
  counts: ImportCounts;
  /** Names of the staff records created for new 业务员. */
  staffCreated: string[];
  presetId: Id | null;
}

export type { ImportFix };
