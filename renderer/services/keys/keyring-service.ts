// The keyring at owner setup, sign-in and password changes (issue 11, PRIVACY.md "Keys"). The
// Argon2id and the wraps run in the auth worker; the rows are written by the repositories in
// the same transaction as the password hash; the opened keys are held by session-keys.ts.
import type { KdfParams, KeyWrap } from '../../../shared/crypto/keys';
import type { KeyRole } from '../../../shared/crypto/keyring';
import type { Id, Staff } from '../../../shared/domain/types';
import { TextError, textRef } from '../../../shared/i18n';
import type { AppDb } from '../../db/app-db';
import { recordEvent } from '../../db/repositories/audit-repository';
import { getCredential, setupOwner } from '../../db/repositories/credential-repository';
import {
  hasKeyring,
  passwordWrapOf,
  storeBackupIdentity,
  storeFirstKeyring,
  stripSensitiveWraps,
} from '../../db/repositories/keyring-repository';
import { getSettings, updateSettings } from '../../db/repositories/settings-repository';
import { workerKeys, type KeyWorker } from '../auth/auth-worker-client';
import { windowKdf } from '../auth/kdf-cost';
import { newSealedBackupIdentity } from './backup-identity';
import { heldKeys, holdKeys } from './session-keys';

/** How the auth worker is reached and at what Argon2id cost (tests pass the handlers). */
export interface KeyDeps {
  worker: KeyWorker;
  kdf: KdfParams;
}

const windowDeps = (): KeyDeps => ({ worker: workerKeys, kdf: windowKdf() });

/**
 * First run: the owner, their password hash and the agency's new data keys in one
 * transaction; the keys are held for the session. The recovery text is for the recovery sheet
 * only (shown once, never stored).
 */
export async function setupOwnerWithKeys(
  db: AppDb,
  input: { name: string; password: string; passwordHash: string },
  deps: KeyDeps = windowDeps(),
): Promise<{ owner: Staff; recoveryText: string; backupIdentity: string }> {
  const ring = await deps.worker.createKeyring({ password: input.password, kdf: deps.kdf });
  // The backup key comes with the keys: sealed now, stored in setup's one transaction.
  const backup = await newSealedBackupIdentity(ring.keys, ring.recoveryText);
  const owner = await setupOwner(db, {
    name: input.name,
    passwordHash: input.passwordHash,
    keyring: { ownerWrap: ring.ownerWrap, recoveryWrap: ring.recoveryWrap },
    backup: backup.row,
  });
  holdKeys({ staffId: owner.id, keys: ring.keys, wrap: ring.ownerWrap, kek: ring.ownerKek });
  return { owner, recoveryText: ring.recoveryText, backupIdentity: backup.identity };
}

export type KeysAtSignIn =
  /** Their wrap opened; the keys are held. */
  | { status: 'opened' }
  /**
   * An owner set up before keys existed: the keys were made now; show the recovery sheet. A
   * backup identity is made with them unless the agency already had a backup key (its key file
   * stays the one that opens the backups).
   */
  | { status: 'created'; recoveryText: string; backupIdentity: string | null }
  /** No wrap for them (staff from before the keys, or the agency has none yet). */
  | { status: 'none' }
  /** Their password matched its hash but did not open their wrap (audited; no keys held). */
  | { status: 'failed' };

export type PasswordSignIn = { ok: false } | ({ ok: true } & KeysAtSignIn);

/**
 * A password sign-in: checks the password and holds the person's keys. With a wrap, opening
 * it is the check (one Argon2id, as the hash check alone cost before: the wrap and the hash are
 * written in one transaction, so they agree); only when it does not open is the hash asked, to
 * tell a wrong password from a wrap that no longer matches. Without a wrap the hash decides,
 * and an owner set up before this version gets the agency's keys made now.
 */
export async function signInWithPassword(
  db: AppDb,
  who: { id: Id; role: KeyRole },
  password: string,
  verify: (password: string, encoded: string) => Promise<boolean>,
  deps: KeyDeps = windowDeps(),
): Promise<PasswordSignIn> {
  const wrap = await passwordWrapOf(db, who.id);
  if (wrap) {
    try {
      const { keys, kek } = await deps.worker.openKeys({ wrap, secret: password });
      if (who.role === 'staff' && keys.sensitive) {
        // A demotion whose narrowing did not land: finish it, and hold no key to ID numbers.
        const { sensitive: _dropped, ...narrowed } = keys;
        await stripSensitiveWraps(db, who.id, who.id);
        const { sensitive: _gone, ...wrapped } = wrap.wrapped;
        holdKeys({ staffId: who.id, keys: narrowed, wrap: { ...wrap, wrapped }, kek });
        return { ok: true, status: 'opened' };
      }
      holdKeys({ staffId: who.id, keys, wrap, kek });
      return { ok: true, status: 'opened' };
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'wrong_key') throw error;
    }
  }
  const encoded = (await getCredential(db, who.id))?.passwordHash;
  if (!encoded || !(await verify(password, encoded))) return { ok: false };
  if (wrap) {
    await recordEvent(db, who.id, 'keys-open-failed', 'staff', who.id);
    return { ok: true, status: 'failed' };
  }
  return { ok: true, ...(await keysWithoutWrap(db, who, password, deps)) };
}

/** A verified person with no wrap: the agency's first keys for an old owner, else none. */
async function keysWithoutWrap(
  db: AppDb,
  who: { id: Id; role: KeyRole },
  password: string,
  deps: KeyDeps,
): Promise<KeysAtSignIn> {
  if (who.role !== 'owner' || (await hasKeyring(db))) return { status: 'none' };
  const ring = await deps.worker.createKeyring({ password, kdf: deps.kdf });
  await storeFirstKeyring(
    db,
    who.id,
    { ownerWrap: ring.ownerWrap, recoveryWrap: ring.recoveryWrap },
    who.id,
  );
  holdKeys({ staffId: who.id, keys: ring.keys, wrap: ring.ownerWrap, kek: ring.ownerKek });
  let backupIdentity: string | null = null;
  if (!(await getSettings(db)).backupRecipient) {
    const backup = await newSealedBackupIdentity(ring.keys, ring.recoveryText);
    await storeBackupIdentity(db, backup.row, who.id);
    backupIdentity = backup.identity;
  } else {
    // The agency keeps its backup key; backups are also encrypted to the new recovery key's.
    const { recoveryBackupRecipient } = await import('../../../shared/backup/recovery-identity');
    const backupRecoveryRecipient = await recoveryBackupRecipient(ring.recoveryText);
    await updateSettings(db, { backupRecoveryRecipient }, who.id);
  }
  return { status: 'created', recoveryText: ring.recoveryText, backupIdentity };
}

/**
 * The data keys wrapped under `password` for someone with `role` (a new staff member, a reset,
 * one's own change), from the keys this session holds; staff get no `sensitive` key. Null
 * while the agency has no keys. Throws (`keys_needed`) when it has keys but this session holds
 * none: a PIN unlock, or a sign-in whose wrap did not open.
 */
export async function wrapForPassword(
  db: AppDb,
  target: { role: KeyRole },
  password: string,
  deps: KeyDeps = windowDeps(),
): Promise<KeyWrap | null> {
  const held = heldKeys();
  if (!held) {
    if (!(await hasKeyring(db))) return null;
    throw new TextError('keys_needed', textRef('errors:keys.needPassword'));
  }
  return deps.worker.wrapKeysFor({
    source: held.wrap,
    sourceKek: held.kek,
    password,
    role: target.role,
    kdf: deps.kdf,
  });
}
