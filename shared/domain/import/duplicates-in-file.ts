// The same policy twice in one file: by insurer + policy number, or, for a policy without a
// number (a dealer's list, issue 9 §3), by its car (VIN, else plate), kind and end date, the key
// it is stored under. Identical rows are harmless (imported once, with a warning); rows that
// disagree need the user to choose, so the later one gets an error naming the earlier row and
// the fields that differ.
import { problemText } from '../validation/result';
import type { TextParams } from '../../i18n';
import { fieldLabelKey } from './field-labels';
import {
  CANONICAL_FIELDS,
  type CanonicalRecord,
  type ColumnMapping,
  type ImportProblem,
  type NormalizedRow,
} from './types';

type Compared = Exclude<(typeof CANONICAL_FIELDS)[number], 'policyNo' | 'insurer'>;
type Seen = Map<string, { row: number; record: CanonicalRecord }>;

// Every canonical field but the key (insurer + policy number) that makes two rows "the same".
const COMPARED = CANONICAL_FIELDS.filter((f): f is Compared => f !== 'policyNo' && f !== 'insurer');

function differences(a: CanonicalRecord, b: CanonicalRecord): Compared[] {
  return COMPARED.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

/**
 * The keys a record without a number is known by: its kind and end date with its VIN and with
 * its plate, so a row naming the car only by plate meets the row that also gave the VIN.
 */
function carKeys(record: CanonicalRecord): string[] {
  if (!record.kind || !record.endDate) return [];
  const keys: string[] = [];
  if (record.vin) keys.push(`vin\u0000${record.vin}`);
  if (record.plate && !record.plateMissing) keys.push(`plate\u0000${record.plate}`);
  return keys.map((k) => `${k}\u0000${record.kind}\u0000${record.endDate}`);
}

/** The first earlier record under any of `keys`; records this one under every key. */
function firstSeen(seen: Seen, keys: string[], row: number, record: CanonicalRecord) {
  const first = keys.map((k) => seen.get(k)).find((f) => f !== undefined);
  for (const k of keys) if (!seen.has(k)) seen.set(k, { row, record });
  return first;
}

/** Returns the rows with duplicate problems added (the input is not changed). */
export function markDuplicatesInFile(
  rows: NormalizedRow[],
  mapping?: ColumnMapping,
): NormalizedRow[] {
  const seen: Seen = new Map();
  const header = (field: string): string =>
    mapping?.columns.find((c) => c.target === field || c.target?.endsWith(`.${field}`))?.header ??
    '';
  const policyHeader = header('policyNo');
  return rows.map((row) => {
    const added: ImportProblem[] = [];
    for (const record of row.records) {
      const byNumber = record.policyNo !== null;
      const keys = byNumber ? [`${record.insurer ?? ''}\u0000${record.policyNo}`] : carKeys(record);
      if (keys.length === 0) continue;
      const first = firstSeen(seen, keys, row.row, record);
      if (!first) continue;
      const diff = differences(first.record, record);
      const where =
        first.row === row.row
          ? problemText('row.thisRow')
          : problemText('row.otherRow', { row: first.row });
      // A car is named by the VIN both rows gave, else by the plate.
      const carField = record.vin && first.record.vin === record.vin ? 'vin' : 'plate';
      const car = carField === 'vin' ? record.vin : record.plate;
      const field = byNumber ? 'policyNo' : carField;
      const column = byNumber ? policyHeader : header(carField);
      const params: TextParams = byNumber
        ? { policyNo: record.policyNo ?? '', row: first.row, where }
        : {
            car: car ?? '',
            kind: {
              key:
                record.kind === 'compulsory'
                  ? 'common:kinds.compulsory'
                  : 'common:kinds.commercial',
            },
            endDate: record.endDate ?? '',
            row: first.row,
            where,
          };
      if (diff.length === 0) {
        added.push({
          row: row.row,
          column,
          field,
          severity: 'warning',
          code: 'duplicate_same',
          text: problemText(byNumber ? 'row.duplicateSame' : 'row.carDuplicateSame', params),
        });
        continue;
      }
      added.push({
        row: row.row,
        column,
        field,
        severity: 'error',
        code: 'duplicate_conflict',
        text: problemText(byNumber ? 'row.duplicateConflict' : 'row.carDuplicateConflict', {
          ...params,
          fields: diff.map((f) => ({ key: fieldLabelKey(f) })),
        }),
      });
    }
    return added.length === 0 ? row : { ...row, problems: [...row.problems, ...added] };
  });
}
