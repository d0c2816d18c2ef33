// Version 6: the keyring (issue 11 point 1, PRIVACY.md "Keys"). One row per wrap of the data
// keys: a staff member's (by their password) and the agency's recovery wrap (by the printed
// recovery key), each with its key version so the keys can be rotated later. An ordinary
// table on purpose: wraps depend on nothing but the password or the recovery key, so they sync
// and back up like any other row. No row is reshaped: the table starts empty, and an agency set
// up before this version gets its keys at the owner's next sign-in.
// Indexes: the staff member (their wrap at sign-in, removed when they are deactivated), the
// kind (the recovery wrap) and the key version. Self-contained: it depends on no other
// version's file; it follows v5 (facts and roll-ups).
import type { Dexie } from 'dexie';

export const V6_STORES: Record<string, string> = {
  keyring: 'id, staffId, kind, keyVersion',
};

export function applyV6(db: Dexie): void {
  db.version(6).stores(V6_STORES);
}
