// The backup key that the recovery key alone opens (issue 11, "Bad input": a database whose keys
// no staff member can unwrap, a fresh computer). An age X25519 identity derived from the 32
// bytes of the printed recovery key (HKDF-SHA256, its own label, so it is unrelated to the
// wrap of the data keys); every backup is encrypted to its public key as a second recipient
// beside the agency's backup key. The recovery key already opens every data key, so this gives
// it nothing it could not reach before; it only saves a second line of paper on a bad day.
import { identityToRecipient } from 'age-encryption';
import { fromRecoveryText } from '../crypto/bytes';
import { BackupError } from './backup-error';
import { identityFromKeyFile } from './keys';

const INFO = 'renewal-desk backup identity v1';
// bech32 (BIP 173), as age writes its keys.
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i] as number;
  }
  return chk;
}

function bech32(hrp: string, data: Uint8Array): string {
  const words: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of data) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      words.push((acc >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >>> 5);
  expanded.push(0, ...[...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...words, ...checksum].map((w) => CHARSET[w]).join('')}`;
}

/** Whether `text` reads as a recovery key (52 Crockford characters, forgiving as the sheet). */
export function isRecoveryText(text: string): boolean {
  return fromRecoveryText(text, 32) !== null;
}

/** The age identity (`AGE-SECRET-KEY-1…`) the recovery key opens backups with; null if not one. */
export async function recoveryBackupIdentity(recoveryText: string): Promise<string | null> {
  const recovery = fromRecoveryText(recoveryText, 32);
  if (!recovery) return null;
  const base = await crypto.subtle.importKey('raw', recovery, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(32),
      info: new TextEncoder().encode(INFO),
    },
    base,
    256,
  );
  return bech32('age-secret-key-', new Uint8Array(bits)).toUpperCase();
}

/** The public key backups are encrypted to so that the recovery key opens them. */
export async function recoveryBackupRecipient(recoveryText: string): Promise<string | null> {
  const identity = await recoveryBackupIdentity(recoveryText);
  return identity && identityToRecipient(identity);
}

/**
 * The identity to restore with, from what the person gave: a key file or the backup key line
 * (`AGE-SECRET-KEY-1…`), or the recovery key as printed (case, spaces and dashes forgiven).
 */
export async function identityFromKeyText(text: string): Promise<string> {
  if (/AGE-SECRET-KEY-1/i.test(text)) return identityFromKeyFile(text.toUpperCase());
  const derived = await recoveryBackupIdentity(text);
  if (!derived) throw new BackupError('bad_identity');
  return derived;
}
