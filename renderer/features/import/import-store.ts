// UI state of the import screen: which file, what the worker made of it (how it was read, the
// preview counts, one page of preview rows) and where it is. The parsed rows, the fixes, the
// skips and the plan live in the import worker (services/import/import-session.ts); this store
// only ever holds small summaries.
import { create } from 'zustand';
import type { ImportFailure } from '../../services/import/import-errors';
import type {
  CommitSummary,
  ParseInfo,
  PreviewPage,
  PreviewSummary,
  ReadChoices,
  SessionProgress,
} from '../../services/import/import-session-types';
import type { ImportSessionClient } from '../../services/import/import-worker-client';

export type { ReadChoices };

export type ImportPhase = 'idle' | 'reading' | 'failed' | 'ready' | 'committing' | 'done';

export const PAGE_SIZE = 50;

interface ImportUiState {
  phase: ImportPhase;
  file: File | null;
  progress: SessionProgress | null;
  failure: ImportFailure | null;
  parse: ParseInfo | null;
  choices: ReadChoices;
  onlyProblems: boolean;
  preview: PreviewSummary | null;
  page: PreviewPage | null;
  pageSize: number;
  previewing: boolean;
  result: CommitSummary | null;
  /** The worker holding this import's session. */
  client: ImportSessionClient | null;
  /** Cancels the running read or commit, while that is still possible. */
  cancel: (() => void) | null;
  set(patch: Partial<ImportUiState>): void;
  reset(): void;
}

const initial = {
  phase: 'idle' as ImportPhase,
  file: null,
  progress: null,
  failure: null,
  parse: null,
  choices: {},
  onlyProblems: false,
  preview: null,
  page: null,
  pageSize: PAGE_SIZE,
  previewing: false,
  result: null,
  client: null,
  cancel: null,
};

export const useImportUi = create<ImportUiState>((set) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => {
    const { client, phase } = useImportUi.getState();
    // A running commit is never torn down: it completes (or fails) as a whole in its worker.
    if (phase !== 'committing') client?.close();
    set({ ...initial });
  },
}));
