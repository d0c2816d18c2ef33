// The keyring table (schema v6): the wraps of the agency's data keys, and the agency's backup
// identity sealed under them. A staff member's wrap is
// written in the same transaction as their password hash (credential-repository.ts), so a
// password and the wrap it opens never disagree; the recovery wrap is written once, with the
// owner's, when the keys are created. Wraps are made in the auth worker (Argon2id); nothing
// here sees a password or a key.
import type { KeyWrap } from '../../../shared/crypto/keys';
import type { Sealed } from '../../../shared/crypto/records';
import type { Id } from '../../../shared/domain/types';
import { textRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { authorize } from './authorize';
import { getSettings } from './settings-repository';
import { auditEvent, nowIso, RepositoryError, writeAudit, type Actor } from './write-context';

export const passwordWrapId = (staffId: Id, keyVersion: number) =>
  `password:${staffId}:${keyVersion}`;
export const recoveryWrapId = (keyVersion: number) => `recovery:${keyVersion}`;
export const backupIdentityId = (keyVersion: number) => `backup:${keyVersion}`;

/** Whether the agency's keys exist (their recovery wrap is written with them). */
export async function hasKeyring(db: AppDb): Promise<boolean> {
  return (await db.keyring.where('kind').equals('recovery').count()) > 0;
}

/** The newest wrap `staffId`'s password opens, if they have one. */
export async function passwordWrapOf(db: AppDb, staffId: Id): Promise<KeyWrap | undefined> {
  const rows = await db.keyring.where('staffId').equals(staffId).toArray();
  const newest = rows
    .filter((r) => r.kind === 'password')
    .sort((a, b) => b.keyVersion - a.keyVersion)[0];
  return newest?.wrap;
}

/** Ids of the staff whose password opens the keys (the staff card marks the others). */
export async function staffWithKeys(db: AppDb): Promise<Set<Id>> {
  const rows = await db.keyring.where('kind').equals('password').toArray();
  return new Set(rows.map((r) => r.staffId).filter((id): id is Id => !!id));
}

/** The newest recovery wrap (the printed recovery key opens it). */
export async function recoveryWrap(db: AppDb): Promise<KeyWrap | undefined> {
  const rows = await db.keyring.where('kind').equals('recovery').toArray();
  return rows.sort((a, b) => b.keyVersion - a.keyVersion)[0]?.wrap;
}

/** The agency's backup identity, sealed (the newest key version's). */
export async function sealedBackupIdentity(db: AppDb): Promise<BackupIdentityRow | undefined> {
  const rows = await db.keyring.where('kind').equals('backup').toArray();
  const newest = rows.sort((a, b) => b.keyVersion - a.keyVersion)[0];
  return newest?.backup && { keyVersion: newest.keyVersion, ...newest.backup };
}

export interface BackupIdentityRow {
  keyVersion: number;
  recipient: string;
  sealed: Sealed;
  /** Made with the recovery key (owner setup): the recipient the recovery key opens. */
  recoveryRecipient?: string;
}

/**
 * The agency's backup key, inside the caller's transaction (keyring, settings, auditEvents):
 * the identity sealed under the data keys replaces any earlier one of that key version, and
 * its public key becomes the one every backup is encrypted to.
 */
export async function putBackupIdentity(
  db: AppDb,
  row: BackupIdentityRow,
  actor: Actor,
  at = nowIso(),
): Promise<void> {
  const id = backupIdentityId(row.keyVersion);
  const before = await db.keyring.get(id);
  await db.keyring.put({
    id,
    kind: 'backup',
    staffId: null,
    keyVersion: row.keyVersion,
    backup: { recipient: row.recipient, sealed: row.sealed },
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
    updatedBy: actor,
  });
  await db.settings.put({
    ...(await getSettings(db)),
    backupRecipient: row.recipient,
    // A new backup key keeps the recovery key's recipient unless it comes with a new one.
    ...(row.recoveryRecipient ? { backupRecoveryRecipient: row.recoveryRecipient } : {}),
    id: 'app',
  });
  publishPlanInputsChanged(db, ['settings']);
  await writeAudit(db, auditEvent(actor, 'backup-key-created', 'backup', id, row.recipient, at));
}

/** A new backup key for the agency (owner only, `backup:Data`), sealed; audited. */
export async function storeBackupIdentity(
  db: AppDb,
  row: BackupIdentityRow,
  actor: Actor,
): Promise<void> {
  await authorize(db, actor, 'backup', 'Data');
  await db.transaction('rw', [db.keyring, db.settings, db.auditEvents], () =>
    putBackupIdentity(db, row, actor),
  );
}

export interface FirstKeyring {
  ownerWrap: KeyWrap;
  recoveryWrap: KeyWrap;
}

/**
 * The agency's first keys, stored inside the caller's transaction (it must cover keyring and
 * auditEvents): the owner's wrap and the recovery wrap. Refused when keys exist already, so a
 * second owner sign-in racing the first cannot replace the keys the data is under.
 */
export async function putFirstKeyring(
  db: AppDb,
  ownerId: Id,
  ring: FirstKeyring,
  actor: Actor,
  at = nowIso(),
): Promise<void> {
  if (await hasKeyring(db)) {
    throw new RepositoryError('conflict', textRef('errors:keys.exist'));
  }
  const recoveryId = recoveryWrapId(ring.recoveryWrap.keyVersion);
  const stamp = { createdAt: at, updatedAt: at, updatedBy: actor };
  await db.keyring.bulkAdd([
    {
      id: passwordWrapId(ownerId, ring.ownerWrap.keyVersion),
      kind: 'password',
      staffId: ownerId,
      keyVersion: ring.ownerWrap.keyVersion,
      wrap: ring.ownerWrap,
      ...stamp,
    },
    {
      id: recoveryId,
      kind: 'recovery',
      staffId: null,
      keyVersion: ring.recoveryWrap.keyVersion,
      wrap: ring.recoveryWrap,
      ...stamp,
    },
  ]);
  await writeAudit(db, auditEvent(actor, 'keys-created', 'keyring', recoveryId, null, at));
}

/**
 * An owner set up before keys existed signs in: the keys made from their password are stored.
 * Owner only (`create:Keys`), audited.
 */
export async function storeFirstKeyring(
  db: AppDb,
  ownerId: Id,
  ring: FirstKeyring,
  actor: Actor,
): Promise<void> {
  await authorize(db, actor, 'create', 'Keys');
  await db.transaction('rw', [db.keyring, db.auditEvents], () =>
    putFirstKeyring(db, ownerId, ring, actor),
  );
}

/**
 * Replaces `staffId`'s password wraps with `wrap` (or removes them, for null), inside the
 * caller's transaction. A wrap under an old password must not outlive it: a reset whose new
 * wrap could not be made (the agency has no keys yet) still removes the old one.
 */
export async function replacePasswordWrap(
  db: AppDb,
  staffId: Id,
  wrap: KeyWrap | null,
  actor: Actor,
  at = nowIso(),
): Promise<void> {
  await db.keyring.where('staffId').equals(staffId).delete();
  if (!wrap) return;
  await db.keyring.add({
    id: passwordWrapId(staffId, wrap.keyVersion),
    kind: 'password',
    staffId,
    keyVersion: wrap.keyVersion,
    wrap,
    createdAt: at,
    updatedAt: at,
    updatedBy: actor,
  });
}

/**
 * Someone moved to the staff role keeps no `sensitive` key: it is taken out of their wraps (no
 * password needed, it only removes; each key is wrapped on its own). Idempotent, audited when
 * it removed something; returns how many wraps it narrowed.
 */
export async function stripSensitiveWraps(db: AppDb, staffId: Id, actor: Actor): Promise<number> {
  return db.transaction('rw', [db.keyring, db.auditEvents], async () => {
    const rows = (await db.keyring.where('staffId').equals(staffId).toArray()).filter(
      (r) => r.wrap?.wrapped.sensitive,
    );
    const at = nowIso();
    for (const row of rows) {
      if (!row.wrap) continue;
      const { sensitive: _removed, ...kept } = row.wrap.wrapped;
      await db.keyring.put({
        ...row,
        wrap: { ...row.wrap, wrapped: kept },
        updatedAt: at,
        updatedBy: actor,
      });
    }
    if (rows.length) {
      await writeAudit(db, auditEvent(actor, 'keys-narrowed', 'staff', staffId, 'sensitive', at));
    }
    return rows.length;
  });
}
