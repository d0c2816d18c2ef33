// A SheetJS worksheet (dense mode) → the plain SheetGrid the pure import code reads. Keeps the
// formatted text `w` next to the raw value so long numbers and leading zeros survive, fills
// merged areas with their top-left value (merged header cells, merged client blocks), and
// lists hidden rows/columns by 0-based index.
import type * as XLSX from 'xlsx';
import type { SheetCell, SheetGrid } from '../../../shared/domain/import/types';

/** Wider than any real insurer list; stops a bogus range like A1:XFD1 from costing memory. */
const MAX_COLUMNS = 512;
/** A merge larger than this is treated as decoration and not filled. */
const MAX_MERGE_CELLS = 20_000;

const EMPTY: SheetCell = Object.freeze({ v: null, t: 'z' }) as SheetCell;

function toCell(c: XLSX.CellObject | undefined): SheetCell {
  if (!c || c.t === 'z' || c.v === undefined || c.v === null) return EMPTY;
  const cell: SheetCell = { v: c.v as string | number | boolean, t: c.t };
  if (c.t === 'e') cell.v = c.w ?? '#ERROR';
  else if (c.t === 'd') cell.v = c.w ?? String(c.v);
  if (c.w !== undefined) cell.w = c.w;
  if (typeof c.z === 'string') cell.z = c.z;
  if (c.f !== undefined) cell.f = true;
  return cell;
}

function isEmptyRow(row: SheetCell[]): boolean {
  return row.every((c) => c.v === null || c.v === '');
}

export function sheetToGrid(name: string, ws: XLSX.WorkSheet, date1904: boolean): SheetGrid {
  const data = (ws['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const rows: SheetCell[][] = [];
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) {
      rows.push([]);
      continue;
    }
    const width = Math.min(src.length, MAX_COLUMNS);
    const row = new Array<SheetCell>(width);
    for (let c = 0; c < width; c++) row[c] = toCell(src[c]);
    while (row.length > 0 && (row[row.length - 1] as SheetCell).v === null) row.pop();
    rows.push(row);
  }
  fillMerges(rows, ws['!merges'] ?? []);
  while (rows.length > 0 && isEmptyRow(rows[rows.length - 1] as SheetCell[])) rows.pop();

  const hiddenRows: number[] = [];
  (ws['!rows'] ?? []).forEach((info, i) => {
    if (info?.hidden && i < rows.length) hiddenRows.push(i);
  });
  const hiddenColumns: number[] = [];
  (ws['!cols'] ?? []).forEach((info, i) => {
    if (info?.hidden && i < MAX_COLUMNS) hiddenColumns.push(i);
  });
  return { name, rows, hiddenRows, hiddenColumns, date1904 };
}

function fillMerges(rows: SheetCell[][], merges: XLSX.Range[]): void {
  for (const m of merges) {
    const area = (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
    if (area > MAX_MERGE_CELLS || m.s.r >= rows.length) continue;
    const top = rows[m.s.r]?.[m.s.c];
    if (!top || top.v === null) continue;
    const lastRow = Math.min(m.e.r, rows.length - 1);
    const lastCol = Math.min(m.e.c, MAX_COLUMNS - 1);
    for (let r = m.s.r; r <= lastRow; r++) {
      const row = rows[r] as SheetCell[];
      while (row.length <= lastCol) row.push(EMPTY);
      for (let c = m.s.c; c <= lastCol; c++) if (r !== m.s.r || c !== m.s.c) row[c] = top;
    }
  }
}

/** Number of non-empty cells, to tell an empty workbook from a sparse one. */
export function countFilledCells(grid: SheetGrid, stopAt = 1): number {
  let n = 0;
  for (const row of grid.rows) {
    for (const c of row) if (c.v !== null && c.v !== '' && ++n >= stopAt) return n;
  }
  return n;
}
