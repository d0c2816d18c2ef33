// Data keys for tests, made directly (no password, no keyring row unless asked): the full set an
// owner holds, or the staff role's (no sensitive key).
import { importDataKeys, newRawDataKeys, type DataKeys } from '../../../shared/crypto/keys';
import type { AppDb } from '../../../renderer/db/app-db';

export async function ownerKeys(): Promise<DataKeys> {
  return importDataKeys(newRawDataKeys(), 1);
}

/** The same keys as `full` minus `sensitive` (a staff member's). */
export function staffKeys(full: DataKeys): DataKeys {
  return { version: full.version, pii: full.pii, idx: full.idx };
}

/** A keyring row, so the database counts as an agency that has keys. */
export async function markHasKeys(db: AppDb): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z';
  await db.keyring.add({
    id: 'recovery:1',
    kind: 'recovery',
    staffId: null,
    keyVersion: 1,
    wrap: { kind: 'recovery', keyVersion: 1, salt: 'c2FsdA', kdf: null, wrapped: {} },
    createdAt: at,
    updatedAt: at,
    updatedBy: 'test',
  });
}

/** Every string value of a raw row, JSON-encoded: what a copy of the profile folder would show. */
export const rawText = (row: unknown): string => JSON.stringify(row);
