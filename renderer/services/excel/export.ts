// Any list → .xlsx or .csv. CSV is UTF-8 with a BOM (so Excel shows the Chinese), xlsx dates
// are real date cells, ids (policy numbers, VINs, ID numbers, phones) are text cells, and any
// text starting with = + - @ tab or CR gets a leading ' so no formula runs when opened.
import * as XLSX from 'xlsx';

export interface ExportColumn {
  header: string;
  key: string;
  type: 'text' | 'date' | 'number';
}

export type ExportRow = Record<string, unknown>;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(textOf).join('/');
  return String(value);
}

/** 'YYYY-MM-DD' → Excel serial (1900 system), or null when not a calendar date. */
export function dateSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function xlsxCell(col: ExportColumn, value: unknown): XLSX.CellObject | null {
  if (value === null || value === undefined || value === '') return null;
  if (col.type === 'number' && typeof value === 'number' && Number.isFinite(value)) {
    return { t: 'n', v: value };
  }
  if (col.type === 'date') {
    const serial = dateSerial(textOf(value));
    if (serial !== null) return { t: 'n', v: serial, z: 'yyyy-mm-dd' };
  }
  return { t: 's', v: neutralize(textOf(value)) };
}

function csvField(col: ExportColumn, value: unknown): string {
  const raw = col.type === 'number' && typeof value === 'number' ? String(value) : textOf(value);
  const text = col.type === 'text' ? neutralize(raw) : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function exportRows(
  columns: ExportColumn[],
  rows: ExportRow[],
  format: 'xlsx' | 'csv',
  sheetName = '导出',
): Uint8Array {
  if (format === 'csv') {
    const lines = [columns.map((c) => csvField({ ...c, type: 'text' }, c.header)).join(',')];
    for (const row of rows) lines.push(columns.map((c) => csvField(c, row[c.key])).join(','));
    const body = new TextEncoder().encode(lines.join('\r\n') + '\r\n');
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const aoa: Array<Array<XLSX.CellObject | string | null>> = [columns.map((c) => c.header)];
  for (const row of rows) aoa.push(columns.map((c) => xlsxCell(c, row[c.key])));
  const ws = XLSX.utils.aoa_to_sheet(aoa, { dense: true });
  ws['!cols'] = columns.map((c) => ({ wch: c.type === 'text' ? 22 : 12 }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return new Uint8Array(
    XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  );
}
