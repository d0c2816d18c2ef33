// The import without a window, shared by `cli import` and `cli plan`: each file goes through
// the import screen's own ImportSession (read → preview → commit) into a Dexie database on
// fake-indexeddb, in order, exactly as the import screen would.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { emptyImportCounts, type ImportCounts } from '../../shared/domain/types';
import { createTranslator, type Translator } from '../../shared/i18n';
import { AppDb } from '../../renderer/db/app-db';
import { storedPolicyRecords } from '../../renderer/db/repositories/import-canonical';
import { formatBytes } from '../../renderer/services/import/import-errors';
import { ImportSession } from '../../renderer/services/import/import-session';
import { DEFAULT_LIMITS } from '../../renderer/services/import/read-workbook';

export interface CliFileInput {
  path: string;
  /** Used when the file itself names no insurer (no column, nothing in the title rows). */
  insurer?: string;
}

export interface CliProblem {
  row: number;
  column: string;
  field: string | null;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/** What a problem of the import carries: the fields above, and a catalogue text. */
type CliProblemSource = Omit<CliProblem, 'message'> & { text: Parameters<Translator['text']>[0] };

export interface CliFileReport {
  file: string;
  sheet: string | null;
  headerRow: number | null;
  /** Header text → canonical field, for the columns that were mapped. */
  mapping: Record<string, string>;
  insurer: string | null;
  counts: ImportCounts;
  problems: CliProblem[];
  /** Problems of the file rather than a row (row 0), e.g. `missing_insurer`. */
  fileProblems: CliProblem[];
  /** null unless the whole file could not be read; then the Chinese message saying what to do. */
  error: string | null;
  errorCode: string | null;
}

export interface CliImportResult {
  files: CliFileReport[];
  renewals: Array<{
    vin: string | null;
    plate: string | null;
    previousEndDate: string;
    newStartDate: string | null;
  }>;
  ownerChanges: Array<{ vin: string | null; plate: string | null; from: string; to: string }>;
}

let dbCounter = 0;

/** A fresh, empty database in memory (fake-indexeddb). */
export function openMemoryDb(): AppDb {
  dbCounter++;
  return new AppDb(`cli-${process.pid}-${dbCounter}`, { indexedDB, IDBKeyRange });
}

/** A problem as the JSON document gives it: its fields, and its text in the chosen language. */
function cliProblem(p: CliProblemSource, text: Translator): CliProblem {
  const { row, column, field, severity, code } = p;
  return { row, column, field, severity, code, message: text.text(p.text) };
}

/** Every problem of the file's rows (after the preview), in row order. */
function allProblems(session: ImportSession, text: Translator): CliProblem[] {
  const { lines } = session.page({ offset: 0, limit: Infinity, onlyProblems: true });
  return lines.flatMap(({ planned }) => planned.problems.map((p) => cliProblem(p, text)));
}

export async function importFilesIntoDb(
  db: AppDb,
  files: CliFileInput[],
  text: Translator = createTranslator('zh-CN'),
): Promise<CliImportResult> {
  const result: CliImportResult = { files: [], renewals: [], ownerChanges: [] };
  // The import screen's own session, driven without a worker: one sequence everywhere.
  const session = new ImportSession(db);
  const failed = (file: string, errorCode: string, error: string): CliFileReport => ({
    file,
    sheet: null,
    headerRow: null,
    mapping: {},
    insurer: null,
    counts: emptyImportCounts(),
    problems: [],
    fileProblems: [],
    error,
    errorCode,
  });
  for (const input of files) {
    const file = basename(input.path);
    // Looked at before it is read (issue 9 §7): a folder, a missing path or a file over the
    // limit is a named failure in the JSON document, never a crash or a 2 GiB read.
    const refused = await checkPath(input.path, text);
    if (refused) {
      result.files.push(failed(file, refused.code, refused.message));
      continue;
    }
    const bytes = new Uint8Array(await readFile(input.path));
    const read = await session.read(bytes, file, { insurer: input.insurer ?? null });
    if (!read.ok) {
      result.files.push(failed(file, read.error.code, text.text(read.error.text)));
      continue;
    }
    const { info } = read;
    const mapping: Record<string, string> = {};
    for (const c of info.mapping.columns) {
      if (!c.target) continue;
      const key = c.header in mapping ? `${c.header} (第${c.index + 1}列)` : c.header;
      mapping[key] = c.target;
    }
    const problems = allProblems(session, text);
    const fileProblems = session.summary().fileProblems.map((p) => cliProblem(p, text));
    // Saves the preset of this layout too, as in the app.
    const committed = await session.commitBatch('import');
    result.files.push({
      file,
      sheet: info.sheet,
      headerRow: info.headerRow,
      mapping,
      insurer: info.insurer,
      counts: committed.counts,
      problems,
      fileProblems,
      error: null,
      errorCode: null,
    });
    for (const r of committed.renewals) {
      result.renewals.push({
        vin: r.vin,
        plate: r.plate,
        previousEndDate: r.previousEndDate,
        newStartDate: r.newStartDate,
      });
    }
    for (const o of committed.ownerChanges)
      result.ownerChanges.push({ vin: o.vin, plate: o.plate, from: o.from, to: o.to });
  }
  return result;
}

async function checkPath(
  path: string,
  text: Translator,
): Promise<{ code: 'not_found' | 'not_a_file' | 'too_big'; message: string } | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return { code: 'not_found', message: text.t('import:path.notFound', { path }) };
  if (!info.isFile())
    return { code: 'not_a_file', message: text.t('import:path.notAFile', { path }) };
  if (info.size > DEFAULT_LIMITS.maxBytes) {
    const params = { size: formatBytes(info.size), limit: formatBytes(DEFAULT_LIMITS.maxBytes) };
    return { code: 'too_big', message: text.t('import:path.tooBig', params) };
  }
  return null;
}

/** The stored policies with canonical fields, for the JSON output. */
export async function policiesForJson(db: AppDb) {
  return (await storedPolicyRecords(db)).map((p) => ({
    policyNo: p.policyNo,
    insurer: p.insurer,
    kind: p.kind,
    plate: p.plate,
    vin: p.vin,
    engineNo: p.engineNo,
    brandModel: p.brandModel,
    firstRegisteredOn: p.firstRegisteredOn,
    insured: p.insured,
    holder: p.holder,
    phones: p.phones,
    idNumber: p.idNumber,
    startDate: p.startDate,
    endDate: p.endDate,
    premium: p.premium,
    staff: p.staff,
    note: p.note,
    status: p.status,
  }));
}
