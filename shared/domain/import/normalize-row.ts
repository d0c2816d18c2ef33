// Spreadsheet rows after the header → canonical policy records with their problems. One row
// gives one policy, or two in split layouts (交强险 and 商业险 columns side by side).
import type { PolicyKind } from '../types';
import { validateDateRange } from '../validation/dates';
import { cellText } from './cell-text';
import { problemText } from '../validation/result';
import { fieldLabelKey } from './field-labels';
import { isFooterRow, isRepeatedHeader } from './footer';
import { readBaseFields, readInsurer, readKind, type BaseFields } from './row-fields';
import { RowReader } from './row-reader';
import type {
  CanonicalRecord,
  ColumnMapping,
  MappingTarget,
  NormalizedRow,
  SheetCell,
  SheetGrid,
} from './types';

type Column = ColumnMapping['columns'][number];
const SIDES: readonly PolicyKind[] = ['compulsory', 'commercial'];
const SIDE_FIELDS = ['policyNo', 'startDate', 'endDate', 'premium', 'insurer'] as const;

export interface NormalizeOptions {
  /** Insurer for rows without one: from the title rows, the preset or the user's pick. */
  insurer?: string | null;
  /**
   * Grid rows to read, 0-based and half-open [from, to); rows outside the data (the header and
   * above, past the end) are never read. Reading consecutive ranges and concatenating gives
   * exactly the rows of one whole run (each row is read on its own), so callers can normalise in
   * chunks and report progress or stop between them.
   */
  from?: number;
  to?: number;
}

export function normalizeRows(
  grid: SheetGrid,
  mapping: ColumnMapping,
  options: NormalizeOptions = {},
): NormalizedRow[] {
  const byTarget = new Map<MappingTarget, Column[]>();
  for (const column of mapping.columns) {
    if (column.target === null) continue;
    byTarget.set(column.target, [...(byTarget.get(column.target) ?? []), column]);
  }
  const mappedIndexes = mapping.columns.filter((c) => c.target !== null).map((c) => c.index);
  const out: NormalizedRow[] = [];
  const first = Math.max(mapping.headerRowIndex + 1, options.from ?? 0);
  const end = Math.min(grid.rows.length, options.to ?? grid.rows.length);
  for (let r = first; r < end; r++) {
    const cells: readonly SheetCell[] = grid.rows[r] ?? [];
    // Rows with nothing in a mapped column (blank, or a pre-numbered 序号 only) are not rows.
    if (mappedIndexes.every((i) => cellText(cells[i]) === '' && !cells[i]?.f)) continue;
    if (isFooterRow(cells) || isRepeatedHeader(cells, mapping)) continue;
    const reader = new RowReader(cells, byTarget, r + 1, grid.date1904);
    const records = readRecords(reader, options.insurer ?? null);
    out.push({ sheet: grid.name, row: r + 1, records, problems: reader.problems });
  }
  return out;
}

function readRecords(reader: RowReader, fallbackInsurer: string | null): CanonicalRecord[] {
  const base = readBaseFields(reader);
  const kind = readKind(reader);
  const insurer = readInsurer(reader, 'insurer') ?? fallbackInsurer;
  const genericPeriod = reader.period('period', 'endDate');
  const generic = {
    policyNo: reader.id('policyNo'),
    start: reader.date('startDate') ?? genericPeriod?.start ?? null,
    end: reader.date('endDate') ?? genericPeriod?.end ?? null,
    premium: reader.premium('premium'),
  };
  const split = SIDES.filter((side) =>
    [...SIDE_FIELDS, 'period' as const].some((f) => reader.has(`${side}.${f}`)),
  );
  if (split.length === 0) {
    const record = build(base, {
      kind,
      insurer,
      policyNo: generic.policyNo,
      start: generic.start,
      end: generic.end,
      premium: generic.premium,
    });
    check(reader, record, 'policyNo', 'startDate', 'endDate');
    refund(reader, record, 'premium');
    return [record];
  }
  // Split layout: read each side, then keep the sides this row actually fills.
  const sides = split.map((side) => {
    const period = reader.period(`${side}.period`, `${side}.endDate`);
    return {
      side,
      policyNo: reader.id(`${side}.policyNo`),
      start: reader.date(`${side}.startDate`) ?? period?.start ?? null,
      end: reader.date(`${side}.endDate`) ?? period?.end ?? null,
      premium: reader.premium(`${side}.premium`),
      insurer: readInsurer(reader, `${side}.insurer`),
    };
  });
  const filled = sides.filter(
    (s) => s.policyNo !== null || s.end !== null || reader.reported.has(`${s.side}.endDate`),
  );
  if (filled.length === 0) {
    const record = build(base, { kind, insurer, ...generic });
    check(reader, record, 'policyNo', 'startDate', 'endDate');
    refund(reader, record, 'premium');
    return [record];
  }
  const alone = filled.length === 1;
  return filled.map((s) => {
    const record = build(base, {
      kind: s.side,
      insurer: s.insurer ?? insurer,
      // Generic columns fill in only when one policy is on the row, else they would be shared.
      policyNo: s.policyNo ?? (alone ? generic.policyNo : null),
      start: s.start ?? generic.start,
      end: s.end ?? (alone ? generic.end : null),
      premium: s.premium ?? (alone ? generic.premium : null),
    });
    const pick = (f: 'policyNo' | 'startDate' | 'endDate'): MappingTarget => {
      const own = f === 'policyNo' ? [f] : [f, 'period'];
      const generic = own.some((g) => reader.has(g as MappingTarget));
      const mine = own.some((g) => reader.has(`${s.side}.${g}` as MappingTarget));
      return mine || !generic ? `${s.side}.${f}` : f;
    };
    check(reader, record, pick('policyNo'), pick('startDate'), pick('endDate'));
    refund(reader, record, s.premium !== null ? `${s.side}.premium` : 'premium');
    return record;
  });
}

