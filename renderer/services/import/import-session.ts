// One import, from bytes to commit, as plain async methods: the import worker runs it (so the
// window never plans or writes 50k rows) and Node tests call it directly. It keeps the parsed
// rows, the user's fixes and skips and the current preview, and hands out only summaries and
// pages. The CLI drives this same class under Node, so the window, the worker and the CLI run
// one sequence: read → (fix, skip) → commit.
import { nameProblemColumns } from '../../../shared/domain/import/problem-columns';
import type { NormalizedRow } from '../../../shared/domain/import/types';
import type { AppDb } from '../../db/app-db';
import { commitImport } from '../../db/repositories/import-commit';
import { listImportPresets } from '../../db/repositories/import-presets';
import {
  previewImport,
  type CommitResult,
  type ImportFix,
  type ImportMeta,
  type ImportPreview,
} from '../../db/repositories/import-repository';
import { undoImportBatch, type UndoResult } from '../../db/repositories/import-undo';
import type {
  CommitSummary,
  PageQuery,
  PreviewPage,
  PreviewSummary,
  ReadChoices,
  ReadOutcome,
  SessionProgress,
  SessionStage,
} from './import-session-types';
import { parseImportFile, type ParseResult } from './pipeline';
import { sizeFailure } from './read-workbook';

/** What commitImport needs to know about the file, including the preset to save for its layout. */
export function importMeta(parsed: ParseResult): ImportMeta {
  return {
    fileName: parsed.fileName,
    sheet: parsed.sheet,
    contentHash: parsed.contentHash,
    presetId: parsed.presetId,
    preset: {
      signature: parsed.signature,
      mapping: parsed.mapping,
      // A title row names the insurer of this file only; a picked one belongs to the layout.
      insurer: parsed.insurerSource === 'title' ? null : parsed.insurer,
    },
  };
}

const key = (r: { sheet: string; row: number }) => `${r.sheet}|${r.row}`;

/** What decides which rows and cells a fix or a skip points at. */
function layoutOf(parsed: ParseResult): {
  hash: string;
  sheet: string;
  header: number;
  mapping: string;
} {
  const columns = parsed.mapping.columns.map((c) => [c.index, c.target]);
  return {
    hash: parsed.contentHash,
    sheet: parsed.sheet,
    header: parsed.headerRow,
    mapping: JSON.stringify(columns),
  };
}

function sameLayout(a: ReturnType<typeof layoutOf>, b: ReturnType<typeof layoutOf>): boolean {
  return (
    a.hash === b.hash && a.sheet === b.sheet && a.header === b.header && a.mapping === b.mapping
  );
}

export class ImportSession {
  private parsed: ParseResult | null = null;
  private fixes: ImportFix[] = [];
  private skipRows = new Set<number>();
  private preview: ImportPreview | null = null;
  private sources = new Map<string, NormalizedRow>();

  constructor(
    private readonly db: AppDb,
    private readonly onProgress: (p: SessionProgress) => void = () => undefined,
  ) {}

  private progress(
    stage: SessionStage,
    rows: number,
    percent: number,
    cancellable = true,
    total?: number,
  ) {
    this.onProgress({
      stage,
      rows,
      percent,
      cancellable,
      ...(total === undefined ? {} : { total }),
    });
  }

  /**
   * Reads (or re-reads with other choices) a file; fixes and skips start over, unless
   * `keepEdits` asks to keep them and the rows are still the same ones (same bytes, sheet, header
   * row and mapping: the file's insurer was answered, issue 9 §6). `signal` stops normalising at
   * the next chunk (the worker itself is cancelled by terminating it).
   */
  async read(
    file: Uint8Array | Blob,
    fileName: string,
    choices: ReadChoices = {},
    signal?: AbortSignal,
    keepEdits = false,
  ): Promise<ReadOutcome> {
    const before =
      keepEdits && this.parsed
        ? { ...layoutOf(this.parsed), fixes: this.fixes, skipRows: this.skipRows }
        : null;
    this.parsed = null;
    this.preview = null;
    this.fixes = [];
    this.skipRows = new Set();
    // A file picked in the window arrives as a Blob: its size is known before a byte is read,
    // so a file over the limit is refused without loading gigabytes into the worker.
    const tooBig = sizeFailure(file instanceof Uint8Array ? file.length : file.size);
    if (tooBig) return { ok: false, fileName, error: tooBig.toFailure() };
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
    const presets = await listImportPresets(this.db);
    const outcome = await parseImportFile(bytes, fileName, { ...choices, presets, signal }, (p) =>
      // Reading and normalising are the first 70 % of getting to a preview.
      this.progress(p.stage === 'done' ? 'plan' : p.stage, p.rows, p.percent * 0.7, true, p.total),
    );
    if (!outcome.ok) return outcome;
    this.parsed = outcome;
    if (before && sameLayout(before, layoutOf(outcome))) {
      this.fixes = before.fixes;
      this.skipRows = before.skipRows;
    }
    this.sources = new Map(outcome.rows.map((r) => [key(r), r]));
    const { rows: _rows, problems, ...info } = outcome;
    const preview = await this.replan();
    return { ok: true, info: { ...info, problemCount: problems.length }, preview };
  }

