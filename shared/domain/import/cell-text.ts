// What a cell shows, as text. Numbers prefer the formatted text (exact digits for CSV, leading
// zeros kept) unless it is scientific notation, then the integer itself when it is safe.
import type { SheetCell } from './types';

const SCIENTIFIC = /^-?\d+(?:\.\d+)?E[+-]?\d+$/i;
const ERROR_TEXT = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|GETTING_DATA|SPILL!|CALC!)$/i;
const ERROR_CODES: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

export function cellText(cell: SheetCell | null | undefined): string {
  if (cell == null || cell.v === null || cell.t === 'z') return '';
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (cell.w !== undefined && !SCIENTIFIC.test(cell.w.trim())) return cell.w.trim();
      return Number.isSafeInteger(v) ? String(v) : (cell.w ?? String(v)).trim();
    }
    case 'e':
      return errorName(cell) ?? '#ERROR';
    case 'b':
      return cell.w ?? (cell.v ? 'TRUE' : 'FALSE');
    default:
      return String(cell.v).trim();
  }
}

/** '#N/A', '#REF!' … for error cells and for CSV text that spells an error; else null. */
export function errorName(cell: SheetCell | null | undefined): string | null {
  if (cell == null) return null;
  if (cell.t === 'e') {
    if (cell.w && ERROR_TEXT.test(cell.w.trim())) return cell.w.trim().toUpperCase();
    return typeof cell.v === 'number' ? (ERROR_CODES[cell.v] ?? '#ERROR') : '#ERROR';
  }
  if (cell.t === 's' && typeof cell.v === 'string' && ERROR_TEXT.test(cell.v.trim())) {
    return cell.v.trim().toUpperCase();
  }
  return null;
}

export function isBlankRow(row: readonly SheetCell[] | undefined): boolean {
  return row === undefined || row.every((cell) => cellText(cell) === '');
}
