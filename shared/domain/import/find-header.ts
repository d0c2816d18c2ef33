// Finds the header row of a policy list: skips title and export-info rows and blank rows,
// handles merged header cells (value only in the first cell) and two-row headers such as
// 交强险 spanning 起期 / 止期 above them.
import { cellText } from './cell-text';
import { matchHeader, matchHeaderExact, type HeaderMatch } from './header-dictionary';
import type { SheetGrid } from './types';

/** Rows searched for the header: portals put at most a few title rows above it. */
const SEARCH_ROWS = 60;

export interface HeaderRow {
  /** The (last) header row; data starts on the row after it. */
  rowIndex: number;
  /** Header text per column: the row's own text, or top + bottom for two-row headers. */
  texts: string[];
  matches: Array<HeaderMatch | null>;
  twoRow: boolean;
  score: number;
}

function rowTexts(grid: SheetGrid, index: number, width: number): string[] {
  const row = grid.rows[index] ?? [];
  return Array.from({ length: width }, (_, c) => cellText(row[c]).replace(/\s+/g, ' '));
}

/** Distinct fields named, and whether they are enough to call it a policy list. */
export function scoreMatches(matches: ReadonlyArray<HeaderMatch | null>): {
  score: number;
  isPolicyList: boolean;
} {
  const found = new Set<string>();
  for (const m of matches) if (m && m !== 'ignore') found.add(m === 'owner' ? 'insured' : m);
  const hasEnd = [
    'endDate',
    'compulsory.endDate',
    'commercial.endDate',
    'period',
    'compulsory.period',
    'commercial.period',
  ].some((f) => found.has(f));
  const hasPolicyNo = ['policyNo', 'compulsory.policyNo', 'commercial.policyNo'].some((f) =>
    found.has(f),
  );
  const hasVehicle = found.has('plate') || found.has('vin');
  return {
    score: found.size,
    isPolicyList: found.size >= 2 && (hasEnd || (hasPolicyNo && hasVehicle)),
  };
}

function single(grid: SheetGrid, index: number, width: number): HeaderRow {
  const texts = rowTexts(grid, index, width);
  const matches = texts.map((t) => matchHeader(t));
  return { rowIndex: index, texts, matches, twoRow: false, score: scoreMatches(matches).score };
}

/**
 * Two header rows read as one: a group cell on top (交强险, merged so only its first cell has
 * text) is carried right over the columns below it; a cell merged down keeps its top text.
 */
function combined(grid: SheetGrid, index: number, width: number): HeaderRow | null {
  if (index === 0) return null;
  const top = rowTexts(grid, index - 1, width);
  const bottom = rowTexts(grid, index, width);
  if (top.filter((t) => t !== '').length < 2) return null; // a title row, not a header row
  const texts: string[] = [];
  const matches: Array<HeaderMatch | null> = [];
  let carry = '';
  for (let c = 0; c < width; c++) {
    const t = top[c] ?? '';
    const b = bottom[c] ?? '';
    if (t !== '') carry = b !== '' ? t : '';
    const group = t !== '' ? t : carry;
    if (b === '') {
      texts.push(t);
      matches.push(matchHeader(t));
      continue;
    }
    texts.push(group + b);
    const own = matchHeader(b);
    // Only a bottom cell that looks like a header may combine; data under a header does not.
    matches.push(matchHeaderExact(group + b) ?? (own ? (matchHeader(group + b) ?? own) : null));
  }
  return { rowIndex: index, texts, matches, twoRow: true, score: scoreMatches(matches).score };
}

function widthOf(grid: SheetGrid, upTo: number): number {
  let width = 0;
  for (let r = 0; r < upTo && r < grid.rows.length; r++)
    width = Math.max(width, grid.rows[r]?.length ?? 0);
  return width;
}

/** The header as read at `index`: one row, or two rows when that names more fields. */
export function headerAt(grid: SheetGrid, index: number): HeaderRow {
  const width = widthOf(grid, Math.min(grid.rows.length, index + 2));
  const one = single(grid, index, width);
  const two = combined(grid, index, width);
  return two && two.score > one.score ? two : one;
}

/** The header row of a policy list, or null when no row names enough fields. */
export function findHeaderRow(grid: SheetGrid): { headerRowIndex: number; score: number } | null {
  let best: HeaderRow | null = null;
  const limit = Math.min(grid.rows.length, SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const header = headerAt(grid, r);
    if (!scoreMatches(header.matches).isPolicyList) continue;
    if (best === null || header.score > best.score) best = header;
  }
  return best ? { headerRowIndex: best.rowIndex, score: best.score } : null;
}

/** How much a sheet looks like a policy list (0 = not at all), to pick among several sheets. */
export function scoreSheet(grid: SheetGrid): number {
  return findHeaderRow(grid)?.score ?? 0;
}
