// The agency's backup identity (the age X25519 secret that opens every backup) kept under the
// data keys instead of only on the owner's paper or key file: sealed with the `sensitive` key
// (owners and managers hold it) in the keyring table, its public key in settings. Owner setup
// makes it with the keys and prints it on the recovery sheet, so a fresh desk restores from
// paper and this desk restores its own backups with nothing but a sign-in.
import { open, seal } from '../../../shared/crypto/records';
import type { DataKeys } from '../../../shared/crypto/keys';
import type { AppDb } from '../../db/app-db';
import {
  backupIdentityId,
  sealedBackupIdentity,
  type BackupIdentityRow,
} from '../../db/repositories/keyring-repository';
import { heldKeys } from './session-keys';

/**
 * A new backup key pair, its identity sealed under `keys` (seal before the write's
 * transaction). With the recovery text (made with the keys), the row also carries the public
 * key the recovery key opens backups with (recovery-identity.ts).
 */
export async function newSealedBackupIdentity(
  keys: DataKeys,
  recoveryText?: string,
): Promise<{ identity: string; row: BackupIdentityRow }> {
  // age stays out of the first screen's bundle: loaded when keys are made.
  const { generateBackupKeys } = await import('../../../shared/backup/keys');
  const { recoveryBackupRecipient } = await import('../../../shared/backup/recovery-identity');
  const pair = await generateBackupKeys();
  const recoveryRecipient = recoveryText ? await recoveryBackupRecipient(recoveryText) : null;
  const sealed = await seal(keys, 'sensitive', 'keyring', backupIdentityId(keys.version), {
    identity: pair.identity,
  });
  return {
    identity: pair.identity,
    row: {
      keyVersion: keys.version,
      recipient: pair.recipient,
      sealed,
      ...(recoveryRecipient ? { recoveryRecipient } : {}),
    },
  };
}

/**
 * The backup identity opened with the keys this session holds; null when none is stored or
 * the session holds no `sensitive` key (staff, a PIN unlock).
 */
export async function openBackupIdentity(db: AppDb): Promise<string | null> {
  const keys = heldKeys()?.keys;
  if (!keys?.sensitive) return null;
  const row = await sealedBackupIdentity(db);
  if (!row) return null;
  const { identity } = await open<{ identity: string }>(
    keys,
    'keyring',
    backupIdentityId(row.keyVersion),
    row.sealed,
  );
  return identity;
}
