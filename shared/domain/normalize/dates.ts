// Dates as insurer lists write them → calendar dates 'YYYY-MM-DD' plus the time of day when
// the list gives one. Excel serials in both date systems, and text in the usual Chinese forms.
import type { SheetCell } from '../import/types';
import type { TextRef } from '../../i18n/text-ref';
import { isRealDate } from '../validation/dates';
import { problemText, type ProblemKey } from '../validation/result';
import { toHalfWidth } from './text';

export type DateParseResult =
  | { ok: true; date: string; time: string | null }
  | { ok: false; code: DateErrorCode; text: TextRef };

export type DateErrorCode =
  'date_empty' | 'date_impossible' | 'date_unrecognized' | 'date_out_of_range';

const DAY_MS = 86_400_000;
/** Excel 1900 system: serial 61 is 1900-03-01 and each serial after adds a day from 1899-12-30. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Excel 1904 system (old Mac workbooks): serial 0 is 1904-01-01. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const WORDING: Record<DateErrorCode, ProblemKey> = {
  date_empty: 'cellDate.empty',
  date_impossible: 'cellDate.impossible',
  date_unrecognized: 'cellDate.unrecognized',
  date_out_of_range: 'cellDate.outOfRange',
};

function err(code: DateErrorCode, text: string): Extract<DateParseResult, { ok: false }> {
  return {
    ok: false,
    code,
    text: problemText(WORDING[code], { text, min: MIN_YEAR, max: MAX_YEAR }),
  };
}

/** 86,400 s reads as 24:00 from the same arithmetic. */
function formatTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return s === 0 ? `${pad(h)}:${pad(m)}` : `${pad(h)}:${pad(m)}:${pad(s)}`;
}

/**
 * An Excel serial date → calendar date (+ time when the serial has a fraction). The 1900
 * system carries Lotus' leap-year bug: serial 60 is the non-existent 1900-02-29 (refused) and
 * serials 1-59 sit one day later than plain arithmetic from 1899-12-30 gives.
 */
export function excelSerialToDate(serial: number, date1904: boolean): DateParseResult {
  const text = String(serial);
  if (!Number.isFinite(serial) || serial < 0) return err('date_unrecognized', text);
  let day = Math.floor(serial);
  // 23:59:59.6 and later rounds to 86400 s, shown as 24:00 of this same day.
  const seconds = Math.round((serial - day) * 86_400);
  if (!date1904) {
    if (day === 0) return err('date_impossible', text);
    if (day === 60) return err('date_impossible', '1900-02-29');
    // Stryker disable next-line EqualityOperator: 60 has returned above, so < and <= agree
    if (day < 60) day += 1;
  }
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + day * DAY_MS;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  // Serials start at 1900-01-01 (1904-01-01): only the upper end can be out of range.
  if (year > MAX_YEAR) return err('date_out_of_range', text);
  const date = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { ok: true, date, time: seconds === 0 ? null : formatTime(seconds) };
}

const TIME = String.raw`(?:[\sT]*(\d{1,2})(?:[:：](\d{1,2})(?:[:：](\d{1,2})(?:\.\d+)?)?|时(?:(\d{1,2})分(?:(\d{1,2})秒)?)?|点))?`;
const SEPARATED = new RegExp(
  String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${TIME}\s*$`,
);
const COMPACT = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}\s*$`);

/**
 * The words around a date in a policy's own wording: 自2025年07月07日零时起 / 至2026年07月06日
 * 二十四时止. 零时 and 二十四时 are written in Chinese numerals on the policy itself.
 */
function stripWording(text: string): string {
  return text
    .replace(/^(?:自|从|至|到)\s*/, '')
    .replace(/\s*(?:起|止)$/, '')
    .replace(/零时/, '0时')
    .replace(/二十四时/, '24时');
}

/**
 * Text dates: 2026-12-01, 2026/12/1, 2026.12.01, 20261201, 2026年12月1日, with an optional time
 * (12:30, 23:59:59, 24:00, 24时); the insurer's wording 至2026年07月06日24时止 and
 * 自2025年07月07日00时起 too. 24:00 stays on its own day: it is that day's end (DOMAIN.md).
 */
