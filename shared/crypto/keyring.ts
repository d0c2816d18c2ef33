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
}

/** Owner setup: new data keys (version 1), wrapped by the owner's password and the recovery key. */
export async function createKeyring(
  ownerPassword: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<NewKeyring> {
  const raw = newRawDataKeys();
  const ownerSalt = newSalt();
  const ownerWrap = await wrapKeys(
    raw,
    await passwordKek(ownerPassword, fromBase64Url(ownerSalt), kdf),
    {
      kind: 'password',
      keyVersion: 1,
      salt: ownerSalt,
      kdf,
    },
  );
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
  const keys = await unwrapKeys(
    ownerWrap,
    await passwordKek(ownerPassword, fromBase64Url(ownerSalt), kdf),
  );
  return { ownerWrap, recoveryWrap, recoveryText: toRecoveryText(recovery), keys };
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
  const salt = newSalt();
  return rewrapKeys(
    source,
    await kekFor(source, sourceSecret),
    await passwordKek(newPassword, fromBase64Url(salt), kdf),
    { kind: 'password', salt, kdf },
    keyNamesFor(role),
  );
}
