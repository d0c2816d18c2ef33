// Automatic column mapping from the header row, and the header signature presets are keyed by.
import { headerAt } from './find-header';
import { normalizeHeader } from './header-dictionary';
import type { ColumnMapping, MappingTarget, SheetGrid } from './types';

/** Targets that several columns may feed (客户手机号1 / 2 / 3). */
const MULTI: ReadonlySet<MappingTarget> = new Set(['phones']);

export function autoMapColumns(grid: SheetGrid, headerRowIndex: number): ColumnMapping {
  const header = headerAt(grid, headerRowIndex);
  const hasInsured = header.matches.includes('insured');
  const taken = new Set<MappingTarget>();
  const columns = header.texts.map((text, index) => {
    const match = header.matches[index] ?? null;
    let target: MappingTarget | null = null;
    if (match === 'owner') target = hasInsured ? null : 'insured';
    else if (match !== 'ignore') target = match;
    // The first column naming a field wins; a second 保费 column stays unmapped for the user.
    if (target !== null && !MULTI.has(target)) {
      if (taken.has(target)) target = null;
      else taken.add(target);
    }
    return { index, header: text, target };
  });
  return { headerRowIndex, columns };
}

/** Normalised header texts joined: the same portal export gives the same signature. */
export function headerSignature(headers: string[]): string {
  return headers
    .map((h) => normalizeHeader(h))
    .filter((h) => h !== '')
    .join('|');
}