export function parseDateText(input: string | null | undefined): DateParseResult {
  const text = stripWording(toHalfWidth(input ?? '').trim());
  if (text === '') return err('date_empty', text);
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (!m) return err('date_unrecognized', text);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return err('date_out_of_range', text);
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!isRealDate(date)) return err('date_impossible', text);
  if (m[4] === undefined) return { ok: true, date, time: null };
  const hours = Number(m[4]);
  const minutes = Number(m[5] ?? m[7] ?? 0);
  const secs = Number(m[6] ?? m[8] ?? 0);
  if (minutes > 59 || secs > 59 || hours > 24 || (hours === 24 && (minutes > 0 || secs > 0))) {
    return err('date_impossible', text);
  }
  return { ok: true, date, time: formatTime(hours * 3600 + minutes * 60 + secs) };
}

/**
 * A spreadsheet cell → date. Numbers are serials in the workbook's date system (never the
 * formatted text, which follows the user's locale, e.g. 12/1/26); text is parsed; date cells
 * carry an ISO string. A plain number like 20261201 is read as compact text.
 */
export function normalizeDateCell(
  cell: SheetCell | null | undefined,
  date1904: boolean,
): DateParseResult {
  if (cell == null || cell.v === null || cell.t === 'z') return err('date_empty', '');
  // Error cells hold a number too (the error's code): they are checked first.
  if (cell.t === 'e') return err('date_unrecognized', cell.w ?? '#错误');
  if (typeof cell.v === 'number') {
    if (cell.v >= 19_000_101 && cell.v <= 21_991_231 && Number.isInteger(cell.v)) {
      return parseDateText(String(cell.v));
    }
    return excelSerialToDate(cell.v, date1904);
  }
  if (cell.t === 'd') {
    // Date cells always carry a time; midnight there means "no time given". Their ISO text
    // has one Z, its last character; the seconds' fraction before it reads like any other.
    const parsed = parseDateText(String(cell.v).replace('Z', ''));
    return parsed.ok && parsed.time === '00:00' ? { ...parsed, time: null } : parsed;
  }
  return parseDateText(String(cell.v));
}

export type PeriodParseResult =
  | {
      ok: true;
      start: { date: string; time: string | null };
      end: { date: string; time: string | null };
    }
  | { ok: false; code: DateErrorCode; text: TextRef };

/** Separators between the two ends that never occur inside one date. */
const PERIOD_SEPARATOR = /\s*(?:至|到|~|—+|–)\s*/;

/**
 * One 保险期间 cell holding both ends: "2025-07-07 00:00至2026-07-06 24:00",
 * "自2025年07月07日零时起至2026年07月06日二十四时止", "2025/7/7~2026/7/6", "2025.07.07—2026.07.06",
 * "2025-07-07 - 2026-07-06". A plain `-` also separates dates: every `-` is tried and the split
 * where both sides read as dates wins.
 */
export function parsePeriodText(input: string | null | undefined): PeriodParseResult {
  const text = toHalfWidth(input ?? '').trim();
  if (text === '') return err('date_empty', text);
  // Stryker disable next-line ArrayDeclaration: a string in the list splits into its first two letters, never dates
  const candidates: Array<[string, string]> = [];
  const parts = text.split(PERIOD_SEPARATOR);
  // Stryker disable next-line StringLiteral: two parts are never undefined
  if (parts.length === 2) candidates.push([parts[0] ?? '', parts[1] ?? '']);
  // Stryker disable next-line EqualityOperator,StringLiteral: a text starting with '-' has no date left of any '-' (i > 0 ends the loop only there); indexOf('') is 0, whose split has an empty left side
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    candidates.push([text.slice(0, i), text.slice(i + 1)]);
  }
  // A split with one good side and one impossible one (2026-02-30) says more than "unrecognised".
  let closest: DateErrorCode = 'date_unrecognized';
  for (const [left, right] of candidates) {
    const start = parseDateText(left);
    const end = parseDateText(right);
    if (start.ok && end.ok) {
      return {
        ok: true,
        start: { date: start.date, time: start.time },
        end: { date: end.date, time: end.time },
      };
    }
    const failed = start.ok ? end : start;
    if (
      (start.ok || end.ok) &&
      // Stryker disable next-line ConditionalExpression: both ok has returned above; this narrows the type
      !failed.ok &&
      // Stryker disable next-line ConditionalExpression,StringLiteral: once one split has one good side, no later split has one (a side cut at a '-' inside a date is no date), so nothing overwrites it
      failed.code !== 'date_unrecognized'
    )
      closest = failed.code;
  }
  return err(closest, text);
}
