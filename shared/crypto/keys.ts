// The data keys and their wraps (PRIVACY.md, "Keys"). Three random 256-bit keys:
//   pii        AES-256-GCM for names, phones, addresses, notes, complaint text;
//   sensitive  AES-256-GCM for ID numbers, wrapped only for owners and managers, so that rule
//              holds by cryptography and not only by a check;
//   idx        HMAC-SHA-256 key for blind indexes.
// Each is wrapped (AES-GCM, the wrap's purpose as associated data) by a key-encryption key:
// per staff member from their password through Argon2id, and once from the recovery key
// printed at setup. Unwrapped keys are non-extractable CryptoKeys (they can still be posted
// to workers). Nothing here depends on this computer: wraps sync like any other row.
import { argon2id } from 'hash-wasm';
import { fromBase64Url, randomBytes, toBase64Url, utf8 } from './bytes';

export type DataKeyName = 'pii' | 'sensitive' | 'idx';
export const DATA_KEY_NAMES: readonly DataKeyName[] = ['pii', 'sensitive', 'idx'];

export interface DataKeys {
  version: number;
  pii: CryptoKey;
  /** Absent for roles that may not read ID numbers. */
  sensitive?: CryptoKey;
  idx: CryptoKey;
}

/** Argon2id settings (memory in KiB). PRIVACY.md: about 64 MiB, t=3, p=1. */
export interface KdfParams {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}
export const DEFAULT_KDF: KdfParams = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

/** One wrap of the data keys, stored as an ordinary keyring row. */
export interface KeyWrap {
  /** 'password' (a staff member's) or 'recovery' (the printed key). */
  kind: 'password' | 'recovery';
  keyVersion: number;
  /** base64url; the Argon2id salt (password) or the HKDF salt (recovery). */
  salt: string;
  kdf: KdfParams | null;
  /** Wrapped raw key bytes per data key, `iv.ciphertext` in base64url. */
  wrapped: Partial<Record<DataKeyName, string>>;
}

export class WrongKeyError extends Error {
  readonly code = 'wrong_key';
  constructor() {
    super('The password or recovery key does not open these keys.');
  }
}

const GCM = 'AES-GCM';

/** Fresh random data keys (raw bytes, only while they are being wrapped for the first time). */
export function newRawDataKeys(): Record<DataKeyName, Uint8Array<ArrayBuffer>> {
  return { pii: randomBytes(32), sensitive: randomBytes(32), idx: randomBytes(32) };
}

async function importDataKey(name: DataKeyName, raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return name === 'idx'
    ? crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    : crypto.subtle.importKey('raw', raw, GCM, false, ['encrypt', 'decrypt']);
}

/** A key-encryption key from a password (Argon2id; run this in a worker: it takes ~0.5 s). */
export async function passwordKek(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  kdf: KdfParams,
): Promise<CryptoKey> {
  const bytes = await argon2id({
    password: utf8(password.normalize('NFC')),
    salt,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    memorySize: kdf.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  return crypto.subtle.importKey('raw', new Uint8Array(bytes), GCM, false, ['encrypt', 'decrypt']);
}

/** A key-encryption key from the 32-byte recovery key (high entropy: HKDF is enough). */
export async function recoveryKek(
  recovery: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', recovery, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('renewal-desk recovery kek v1') },
    base,
    { name: GCM, length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const wrapAad = (wrap: Pick<KeyWrap, 'kind' | 'keyVersion'>, name: DataKeyName) =>
  utf8(`keyring:${wrap.kind}:${wrap.keyVersion}:${name}`);

/** Wraps the named raw keys under `kek`. */
export async function wrapKeys(
  raw: Partial<Record<DataKeyName, Uint8Array<ArrayBuffer>>>,
  kek: CryptoKey,
  head: Omit<KeyWrap, 'wrapped'>,
): Promise<KeyWrap> {
  const wrapped: KeyWrap['wrapped'] = {};
  for (const name of DATA_KEY_NAMES) {
    const key = raw[name];
    if (!key) continue;
    const iv = randomBytes(12);
    const ct = await crypto.subtle.encrypt(
      { name: GCM, iv, additionalData: wrapAad(head, name) },
      kek,
      key,
    );
    wrapped[name] = `${toBase64Url(iv)}.${toBase64Url(new Uint8Array(ct))}`;
  }
  return { ...head, wrapped };
}

async function openWrapped(
  wrap: KeyWrap,
  kek: CryptoKey,
  name: DataKeyName,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const text = wrap.wrapped[name];
  if (!text) return undefined;
  const [iv = '', ct = ''] = text.split('.');
  try {
    const raw = await crypto.subtle.decrypt(
      { name: GCM, iv: fromBase64Url(iv), additionalData: wrapAad(wrap, name) },
      kek,
      fromBase64Url(ct),
    );
    return new Uint8Array(raw);
  } catch {
    throw new WrongKeyError();
  }
}

/** The data keys a wrap holds, as non-extractable keys; WrongKeyError for a wrong KEK. */
export async function unwrapKeys(wrap: KeyWrap, kek: CryptoKey): Promise<DataKeys> {
  const raw: Partial<Record<DataKeyName, Uint8Array<ArrayBuffer>>> = {};
  for (const name of DATA_KEY_NAMES) {
    const bytes = await openWrapped(wrap, kek, name);
    if (bytes) raw[name] = bytes;
  }
  if (!raw.pii || !raw.idx) throw new WrongKeyError();
  return importDataKeys(raw, wrap.keyVersion);
}

/**
 * Wraps the keys of `source` again for someone else (a new staff member, a password reset):
 * the unwrapped keys are non-extractable, so this needs the source's KEK again (the owner
 * confirms their password). `names` limits what the new wrap holds: staff get no `sensitive`.
 */
export async function rewrapKeys(
  source: KeyWrap,
  sourceKek: CryptoKey,
  targetKek: CryptoKey,
  head: Omit<KeyWrap, 'wrapped' | 'keyVersion'>,
  names: readonly DataKeyName[],
): Promise<KeyWrap> {
  const raw: Partial<Record<DataKeyName, Uint8Array<ArrayBuffer>>> = {};
  for (const name of names) {
    const bytes = await openWrapped(source, sourceKek, name);
    if (!bytes) throw new WrongKeyError();
    raw[name] = bytes;
  }
  return wrapKeys(raw, targetKek, { ...head, keyVersion: source.keyVersion });
}

/** Imports raw data keys directly (setup, tests), non-extractable. */
export async function importDataKeys(
  raw: Partial<Record<DataKeyName, Uint8Array<ArrayBuffer>>>,
  version: number,
): Promise<DataKeys> {
  const pii = raw.pii && (await importDataKey('pii', raw.pii));
  const idx = raw.idx && (await importDataKey('idx', raw.idx));
  if (!pii || !idx) throw new Error('pii and idx keys are required');
  const sensitive = raw.sensitive && (await importDataKey('sensitive', raw.sensitive));
  return { version, pii, idx, ...(sensitive ? { sensitive } : {}) };
}

export const newSalt = () => toBase64Url(randomBytes(16));
