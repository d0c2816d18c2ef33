// The user's in-place fixes of preview rows, applied before planning (preview and commit alike).
import type { ImportFix } from './plan-types';
import type { NormalizedRow } from './types';

/** Which record of a row a problem's field belongs to: 'commercial.endDate' → the commercial half. */
function recordOf(row: NormalizedRow, side: string): number {
  const i = row.records.findIndex((r) => r.kind === side);
  return i < 0 ? 0 : i;
}

/**
 * Applies the user's in-place fixes: the fixed values replace the record's, and the row's
 * problems about exactly those fields of that record disappear (fixing the commercial end date
 * leaves a compulsory end-date problem in place). The UI normalises the typed value first.
 */
export function applyFixes(rows: NormalizedRow[], fixes: ImportFix[] = []): NormalizedRow[] {
  if (fixes.length === 0) return rows;
  const byRow = new Map<number, ImportFix[]>();
  for (const f of fixes) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
  return rows.map((row) => {
    const own = byRow.get(row.row);
    if (!own) return row;
    const fixed = (record: number, field: string): boolean =>
      own.some((f) => (f.record ?? 0) === record && field in f.values);
    return {
      ...row,
      records: row.records.map((rec, i) => {
        const mine = own.filter((f) => (f.record ?? 0) === i);
        return Object.assign({ ...rec }, ...mine.map((f) => f.values));
      }),
      problems: row.problems.filter((p) => {
        if (!p.field) return true;
        const [side, field] = p.field.includes('.') ? p.field.split('.') : [null, p.field];
        if (!field) return true;
        // An unprefixed field names every record of the row; a prefixed one only its half.
        if (side === null) return !row.records.some((_, i) => fixed(i, field));
        return !fixed(recordOf(row, side), field);
      }),
    };
  });
}
