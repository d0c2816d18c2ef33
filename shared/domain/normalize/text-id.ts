// Identifiers (policy numbers, VINs, engine numbers) must stay exactly as written: a 21-digit
// policy number must never pass through a float, a leading zero must never disappear. A number
// cell is read from its formatted text `w`, which SheetJS keeps as the source text for CSV.
import type { SheetCell } from '../import/types';
import { toHalfWidth } from './text';

export type TextIdResult =
  { ok: true; value: string | null; warning: TextIdIssue | null } | ({ ok: false } & TextIdIssue);

export interface TextIdIssue {
  code: 'sci_notation' | 'precision_lost' | 'maybe_precision_lost' | 'error_cell';
  message: string;
  messageEn: string;
}

const SCIENTIFIC = /^-?\d+(?:\.\d+)?E[+-]?\d+$/i;
/** Doubles hold 15 significant decimal digits for sure; Excel keeps no more than that. */
const SAFE_DIGITS = 15;

/** Text id cleaning: half-width, no spaces, no leading apostrophe (Excel's "as text" mark). */
export function cleanTextId(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').replace(/^'/, '').toUpperCase();
}

const SCI_ISSUE: TextIdIssue = {
  code: 'sci_notation',
  message: '保单号在文件里已被 Excel 变成科学计数法，请把该列设为文本后重新导出',
  messageEn:
    'Excel already turned this number into scientific notation in the file; set the column to text and export again',
};

const LOST_ISSUE: TextIdIssue = {
  code: 'precision_lost',
  message: '这个号码在文件里存成了数字，超过 15 位的部分已丢失，请把该列设为文本后重新导出',
  messageEn:
    'This number was stored as a number in the file and lost its digits beyond the 15th; set the column to text and export again',
};

const MAYBE_LOST_ISSUE: TextIdIssue = {
  code: 'maybe_precision_lost',
  message: '这个号码在文件里存成了数字，第 15 位以后全是 0，可能已丢失数字，请与原始保单核对',
  messageEn:
    'This number was stored as a number and ends in zeros after the 15th digit; digits may have been lost, please check',
};

/** A cell → identifier text exactly as the spreadsheet shows it, or an issue when it cannot be. */
export function textIdFromCell(cell: SheetCell | null | undefined): TextIdResult {
  if (cell == null || cell.v === null || cell.t === 'z')
    return { ok: true, value: null, warning: null };
  if (cell.t === 'e') {
    return {
      ok: false,
      code: 'error_cell',
      message: `单元格是错误值 ${cell.w ?? ''}，请在表格里改正后重新导出`.replace('  ', ' '),
      messageEn: `The cell holds an error value ${cell.w ?? ''}; fix it in the spreadsheet`,
    };
  }
  if (cell.t !== 'n' || typeof cell.v !== 'number') {
    const text = cleanTextId(String(cell.v));
    if (SCIENTIFIC.test(text) && text.includes('E')) return { ok: false, ...SCI_ISSUE };
    return { ok: true, value: text === '' ? null : text, warning: null };
  }
  const shown = cell.w === undefined ? undefined : cleanTextId(cell.w).replace(/,/g, '');
  if (shown !== undefined && SCIENTIFIC.test(shown)) return { ok: false, ...SCI_ISSUE };
  if (shown !== undefined && /^\d+$/.test(shown)) {
    const significant = shown.replace(/^0+/, '');
    if (significant.length > SAFE_DIGITS && /^0+$/.test(significant.slice(SAFE_DIGITS))) {
      return { ok: true, value: shown, warning: MAYBE_LOST_ISSUE };
    }
    return { ok: true, value: shown, warning: null };
  }
  if (Number.isInteger(cell.v) && Math.abs(cell.v) < 10 ** SAFE_DIGITS) {
    return { ok: true, value: String(cell.v), warning: null };
  }
  if (Number.isInteger(cell.v) || Math.abs(cell.v) >= 10 ** SAFE_DIGITS)
    return { ok: false, ...LOST_ISSUE };
  return { ok: true, value: shown ?? String(cell.v), warning: null };
}
