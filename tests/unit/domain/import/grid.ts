// Builds SheetGrids for tests the way SheetJS fills them: strings as 's', numbers as 'n'.
import type { SheetCell, SheetGrid } from '../../../../shared/domain/import/types';

export type Raw = string | number | null | SheetCell;

export function cell(value: Raw): SheetCell {
  if (value === null || value === '') return { t: 'z', v: null };
  if (typeof value === 'string') return { t: 's', v: value };
  if (typeof value === 'number') return { t: 'n', v: value };
  return value;
}

export function grid(rows: Raw[][], options: Partial<SheetGrid> = {}): SheetGrid {
  return {
    name: 'Sheet1',
    rows: rows.map((r) => r.map(cell)),
    hiddenRows: [],
    hiddenColumns: [],
    date1904: false,
    ...options,
  };
}
