// What committing a preview row would change in the stored records, as lines a person reads:
// "premium: 3200 → 3500", and for a car that passes to a new insured "owner: 张三 → 李四".
// Internal fields (ids, the owner history list, soft-delete marks) are not shown; a record the
// row creates is the "new" status already, not a list of its fields.
import type { FieldChange, PlannedRow } from '../../../shared/domain/import';
import type { PolicyKind } from '../../../shared/domain/types';

/** Field of a stored record → its name in the fields catalogue. */
const SHOWN = {
  'client.name': 'insured',
  'client.phones': 'phones',
  'client.idNumber': 'idNumber',
  'vehicle.plate': 'plate',
  'vehicle.vin': 'vin',
  'vehicle.engineNo': 'engineNo',
  'vehicle.brandModel': 'brandModel',
  'vehicle.firstRegisteredOn': 'firstRegisteredOn',
  'policy.insurer': 'insurer',
  'policy.policyNo': 'policyNo',
  'policy.kind': 'kind',
  'policy.holderName': 'holder',
  'policy.startDate': 'startDate',
  'policy.endDate': 'endDate',
  'policy.premium': 'premium',
  'policy.staffName': 'staff',
} as const;

export type ShownField = (typeof SHOWN)[keyof typeof SHOWN];

export type ChangeLine =
  | { kind: 'field'; field: ShownField; before: Value; after: Value }
  | { kind: 'owner'; from: string; to: string };

/** A value as stored: text, a number, a list of phones, a policy kind, or nothing. */
export type Value = string | number | string[] | PolicyKind | null;

function value(v: unknown): Value {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(String);
  return JSON.stringify(v);
}

function isShown(key: string): key is keyof typeof SHOWN {
  return Object.hasOwn(SHOWN, key);
}

/** The previous owner's name: the last entry the change appended to the owner history. */
function previousOwner(change: FieldChange): string | null {
  const history = change.after;
  if (!Array.isArray(history)) return null;
  const last: unknown = history[history.length - 1];
  return last && typeof last === 'object' && 'name' in last ? String(last.name) : null;
}

/** `newOwner`: the insured named on the row (who the car passes to). */
export function describeChanges(planned: PlannedRow, newOwner: string | null): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const seen = new Set<string>();
  for (const change of planned.changes) {
    if (change.field === 'ownerHistory' && planned.ownerChanged) {
      const from = previousOwner(change);
      if (from !== null) lines.push({ kind: 'owner', from, to: newOwner ?? '' });
      continue;
    }
    const key = `${change.entity}.${change.field}`;
    // A created record reports one '*' change: the row's status ("new") already says it.
    if (!isShown(key) || change.before === undefined) continue;
    const line: ChangeLine = {
      kind: 'field',
      field: SHOWN[key],
      before: value(change.before),
      after: value(change.after),
    };
    const id = JSON.stringify(line);
    if (seen.has(id)) continue;
    seen.add(id);
    lines.push(line);
  }
  return lines;
}