  private need(): ParseResult {
    if (!this.parsed) throw new Error('没有正在导入的文件：请重新选择要导入的文件。');
    return this.parsed;
  }

  /** Recomputes the preview from the stored records, the fixes and the skips. */
  async replan(): Promise<PreviewSummary> {
    const parsed = this.need();
    const total = parsed.rows.length;
    this.progress('plan', 0, 70, true, total);
    this.preview = await previewImport(this.db, parsed.rows, importMeta(parsed), {
      fixes: this.fixes,
      skipRows: [...this.skipRows],
      onRows: (done) =>
        this.progress('plan', done, 70 + (30 * done) / Math.max(total, 1), true, total),
    });
    for (const r of this.preview.input) this.sources.set(key(r), r);
    // The planner's problems know their field; the column is the file's (see problem-columns).
    for (const r of this.preview.rows) r.problems = nameProblemColumns(r.problems, parsed.mapping);
    this.preview.fileProblems = nameProblemColumns(this.preview.fileProblems, parsed.mapping);
    this.progress('done', total, 100);
    return this.summary();
  }

  summary(): PreviewSummary {
    const preview = this.preview;
    if (!preview) throw new Error('还没有导入预览：请重新选择要导入的文件。');
    let problemRows = 0;
    let blockingRows = 0;
    for (const r of preview.rows) {
      if (r.problems.length > 0) problemRows++;
      if (!this.skipRows.has(r.row) && r.problems.some((p) => p.severity === 'error'))
        blockingRows++;
    }
    return {
      meta: { ...preview.meta, preset: null },
      counts: preview.counts,
      problemRows,
      blockingRows,
      fileProblems: preview.fileProblems,
      skipRows: [...this.skipRows].sort((a, b) => a - b),
      fixes: this.fixes.length,
      previousBatch: preview.previousBatch,
    };
  }

  page(query: PageQuery): PreviewPage {
    const rows = this.preview?.rows ?? [];
    const shown = query.onlyProblems ? rows.filter((r) => r.problems.length > 0) : rows;
    const offset = Math.max(0, Math.min(query.offset, Math.max(0, shown.length - 1)));
    return {
      offset,
      total: shown.length,
      lines: shown.slice(offset, offset + query.limit).map((planned) => ({
        planned,
        source: this.sources.get(key(planned)),
        skipped: this.skipRows.has(planned.row),
      })),
    };
  }

  /** A later fix of the same row, record and fields replaces the earlier one; a fixed row is no longer skipped. */
  async fix(fix: ImportFix): Promise<PreviewSummary> {
    const fields = Object.keys(fix.values);
    this.fixes = this.fixes.filter(
      (f) =>
        !(
          f.row === fix.row &&
          (f.record ?? 0) === (fix.record ?? 0) &&
          Object.keys(f.values).every((k) => fields.includes(k))
        ),
    );
    this.fixes.push(fix);
    this.skipRows.delete(fix.row);
    return this.replan();
  }

  async skip(rows: number[], skip: boolean): Promise<PreviewSummary> {
    for (const r of rows) {
      if (skip) this.skipRows.add(r);
      else this.skipRows.delete(r);
    }
    return this.replan();
  }

  /** Skips every row whose errors are neither fixed nor skipped yet. */
  async skipErrorRows(): Promise<PreviewSummary> {
    const rows = (this.preview?.rows ?? [])
      .filter((r) => r.problems.some((p) => p.severity === 'error'))
      .map((r) => r.row);
    return this.skip(rows, true);
  }

  /** Writes the batch in one transaction; the plan is recomputed inside it. */
  async commit(actor: string): Promise<CommitSummary> {
    const result = await this.commitBatch(actor);
    return {
      batchId: result.batchId,
      counts: result.counts,
      staffCreated: result.staffCreated.map((s) => s.name),
      presetId: result.presetId,
    };
  }

  /**
   * The commit with all that commitImport reports (every renewal and owner change): the CLI
   * prints those; the window gets only the summary, so they never cross the worker boundary.
   */
  async commitBatch(actor: string): Promise<CommitResult> {
    const parsed = this.need();
    if (!this.preview) await this.replan();
    const preview = this.preview as ImportPreview;
    // preview.input already carries the fixes; the skips are passed again.
    const total = parsed.rows.length;
    this.progress('commit', 0, 0);
    const result = await commitImport(
      this.db,
      { ...preview, meta: importMeta(parsed) },
      {
        actor,
        skipRows: [...this.skipRows],
        onStage: (stage, done = 0, all = 1) => {
          if (stage === 'transaction') this.progress('commit', 0, 5, false);
          else if (stage === 'planned') this.progress('write', 0, 40, false);
          else this.progress('write', Math.min(done, total), 40 + (55 * done) / all, false);
        },
      },
    );
    this.progress('done', total, 100, false);
    this.parsed = null;
    this.preview = null;
    return result;
  }

  undo(batchId: string, actor: string): Promise<UndoResult> {
    return undoImportBatch(this.db, batchId, actor);
  }
}
