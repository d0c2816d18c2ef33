// The same policy (insurer + policy number) twice in one file. Identical rows are harmless
// (imported once, with a warning); rows that disagree need the user to choose, so the later
// one gets an error naming the earlier row and the fields that differ.
import { problemText } from '../validation/result';
import { fieldLabelKey } from './field-labels';
import {
  CANONICAL_FIELDS,
  type CanonicalRecord,
  type ColumnMapping,
  type ImportProblem,
  type NormalizedRow,
} from './types';

type Compared = Exclude<(typeof CANONICAL_FIELDS)[number], 'policyNo' | 'insurer'>;

// Every canonical field but the key (insurer + policy number) that makes two rows "the same".
const COMPARED = CANONICAL_FIELDS.filter((f): f is Compared => f !== 'policyNo' && f !== 'insurer');

function differences(a: CanonicalRecord, b: CanonicalRecord): Compared[] {
  return COMPARED.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

/** Returns the rows with duplicate problems added (the input is not changed). */
export function markDuplicatesInFile(
  rows: NormalizedRow[],
  mapping?: ColumnMapping,
): NormalizedRow[] {
  const seen = new Map<string, { row: number; record: CanonicalRecord }>();
  const policyHeader = mapping?.columns.find((c) => c.target?.endsWith('policyNo'))?.header ?? '';
  return rows.map((row) => {
    const added: ImportProblem[] = [];
    for (const record of row.records) {
      if (record.policyNo === null) continue;
      const key = `${record.insurer ?? ''}\u0000${record.policyNo}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { row: row.row, record });
        continue;
      }
      const diff = differences(first.record, record);
      const where =
        first.row === row.row
          ? problemText('row.thisRow')
          : problemText('row.otherRow', { row: first.row });
      const params = { policyNo: record.policyNo, row: first.row, where };
      if (diff.length === 0) {
        added.push({
          row: row.row,
          column: policyHeader,
          field: 'policyNo',
          severity: 'warning',
          code: 'duplicate_same',
          text: problemText('row.duplicateSame', params),
        });
        continue;
      }
      added.push({
        row: row.row,
        column: policyHeader,
        field: 'policyNo',
        severity: 'error',
        code: 'duplicate_conflict',
        text: problemText('row.duplicateConflict', {
          ...params,
          fields: diff.map((f) => ({ key: fieldLabelKey(f) })),
        }),
      });
    }
    return added.length === 0 ? row : { ...row, problems: [...row.problems, ...added] };
  });
}
