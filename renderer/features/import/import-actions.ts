// What the import screen does, all through the import worker: read a file (again, when the
// user changes the sheet, header row, mapping or insurer), fetch preview pages, send fixes and
// skips (the worker re-plans), commit, undo. The window only receives small answers.
// Stale answers are dropped: only the latest read and the latest preview reach the screen.
import type { AppDb } from '../../db/app-db';
import { ImportError } from '../../services/import/import-errors';
import type { ImportFix, PreviewSummary } from '../../services/import/import-session-types';
import { ImportSessionClient, undoInWorker } from '../../services/import/import-worker-client';
import type { UndoResult } from '../../db/repositories/import-undo';
import { currentActor } from '../../services/actor';
import { useImportUi, type ReadChoices } from './import-store';

let readSeq = 0;
let previewSeq = 0;

/** The worker of the current import, started on first use (and again after a cancel). */
function clientFor(db: AppDb): ImportSessionClient {
  const { client } = useImportUi.getState();
  if (client) return client;
  const next = new ImportSessionClient(db.name);
  next.onProgress((progress) => useImportUi.setState({ progress }));
  useImportUi.setState({ client: next });
  return next;
}

export async function readFile(
  db: AppDb,
  file: File,
  choices: ReadChoices = {},
  keepEdits = false,
): Promise<void> {
  const token = ++readSeq;
  const client = clientFor(db);
  useImportUi.setState({
    phase: 'reading',
    file,
    choices,
    progress: { stage: 'read', rows: 0, percent: 0, cancellable: true },
    failure: null,
    result: null,
    preview: null,
    page: null,
    cancel: () => {
      if (client.cancel()) useImportUi.setState({ client: null });
    },
  });
  const outcome = await client.read(file, file.name, choices, keepEdits);
  if (token !== readSeq) return;
  if (!outcome.ok) {
    useImportUi.setState({ phase: 'failed', failure: outcome.error, cancel: null, parse: null });
    return;
  }
  useImportUi.setState({
    phase: 'ready',
    parse: outcome.info,
    preview: outcome.preview,
    cancel: null,
  });
  await loadPage(0);
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
  // Answering the file's insurer leaves the rows as they were: the user's skips and fixes stay
  // (they were lost, and the skipped error rows blocked the commit again).
  const onlyInsurer = Object.keys(change).every((k) => k === 'insurer');
  await readFile(db, file, next, onlyInsurer);
}

/** Fetches one page of preview rows (offset in rows of the current filter). */
export async function loadPage(offset = useImportUi.getState().page?.offset ?? 0): Promise<void> {
  const { client, onlyProblems, pageSize } = useImportUi.getState();
  if (!client) return;
  const page = await client.call('page', { offset, limit: pageSize, onlyProblems });
  useImportUi.setState({ page });
}

async function replanWith(work: (client: ImportSessionClient) => Promise<PreviewSummary>) {
  const { client } = useImportUi.getState();
  if (!client) return;
  const token = ++previewSeq;
  useImportUi.setState({ previewing: true });
  try {
    const preview = await work(client);
    if (token !== previewSeq) return;
    useImportUi.setState({ preview });
    await loadPage();
  } finally {
    if (token === previewSeq) useImportUi.setState({ previewing: false });
  }
}

export const applyFix = (fix: ImportFix) => replanWith((c) => c.call('fix', fix));
export const setSkip = (row: number, skip: boolean) =>
  replanWith((c) => c.call('skip', { rows: [row], skip }));
export const skipErrorRows = () => replanWith((c) => c.call('skipErrorRows'));

/**
 * Writes the batch (one transaction, in the worker; the commit also saves the preset of this
 * layout). Cancel works until the transaction starts.
 */
export async function commitCurrent(): Promise<void> {
  const { client, preview } = useImportUi.getState();
  if (!client || !preview) return;
  useImportUi.setState({
    phase: 'committing',
    progress: { stage: 'commit', rows: 0, percent: 0, cancellable: true },
    cancel: () => {
      if (client.cancel()) useImportUi.setState({ client: null });
    },
  });
  try {
    const result = await client.call('commit', { actor: currentActor() });
    client.close();
    useImportUi.setState({ phase: 'done', result, client: null, cancel: null });
  } catch (error) {
    if (error instanceof ImportError && error.code === 'cancelled') {
      useImportUi.setState({
        phase: 'failed',
        failure: error.toFailure(),
        cancel: null,
        client: null,
      });
      return;
    }
    useImportUi.setState({ phase: 'ready', cancel: null });
    throw error;
  }
}

export async function undoBatch(db: AppDb, batchId: string): Promise<UndoResult> {
  const undone = await undoInWorker(db.name, batchId, currentActor());
  // The "import finished" panel of this very batch would now describe records that are gone.
  const { phase, result } = useImportUi.getState();
  if (phase === 'done' && result?.batchId === batchId) useImportUi.getState().reset();
  return undone;
}
