// Identifiers (policy numbers, VINs, engine numbers) must stay exactly as written: a 21-digit
// policy number must never pass through a float, a leading zero must never disappear. A number
// cell is read from its formatted text `w`, which SheetJS keeps as the source text for CSV.
import type { SheetCell } from '../import/types';
import type { TextRef } from '../../i18n/text-ref';
import { problemText } from '../validation/result';
import { toHalfWidth } from './text';

export type TextIdResult =
  { ok: true; value: string | null; warning: TextIdIssue | null } | ({ ok: false } & TextIdIssue);

export interface TextIdIssue {
  code: 'sci_notation' | 'precision_lost' | 'maybe_precision_lost' | 'error_cell';
  text: TextRef;
}

const SCIENTIFIC = /^-?\d+(?:\.\d+)?E[+-]?\d+$/i;
/** Doubles hold 15 significant decimal digits for sure; Excel keeps no more than that. */
const SAFE_DIGITS = 15;

/** Text id cleaning: half-width, no spaces, no leading apostrophe (Excel's "as text" mark). */
export function cleanTextId(input: string): string {
  return toHalfWidth(input).replace(/\s/g, '').replace(/^'/, '').toUpperCase();
}

const SCI_ISSUE: TextIdIssue = {
  code: 'sci_notation',
  text: problemText('textId.sciNotation'),
};

const LOST_ISSUE: TextIdIssue = {
  code: 'precision_lost',
  text: problemText('textId.precisionLost'),
};

const MAYBE_LOST_ISSUE: TextIdIssue = {
  code: 'maybe_precision_lost',
  text: problemText('textId.maybePrecisionLost'),
};

/**
 * The digits a writer prints for a double it holds (17 significant digits, then zeros): a
 * binary workbook's number cell shown with format `0`. A CSV or HTML cell's text comes from the
 * source instead and keeps every digit, so it differs from this beyond the 17th.
 */
function digitsOfDouble(v: number): string | null {
  if (!Number.isInteger(v) || Number.isSafeInteger(v)) return null;
  // v is a whole number past 2^53 here (a format may hide its minus sign): the toExponential()
  // of its size is always d.ddde+N. A mantissa of one digit is followed by zeros only, which the
  // caller's zeros check has already answered. The anchors, the optional fraction and the
  // no-match exit cannot change an answer.
  // Stryker disable next-line Regex
  const m = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(Math.abs(v).toExponential());
  // Stryker disable next-line ConditionalExpression
  if (!m) return null;
  // Stryker disable next-line StringLiteral
  const mantissa = `${m[1]}${m[2] ?? ''}`;
  const exponent = Number(m[3]);
  return mantissa.padEnd(exponent + 1, '0');
}

/** A cell → identifier text exactly as the spreadsheet shows it, or an issue when it cannot be. */
export function textIdFromCell(cell: SheetCell | null | undefined): TextIdResult {
  if (cell == null || cell.v === null || cell.t === 'z')
    return { ok: true, value: null, warning: null };
  if (cell.t === 'e') {
    return {
      ok: false,
      code: 'error_cell',
      text: problemText('textId.errorCell', { value: cell.w ?? '' }),
    };
  }
  // Number cells are the ones with a number in v (error cells, which hold one too, are above).
  if (typeof cell.v !== 'number') {
    const text = cleanTextId(String(cell.v));
    if (SCIENTIFIC.test(text)) return { ok: false, ...SCI_ISSUE };
    return { ok: true, value: text === '' ? null : text, warning: null };
  }
  const shown = cell.w === undefined ? undefined : cleanTextId(cell.w).replace(/,/g, '');
  // Stryker disable next-line ConditionalExpression: both tests inside read undefined as 'undefined', which neither matches
  if (shown !== undefined) {
    if (SCIENTIFIC.test(shown)) return { ok: false, ...SCI_ISSUE };
    if (/^\d+$/.test(shown)) {
      // Stryker disable next-line Regex: removing an inner run of zeros instead leaves at most 16 significant digits when the zeros test then holds, and the double prints those exactly, so the second test holds too
      const significant = shown.replace(/^0+/, '');
      // Up to 15 significant digits neither test holds: nothing past the 15th, and a double
      // below 10^15 is a safe integer (digitsOfDouble gives null).
      if (/^0+$/.test(significant.slice(SAFE_DIGITS)) || shown === digitsOfDouble(cell.v)) {
        return { ok: true, value: shown, warning: MAYBE_LOST_ISSUE };
      }
      return { ok: true, value: shown, warning: null };
    }
  }
  if (Math.abs(cell.v) >= 10 ** SAFE_DIGITS) return { ok: false, ...LOST_ISSUE };
  if (Number.isInteger(cell.v)) return { ok: true, value: String(cell.v), warning: null };
  return { ok: true, value: shown ?? String(cell.v), warning: null };
}
