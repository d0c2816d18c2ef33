// Two people must never be merged without a word (issue 9 §5). The same ID number under a
// different name is an error on the row naming the stored customer: the user fixes or skips it.
// The same phone under a different name is only a warning: families share phones, and the row
// is imported as its own customer.
import { maskIdNumber, maskPhone } from '../validation/mask';
import { problemText } from '../validation/result';
import type { MergeState } from './merge-records';
import type { CanonicalRecord, ImportProblem } from './types';

export function peopleProblems(
  s: MergeState,
  row: { row: number },
  rec: CanonicalRecord,
): ImportProblem[] {
  const name = rec.insured ?? rec.holder;
  if (!name) return [];
  const out: ImportProblem[] = [];
  const byId = rec.idNumber ? s.byIdNumber.get(rec.idNumber) : undefined;
  const stored = byId ? s.world.clients.get(byId) : undefined;
  if (stored && stored.name !== name) {
    out.push({
      row: row.row,
      column: '',
      field: 'idNumber',
      severity: 'error',
      code: 'id_name_conflict',
      text: problemText('plan.idNameConflict', {
        id: maskIdNumber(rec.idNumber),
        stored: stored.name,
        name,
      }),
    });
    return out;
  }
  if (stored) return out; // the same person by ID: phones they share with others are theirs
  for (const phone of rec.phones) {
    if (s.byPhoneName.has(`${phone}\u0000${name}`)) continue;
    const other = s.byPhone.get(phone);
    const client = other ? s.world.clients.get(other) : undefined;
    if (!client || client.name === name) continue;
    out.push({
      row: row.row,
      column: '',
      field: 'phones',
      severity: 'warning',
      code: 'phone_shared',
      text: problemText('plan.phoneShared', { phone: maskPhone(phone), stored: client.name, name }),
    });
  }
  return out;
}
