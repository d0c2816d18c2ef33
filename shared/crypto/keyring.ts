// The keyring at owner setup and at sign-in: which wraps exist and which keys a role gets.
// Roles that may read ID numbers (owner, manager) get the `sensitive` key; staff do not.
import { fromBase64Url, randomBytes, toRecoveryText, fromRecoveryText } from './bytes';
import {
  DEFAULT_KDF,
  newRawDataKeys,
  newSalt,
  passwordKek,
  recoveryKek,
  rewrapKeys,
  unwrapKeys,
  wrapKeys,
  type DataKeyName,
  type DataKeys,
  type KdfParams,
  type KeyWrap,
} from './keys';

export type KeyRole = 'owner' | 'manager' | 'staff';

export function keyNamesFor(role: KeyRole): readonly DataKeyName[] {
  return role === 'staff' ? ['pii', 'idx'] : ['pii', 'sensitive', 'idx'];
}

export interface NewKeyring {
  /** The owner's wrap, stored in the keyring table under the owner's id. */
  ownerWrap: KeyWrap;
  /** The recovery wrap, stored once. */
  recoveryWrap: KeyWrap;
  /** Shown once at setup for printing; never stored. */
  recoveryText: string;
  keys: DataKeys;
  /**
   * The key that opens `ownerWrap` (non-extractable): held with the keys for the session, so
   * wrapping them for a new staff member needs no second Argon2id of the owner's password.
   */
  ownerKek: CryptoKey;
}

/** Owner setup: new data keys (version 1), wrapped by the owner's password and the recovery key. */
export async function createKeyring(
  ownerPassword: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<NewKeyring> {
  const raw = newRawDataKeys();
  const ownerSalt = newSalt();
  const ownerKek = await passwordKek(ownerPassword, fromBase64Url(ownerSalt), kdf);
  const ownerWrap = await wrapKeys(raw, ownerKek, {
    kind: 'password',
    keyVersion: 1,
    salt: ownerSalt,
    kdf,
  });
  const recovery = randomBytes(32);
  const recoverySalt = newSalt();
  const recoveryWrap = await wrapKeys(
    raw,
    await recoveryKek(recovery, fromBase64Url(recoverySalt)),
    {
      kind: 'recovery',
      keyVersion: 1,
      salt: recoverySalt,
      kdf: null,
    },
  );
  // Through the wrap, so what setup hands out is exactly what the next sign-in will open.
  const keys = await unwrapKeys(ownerWrap, ownerKek);
  return { ownerWrap, recoveryWrap, recoveryText: toRecoveryText(recovery), keys, ownerKek };
}

/** Opens a wrap with a password or the recovery text: the keys and the KEK that opened them. */
export async function openWrap(
  wrap: KeyWrap,
  secret: string,
): Promise<{ keys: DataKeys; kek: CryptoKey }> {
  const kek = await kekFor(wrap, secret);
  return { keys: await unwrapKeys(wrap, kek), kek };
}

/** The KEK that opens `wrap` from a password (password wraps) or the recovery text. */
export async function kekFor(wrap: KeyWrap, secret: string): Promise<CryptoKey> {
  const salt = fromBase64Url(wrap.salt);
  if (wrap.kind === 'password') return passwordKek(secret, salt, wrap.kdf ?? DEFAULT_KDF);
  const recovery = fromRecoveryText(secret, 32);
  if (!recovery) throw new RecoveryTextError();
  return recoveryKek(recovery, salt);
}

export class RecoveryTextError extends Error {
  readonly code = 'recovery_text';
  constructor() {
    super(
      'The recovery key is 52 letters and digits in groups of four; check it against the printed sheet.',
    );
  }
}

/** A new password wrap for a staff member, from a wrap the owner opens again. */
export async function passwordWrapFrom(
  source: KeyWrap,
  sourceSecret: string,
  newPassword: string,
  role: KeyRole,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<KeyWrap> {
  return passwordWrapWithKek(source, await kekFor(source, sourceSecret), newPassword, role, kdf);
}

/**
 * A new password wrap for someone with `role`, from a wrap whose KEK the session holds (the
 * signed-in owner's): adding a staff member, a reset, one's own password change.
 */
export async function passwordWrapWithKek(
  source: KeyWrap,
  sourceKek: CryptoKey,
  newPassword: string,
  role: KeyRole,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<KeyWrap> {
  const salt = newSalt();
  return rewrapKeys(
    source,
    sourceKek,
    await passwordKek(newPassword, fromBase64Url(salt), kdf),
    { kind: 'password', salt, kdf },
    // Only what the source holds: a staff member promoted to manager has no `sensitive` key to
    // pass on when changing their own password (the owner's reset gives it to them).
    keyNamesFor(role).filter((name) => name !== 'sensitive' || source.wrapped.sensitive),
  );
}
