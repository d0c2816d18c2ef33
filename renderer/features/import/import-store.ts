// UI state of the import screen: which file, what the worker made of it, the user's choices
// (sheet, header row, mapping, insurer, fixes, skipped rows) and the preview computed from them.
// Records themselves are never kept here; the preview is recomputed from the database.
import { create } from 'zustand';
import type { ColumnMapping } from '../../../shared/domain/import/types';
import type {
  CommitResult,
  ImportFix,
  ImportPreview,
} from '../../db/repositories/import-repository';
import type { ImportFailure } from '../../services/excel/import-errors';
import type { ParseProgress, ParseResult } from '../../services/excel/pipeline';

export type ImportPhase = 'idle' | 'reading' | 'failed' | 'ready' | 'committing' | 'done';

/** What the user changed about how the file is read; each change re-runs the worker. */
export interface ReadChoices {
  sheet?: string;
  headerRowIndex?: number;
  mapping?: ColumnMapping;
  insurer?: string | null;
}

interface ImportUiState {
  phase: ImportPhase;
  file: File | null;
  progress: ParseProgress | null;
  failure: ImportFailure | null;
  parse: ParseResult | null;
  choices: ReadChoices;
  fixes: ImportFix[];
  skipRows: number[];
  onlyProblems: boolean;
  preview: ImportPreview | null;
  previewing: boolean;
  result: CommitResult | null;
  /** Cancels the running worker, when one runs. */
  cancel: (() => void) | null;
  set(patch: Partial<ImportUiState>): void;
  setFix(fix: ImportFix): void;
  toggleSkip(row: number, skip: boolean): void;
  reset(): void;
}

const initial = {
  phase: 'idle' as ImportPhase,
  file: null,
  progress: null,
  failure: null,
  parse: null,
  choices: {},
  fixes: [],
  skipRows: [],
  onlyProblems: false,
  preview: null,
  previewing: false,
  result: null,
  cancel: null,
};

export const useImportUi = create<ImportUiState>((set) => ({
  ...initial,
  set: (patch) => set(patch),
  setFix: (fix) =>
    set((s) => ({
      // A later fix of the same row, record and field replaces the earlier one.
      fixes: [
        ...s.fixes.filter(
          (f) =>
            !(
              f.row === fix.row &&
              (f.record ?? 0) === (fix.record ?? 0) &&
              Object.keys(f.values).every((k) => k in fix.values)
            ),
        ),
        fix,
      ],
      skipRows: s.skipRows.filter((r) => r !== fix.row),
    })),
  toggleSkip: (row, skip) =>
    set((s) => ({
      skipRows: skip ? [...new Set([...s.skipRows, row])] : s.skipRows.filter((r) => r !== row),
    })),
  reset: () => {
    useImportUi.getState().cancel?.();
    set({ ...initial });
  },
}));
