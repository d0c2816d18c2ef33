// Bytes → SheetGrid[] with the patched SheetJS. Every failure becomes a named ImportError
// (import-errors.ts) so the UI and the CLI can say what is wrong and what to do.
import * as XLSX from 'xlsx';
import type { SheetGrid } from '../../../shared/domain/import/types';
import { decodeText, sniffDelimiter } from './decode-text';
import { ImportError, formatBytes } from './import-errors';
import { countFilledCells, sheetToGrid } from './sheet-to-grid';
import { checkCfb, checkZip, sniffKind } from './sniff-format';
import { checkInflatedSizes } from './zip-inflate-check';

export interface ReadLimits {
  maxBytes: number;
  maxRows: number;
  /** Bytes all parts of a zip-based workbook may inflate to (counted, never the declared sizes). */
  maxUncompressed: number;
  /** Bytes one part may inflate to. */
  maxEntryUncompressed: number;
  /** Inflated bytes per compressed byte beyond which a part is a bomb (past 16 MB out). */
  maxRatio: number;
  /** Parts a zip-based workbook may hold. */
  maxEntries: number;
}

/**
 * A 200,000-row sheet of 30 columns is ~150 MB of XML; SheetJS writes it at 2.7:1 and Excel at
 * 5-10:1, and even a sheet of formatted blank rows stays under 50:1. A deflate bomb runs at
 * 300-1,000:1. Real workbooks have tens of parts.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxUncompressed: 400 * 1024 * 1024,
  maxEntryUncompressed: 300 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 2_000,
};

const RATIO_FLOOR = 16 * 1024 * 1024;

const TEXT_EXTENSIONS = /\.(csv|txt|tsv|prn)$/i;

function baseOptions(limits: ReadLimits): XLSX.ParsingOptions {
  return {
    dense: true,
    cellDates: false,
    cellText: true,
    cellNF: true,
    // Needed for hidden rows/columns in .xlsx; SheetJS only reads <cols>/<row> flags with it.
    cellStyles: true,
    cellHTML: false,
    // One row more than allowed, so "too many rows" is detectable without reading them all.
    sheetRows: limits.maxRows + 2,
  };
}

async function parse(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
): Promise<XLSX.WorkBook> {
  const kind = sniffKind(bytes);
  const opts = baseOptions(limits);
  if (kind === 'zip') {
    checkZip(bytes, limits.maxUncompressed); // honest declared sizes: refused without inflating
    await checkInflatedSizes(bytes, {
      maxTotal: limits.maxUncompressed,
      maxEntry: limits.maxEntryUncompressed,
      maxRatio: limits.maxRatio,
      ratioFloor: RATIO_FLOOR,
      maxEntries: limits.maxEntries,
    });
  }
  if (kind === 'cfb') checkCfb(bytes);
  if (kind === 'text') {
    const { text } = decodeText(bytes);
    const head = text.trimStart().slice(0, 1);
    if (TEXT_EXTENSIONS.test(fileName) || head !== '<') {
      // raw: every cell stays text, so 21-digit policy numbers and 0-led phones survive.
      return XLSX.read(text, { ...opts, type: 'string', raw: true, FS: sniffDelimiter(text) });
    }
    return XLSX.read(text, { ...opts, type: 'string' }); // HTML / XML tables saved as .xls
  }
  return XLSX.read(bytes, { ...opts, type: 'array' });
}

function classifyReadError(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(text)) return new ImportError('encrypted');
  if (/unsupported file|unrecognized|not a .* file/i.test(text)) {
    return new ImportError('not_spreadsheet', '无法识别的格式');
  }
  return new ImportError('unreadable', text.slice(0, 160));
}

function rowCount(ws: XLSX.WorkSheet): number {
  const ref = (ws['!fullref'] as string | undefined) ?? ws['!ref'];
  if (!ref) return 0;
  const range = XLSX.utils.decode_range(ref);
  return range.e.r + 1;
}

/** `too_big` for a file over the limit, judged on its size alone (before it is read). */
export function sizeFailure(size: number, limits: ReadLimits = DEFAULT_LIMITS): ImportError | null {
  return size > limits.maxBytes
    ? new ImportError('too_big', formatBytes(size), formatBytes(limits.maxBytes))
    : null;
}

export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<SheetGrid[]> {
  if (bytes.length === 0) throw new ImportError('empty_file');
  const tooBig = sizeFailure(bytes.length, limits);
  if (tooBig) throw tooBig;
  let wb: XLSX.WorkBook;
  try {
    wb = await parse(bytes, fileName, limits);
  } catch (error) {
    throw classifyReadError(error);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const grids: SheetGrid[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue; // chart sheets and the like
    const grid = sheetToGrid(name, ws, date1904);
    // Judged on rows that hold data: some writers declare A1:Z1048576 for formatted blanks.
    if (grid.rows.length > limits.maxRows) {
      throw new ImportError('too_many_rows', String(rowCount(ws)), String(limits.maxRows));
    }
    grids.push(grid);
  }
  if (!grids.some((g) => countFilledCells(g) > 0)) throw new ImportError('empty_file');
  return grids;
}
