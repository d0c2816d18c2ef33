// What the import screen does: read a file in the worker (again, when the user changes the
// sheet, header row, mapping or insurer), recompute the preview, commit, and save the preset.
// Stale answers are dropped: only the latest read and the latest preview reach the screen.
import type { AppDb } from '../../db/app-db';
import { commitImport } from '../../db/repositories/import-commit';
import { listImportPresets, saveImportPreset } from '../../db/repositories/import-presets';
import { previewImport, type CommitResult } from '../../db/repositories/import-repository';
import { currentActor } from '../../services/actor';
import { startImport } from '../../services/excel/import-worker-client';
import { useImportUi, type ReadChoices } from './import-store';

let readSeq = 0;
let previewSeq = 0;

export async function readFile(db: AppDb, file: File, choices: ReadChoices = {}): Promise<void> {
  const ui = useImportUi.getState();
  ui.cancel?.();
  const token = ++readSeq;
  useImportUi.setState({
    phase: 'reading',
    file,
    choices,
    progress: { stage: 'read', rows: 0, percent: 0 },
    failure: null,
    result: null,
    fixes: [],
    skipRows: [],
  });
  const presets = await listImportPresets(db);
  if (token !== readSeq) return;
  const job = startImport(file, file.name, { ...choices, presets });
  useImportUi.setState({ cancel: job.cancel });
  job.onProgress((progress) => {
    if (token === readSeq) useImportUi.setState({ progress });
  });
  const outcome = await job.promise;
  if (token !== readSeq) return;
  if (!outcome.ok) {
    useImportUi.setState({
      phase: 'failed',
      failure: outcome.error,
      cancel: null,
      parse: null,
      preview: null,
    });
    return;
  }
  useImportUi.setState({ phase: 'ready', parse: outcome, cancel: null, preview: null });
  await refreshPreview(db);
}

/** Re-reads the current file with changed choices (sheet, header row, mapping, insurer). */
export async function rereadFile(db: AppDb, change: ReadChoices): Promise<void> {
  const { file, choices } = useImportUi.getState();
  if (!file) return;
  const next: ReadChoices = { ...choices, ...change };
  // Another sheet or header row has other columns: the old mapping no longer applies.
  if ('sheet' in change) {
    delete next.headerRowIndex;
    delete next.mapping;
  }
  if ('headerRowIndex' in change) delete next.mapping;
  await readFile(db, file, next);
}

export async function refreshPreview(db: AppDb): Promise<void> {
  const { parse, fixes, skipRows } = useImportUi.getState();
  if (!parse) return;
  const token = ++previewSeq;
  useImportUi.setState({ previewing: true });
  try {
    const preview = await previewImport(
      db,
      parse.rows,
      {
        fileName: parse.fileName,
        sheet: parse.sheet,
        contentHash: parse.contentHash,
        presetId: parse.presetId,
      },
      { fixes, skipRows },
    );
    if (token === previewSeq) useImportUi.setState({ preview });
  } finally {
    if (token === previewSeq) useImportUi.setState({ previewing: false });
  }
}

/** Writes the batch (one transaction) and remembers the mapping and insurer for this layout. */
export async function commitCurrent(db: AppDb): Promise<CommitResult | null> {
  const { parse, preview, skipRows } = useImportUi.getState();
  if (!parse || !preview) return null;
  useImportUi.setState({ phase: 'committing' });
  try {
    // Saved first so the batch records which preset read it (harmless if the commit fails).
    const preset = await saveImportPreset(db, {
      signature: parse.signature,
      mapping: parse.mapping,
      // A title row names the insurer of this file only; a picked one belongs to the layout.
      insurer: parse.insurerSource === 'title' ? null : parse.insurer,
    });
    // preview.input already carries the fixes; commit recomputes the plan from it.
    const result = await commitImport(db, preview, {
      actor: currentActor(),
      skipRows,
      presetId: preset.id,
    });
    useImportUi.setState({ phase: 'done', result });
    return result;
  } catch (error) {
    useImportUi.setState({ phase: 'ready' });
    throw error;
  }
}
