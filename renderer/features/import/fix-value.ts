// A value fixed in the preview goes through the very normaliser the file went through: the
// record is written out as a one-row sheet (every canonical field, the edited one replaced by
// what the user typed) and read back with normalizeRows. Only the edited field (both dates when
// one of them changes, since "end before start" is about the pair) becomes the fix.
import {
  CANONICAL_FIELDS,
  fieldLabelKey,
  normalizeRows,
  type CanonicalField,
  type CanonicalRecord,
  type ColumnMapping,
  type ImportProblem,
  type MappingTarget,
  type NormalizedRow,
  type SheetCell,
} from '../../../shared/domain/import';
import { problemText } from '../../../shared/domain/validation/result';
import { createTranslator } from '../../../shared/i18n';

const KIND_TEXT = { compulsory: '交强险', commercial: '商业险' } as const;

/** The record's value of a field as a user would type it. */
export function fieldText(record: CanonicalRecord, field: CanonicalField): string {
  if (field === 'kind') return record.kind ? KIND_TEXT[record.kind] : '';
  if (field === 'plate' && record.plateMissing) return '未上牌';
  if (field === 'phones') return record.phones.join('/');
  const value = record[field];
  return value === null || value === undefined ? '' : String(value);
}

/** 'commercial.endDate' → 'endDate'; split-layout targets fix the matching half of the row. */
export function baseField(target: MappingTarget): CanonicalField {
  return target.split('.').pop() as CanonicalField;
}

/** Which record of a row a problem's field belongs to (split rows hold two policies). */
export function recordIndexFor(row: NormalizedRow, target: MappingTarget): number {
  const side = target.includes('.') ? target.split('.')[0] : null;
  if (!side) return 0;
  const i = row.records.findIndex((r) => r.kind === side);
  return i < 0 ? 0 : i;
}

export interface FixOutcome {
  values: Partial<CanonicalRecord>;
  /** Problems the typed value still has (an 'error' means the fix cannot be taken). */
  problems: ImportProblem[];
}

export function normalizeFix(
  record: CanonicalRecord,
  field: CanonicalField,
  typed: string,
): FixOutcome {
  const columns: ColumnMapping['columns'] = CANONICAL_FIELDS.map((f, index) => ({
    index,
    // Chinese like the lists users import, whatever the UI language.
    header: createTranslator('zh-CN').t(fieldLabelKey(f)),
    target: f,
  }));
  const text = (s: string): SheetCell => (s === '' ? { v: null, t: 'z' } : { v: s, t: 's' });
  const values = CANONICAL_FIELDS.map((f) =>
    text(f === field ? typed.trim() : fieldText(record, f)),
  );
  const grid = {
    name: 'fix',
    rows: [columns.map((c) => text(c.header)), values],
    hiddenRows: [],
    hiddenColumns: [],
    date1904: false,
  };
  const [row] = normalizeRows(grid, { headerRowIndex: 0, columns }, { insurer: record.insurer });
  const fixed = row?.records[0];
  const fields: CanonicalField[] =
    field === 'startDate' || field === 'endDate' ? ['startDate', 'endDate'] : [field];
  if (!row || !fixed) {
    return {
      values: {},
      problems: [
        {
          row: 0,
          column: '',
          field,
          severity: 'error',
          code: 'empty',
          text: problemText('row.enterValue'),
        },
      ],
    };
  }
  const out: Partial<CanonicalRecord> = {};
  for (const f of fields) Object.assign(out, { [f]: fixed[f] });
  if (fields.includes('endDate')) out.endTime = fixed.endTime;
  if (field === 'plate') out.plateMissing = fixed.plateMissing;
  const problems = row.problems.filter(
    (p) => p.field !== null && fields.includes(baseField(p.field)),
  );
  return { values: out, problems };
}
