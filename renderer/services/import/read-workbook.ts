// Bytes → SheetGrid[] with the patched SheetJS. Every failure becomes a named ImportError
// (import-errors.ts) so the UI and the CLI can say what is wrong and what to do.
import * as XLSX from 'xlsx';
import type { SheetGrid } from '../../../shared/domain/import/types';
import { decodeText, sniffDelimiter } from './decode-text';
import { ImportError, formatBytes } from './import-errors';
import { countFilledCells, sheetToGrid } from './sheet-to-grid';
import { checkCfb, checkZip, sniffKind } from './sniff-format';

export interface ReadLimits {
  maxBytes: number;
  maxRows: number;
  /** Sum of the declared uncompressed sizes of a zip-based workbook. */
  maxUncompressed: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxUncompressed: 600 * 1024 * 1024,
};

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

function parse(bytes: Uint8Array, fileName: string, limits: ReadLimits): XLSX.WorkBook {
  const kind = sniffKind(bytes);
  const opts = baseOptions(limits);
  if (kind === 'zip') checkZip(bytes, limits.maxUncompressed);
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

export function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): SheetGrid[] {
  if (bytes.length === 0) throw new ImportError('empty_file');
  if (bytes.length > limits.maxBytes) {
    throw new ImportError('too_big', formatBytes(bytes.length), formatBytes(limits.maxBytes));
  }
  let wb: XLSX.WorkBook;
  try {
    wb = parse(bytes, fileName, limits);
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
