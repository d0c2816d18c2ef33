// The one place the file pipeline meets the pure import code in shared/domain/import.
// TEMPORARY test doubles until header-dictionary / find-header / map-columns / normalize-row
// land; pipeline.ts only calls the functions below, so switching touches this file alone.
import type {
  CanonicalRecord,
  ColumnMapping,
  MappingTarget,
  NormalizedRow,
  SheetCell,
  SheetGrid,
} from '../../../shared/domain/import/types';

const DICT: Record<string, MappingTarget> = {
  保单号: 'policyNo',
  保单号码: 'policyNo',
  险种名称: 'kind',
  车牌号码: 'plate',
  保险止期: 'endDate',
  签单保费: 'premium',
  交强险保单号: 'compulsory.policyNo',
  交强险止期: 'compulsory.endDate',
  商业险保单号: 'commercial.policyNo',
  商业险止期: 'commercial.endDate',
  保险公司: 'insurer',
  险种: 'kind',
  车牌号: 'plate',
  车架号: 'vin',
  被保险人: 'insured',
  证件号码: 'idNumber',
  联系电话: 'phones',
  起保日期: 'startDate',
  终保日期: 'endDate',
  保费: 'premium',
  业务员: 'staff',
};

export function cellText(c: SheetCell | undefined): string {
  if (!c || c.v === null) return '';
  return (c.w ?? String(c.v)).trim();
}

function rowScore(row: SheetCell[]): number {
  return row.filter((c) => DICT[cellText(c)] !== undefined).length;
}

export function findHeaderRow(grid: SheetGrid): number | null {
  let best = -1;
  let bestScore = 2;
  grid.rows.slice(0, 50).forEach((row, i) => {
    const s = rowScore(row);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best < 0 ? null : best;
}

export function scoreSheet(grid: SheetGrid): number {
  const i = findHeaderRow(grid);
  return i === null ? 0 : rowScore(grid.rows[i] ?? []);
}

export function autoMapColumns(grid: SheetGrid, headerRowIndex: number): ColumnMapping {
  const row = grid.rows[headerRowIndex] ?? [];
  return {
    headerRowIndex,
    columns: row.map((c, index) => ({
      index,
      header: cellText(c),
      target: DICT[cellText(c)] ?? null,
    })),
  };
}

export function headerSignature(headers: string[]): string {
  return headers.map((h) => h.replace(/\s+/g, '')).join('|');
}

export function insurerFromTitle(grid: SheetGrid, headerRowIndex: number): string | null {
  for (const row of grid.rows.slice(0, headerRowIndex)) {
    for (const c of row) {
      const t = cellText(c);
      if (/人民财产|人保/.test(t)) return '人保财险';
      const m = /(平安|太平洋|国寿财|大地)/.exec(t);
      if (m) return m[1] ?? null;
    }
  }
  return null;
}

function serialToIso(n: number): string {
  const d = new Date(Math.round((n - 25569) * 86400_000));
  return d.toISOString().slice(0, 10);
}

function dateOf(c: SheetCell | undefined): string | null {
  if (!c || c.v === null) return null;
  if (typeof c.v === 'number') return serialToIso(c.v);
  const m = /(\d{4})\D?(\d{1,2})\D?(\d{1,2})/.exec(String(c.v));
  if (!m) return null;
  return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
}

export function normalizeRows(
  grid: SheetGrid,
  mapping: ColumnMapping,
  options: { insurer: string | null },
): NormalizedRow[] {
  const out: NormalizedRow[] = [];
  for (let r = mapping.headerRowIndex + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const get = (f: MappingTarget): SheetCell | undefined => {
      const col = mapping.columns.find((c) => c.target === f);
      return col ? row[col.index] : undefined;
    };
    const text = (f: MappingTarget): string | null => cellText(get(f)) || null;
    if (!text('policyNo')) continue;
    const kindText = text('kind') ?? '';
    const rec: CanonicalRecord = {
      policyNo: text('policyNo'),
      insurer: text('insurer') ?? options.insurer,
      kind: /交强|强制/.test(kindText) ? 'compulsory' : 'commercial',
      plate: text('plate'),
      plateMissing: false,
      vin: text('vin'),
      engineNo: null,
      brandModel: null,
      firstRegisteredOn: null,
      insured: text('insured'),
      holder: null,
      phones: (text('phones') ?? '').split(/[,/ ]+/).filter(Boolean),
      idNumber: text('idNumber'),
      startDate: dateOf(get('startDate')),
      endDate: dateOf(get('endDate')),
      endTime: null,
      premium:
        text('premium') === null ? null : Number(String(get('premium')?.v).replace(/,/g, '')),
      staff: text('staff'),
      note: null,
    };
    out.push({ sheet: grid.name, row: r + 1, records: [rec], problems: [] });
  }
  return out;
}
