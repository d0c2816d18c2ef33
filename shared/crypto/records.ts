// Sealing a record's personal fields (PRIVACY.md, "Records"): one AES-256-GCM ciphertext per
// record with `table:id:keyVersion` as associated data, so a ciphertext moved to another
// record (or another table) does not open. The key version travels with the ciphertext so
// keys can be rotated later. Seal before a read-write transaction and open after a read one:
// awaiting WebCrypto inside a Dexie transaction commits it.
import { fromBase64Url, fromUtf8, randomBytes, toBase64Url, utf8 } from './bytes';
import type { DataKeys } from './keys';

export interface Sealed {
  /** Key version of the data key that sealed it. */
  v: number;
  /** Which data key: personal fields or the sensitive ones (ID numbers). */
  k: 'pii' | 'sensitive';
  /** `iv.ciphertext`, base64url. */
  c: string;
}

export class SealError extends Error {
  readonly code: 'no_key' | 'tampered' | 'old_key';
  constructor(code: SealError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

const aad = (table: string, id: string, version: number) => utf8(`${table}:${id}:${version}`);

function keyFor(keys: DataKeys, which: Sealed['k'], version: number): CryptoKey {
  if (version !== keys.version)
    throw new SealError(
      'old_key',
      `sealed with key version ${version}, open keys are ${keys.version}`,
    );
  const key = which === 'pii' ? keys.pii : keys.sensitive;
  if (!key) throw new SealError('no_key', `this role holds no ${which} key`);
  return key;
}

export async function seal(
  keys: DataKeys,
  which: Sealed['k'],
  table: string,
  id: string,
  fields: unknown,
): Promise<Sealed> {
  const key = keyFor(keys, which, keys.version);
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(table, id, keys.version) },
    key,
    utf8(JSON.stringify(fields)),
  );
  return { v: keys.version, k: which, c: `${toBase64Url(iv)}.${toBase64Url(new Uint8Array(ct))}` };
}

export async function open<T>(
  keys: DataKeys,
  table: string,
  id: string,
  sealed: Sealed,
): Promise<T> {
  const key = keyFor(keys, sealed.k, sealed.v);
  const [iv = '', ct = ''] = sealed.c.split('.');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(iv), additionalData: aad(table, id, sealed.v) },
      key,
      fromBase64Url(ct),
    );
  } catch {
    throw new SealError(
      'tampered',
      `${table}:${id} does not open: altered or moved from another record`,
    );
  }
  return JSON.parse(fromUtf8(new Uint8Array(plain))) as T;
}

/** Bytes of a blind index: 16 bytes (128 bits) of the HMAC, enough to never collide by chance. */
const BLIND_BYTES = 16;

/**
 * A blind index for exact-match lookups on an encrypted value (same ID number, same phone):
 * a truncated HMAC of the normalised value, with the field's name mixed in so equal values in
 * two fields do not link. The caller normalises (digits only, upper case…).
 */
export async function blindIndex(
  keys: DataKeys,
  field: string,
  normalised: string,
): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.idx, utf8(`${field}\u0000${normalised}`));
  return toBase64Url(new Uint8Array(mac).slice(0, BLIND_BYTES));
}
