// Automatic column mapping from the header row, and the header signature presets are keyed by.
import { headerAt } from './find-header';
import { headerRank, normalizeHeader } from './header-dictionary';
import type { ColumnMapping, MappingTarget, SheetGrid } from './types';

/** Targets that several columns may feed (客户手机号1 / 2 / 3). */
const MULTI: ReadonlySet<MappingTarget> = new Set(['phones']);

export function autoMapColumns(grid: SheetGrid, headerRowIndex: number): ColumnMapping {
  const header = headerAt(grid, headerRowIndex);
  const hasInsured = header.matches.includes('insured');
  const candidates = header.texts.map((text, index) => {
    const match = header.matches[index] ?? null;
    let target: MappingTarget | null = null;
    if (match === 'owner') target = hasInsured ? null : 'insured';
    else if (match !== 'ignore') target = match;
    return { index, header: text, target, rank: headerRank(text) };
  });
  // One column per field: the best-ranked one (保单号 over 上年保单号 wherever they stand),
  // the first among equals; a second 保费 column stays unmapped for the user to choose.
  const winner = new Map<MappingTarget, number>();
  for (const c of candidates) {
    if (c.target === null || MULTI.has(c.target)) continue;
    const best = winner.get(c.target);
    if (best === undefined || c.rank < (candidates[best]?.rank ?? Infinity))
      winner.set(c.target, c.index);
  }
  const columns = candidates.map(({ index, header: text, target }) => ({
    index,
    header: text,
    target: target === null || MULTI.has(target) || winner.get(target) === index ? target : null,
  }));
  return { headerRowIndex, columns };
}

/** Normalised header texts joined: the same portal export gives the same signature. */
export function headerSignature(headers: string[]): string {
  return headers
    .map((h) => normalizeHeader(h))
    .filter((h) => h !== '')
    .join('|');
}