interface PolicyFields {
  kind: PolicyKind | null;
  insurer: string | null;
  policyNo: string | null;
  start: { date: string; time: string | null } | null;
  end: { date: string; time: string | null } | null;
  premium: number | null;
}

function build(base: BaseFields, p: PolicyFields): CanonicalRecord {
  return {
    ...base,
    policyNo: p.policyNo,
    insurer: p.insurer,
    kind: p.kind,
    startDate: p.start?.date ?? null,
    endDate: p.end?.date ?? null,
    endTime: p.end?.time ?? null,
    premium: p.premium,
  };
}

/** Missing policy number / end date (errors) and an end that is not after the start. */
function check(
  reader: RowReader,
  record: CanonicalRecord,
  policyField: MappingTarget,
  startField: MappingTarget,
  endField: MappingTarget,
): void {
  // A row without a number is still a policy when it names its car and kind (issue 9 §3).
  const knownByCover = Boolean(
    (record.vin || (record.plate && !record.plateMissing)) && record.kind,
  );
  for (const [field, value] of [
    [policyField, record.policyNo ?? (knownByCover ? '' : null)],
    [endField, record.endDate],
  ] as const) {
    if (value !== null || reader.reported.has(field)) continue;
    // A date missing from a 保险期间 column is named under that column.
    const period = periodOf(field);
    if (period && reader.reported.has(period)) continue;
    const column = reader.header(field) || (period ? reader.header(period) : '');
    reader.problem(
      field,
      column,
      'error',
      field.endsWith('policyNo') ? 'missing_policy_no' : 'missing_end_date',
      field.endsWith('policyNo')
        ? problemText('row.missingPolicyNoOrCar')
        : problemText(column ? 'row.missing' : 'row.unmapped', {
            field: { key: fieldLabelKey(field) },
          }),
    );
  }
  if (record.startDate === null || record.endDate === null) return;
  const range = validateDateRange(record.startDate, record.endDate);
  if (!range.ok) {
    const period = periodOf(endField);
    reader.problem(
      endField,
      reader.header(endField) || reader.header(startField) || (period ? reader.header(period) : ''),
      'error',
      range.code,
      range.text,
    );
  }
}

/** The 保险期间 column that can stand for a date field ('commercial.endDate' → its period). */
function periodOf(field: MappingTarget): MappingTarget | null {
  if (field.endsWith('policyNo')) return null;
  const side = field.includes('.') ? field.split('.')[0] : null;
  return side ? (`${side}.period` as MappingTarget) : 'period';
}

/** A negative premium is a refund or cancellation (批退 / 退保), not a policy (issue 9 §4). */
function refund(reader: RowReader, record: CanonicalRecord, field: MappingTarget): void {
  if (record.premium === null || record.premium >= 0) return;
  reader.fieldProblem(
    field,
    'error',
    'not_a_policy',
    problemText('row.notAPolicyRefund', { premium: record.premium }),
  );
}
