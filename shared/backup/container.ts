// The backup file (README, "Backups"). Outside: an age file (X25519) to the agency's public
// key, so automatic backups need no password and the standard `age` tool opens one without
// the app. Inside the age layer: gzip of one line of manifest JSON, a newline, then the
// dexie-export-import JSON export as it is. So
//   age -d -i key.txt backup.age | gunzip | tail -n +2
// prints the export, and `| head -n 1` the manifest.
// Streams through CompressionStream and age's STREAM layer: the export is never copied into
// one string, only the finished (compressed, encrypted) file is held whole.
import { Decrypter, Encrypter } from 'age-encryption';
import { BackupError } from './backup-error';
import { parseManifest, type BackupManifest } from './manifest';

const NEWLINE = 0x0a;

/**
 * Encrypts manifest + export to `recipient` (an `age1…` public key), or to each of several
 * (the agency's backup key and the one the recovery key opens): any one of them decrypts it.
 */
export async function sealBackup(
  manifest: BackupManifest,
  exportBlob: Blob,
  recipient: string | readonly string[],
): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  try {
    for (const r of typeof recipient === 'string' ? [recipient] : recipient) {
      encrypter.addRecipient(r.trim());
    }
  } catch (error) {
    throw new BackupError('bad_recipient', undefined, (error as Error).message);
  }
  const plain = new Blob([JSON.stringify(manifest) + '\n', exportBlob]);
  const gzipped = plain.stream().pipeThrough(new CompressionStream('gzip'));
  const sealed = await encrypter.encrypt(gzipped);
  return collect(sealed);
}

/**
 * Decrypts and unpacks a backup: its manifest and the export (unchecked; the caller checks
 * the SHA-256 and the versions). Every failure is a BackupError: not an age file, not for this
 * key, cut short or altered (age authenticates every 64 KiB chunk and the end), not gzip.
 */
export async function openBackup(
  file: Uint8Array,
  identity: string,
): Promise<{ manifest: BackupManifest; exportBlob: Blob; exportSha256: string }> {
  const decrypter = new Decrypter();
  try {
    decrypter.addIdentity(identity.trim());
  } catch (error) {
    throw new BackupError('bad_identity', undefined, (error as Error).message);
  }
  let decrypted: ReadableStream<Uint8Array>;
  try {
    decrypted = await decrypter.decrypt(streamOf(file));
  } catch (error) {
    throw classifyHeaderError(error);
  }
  let chunks: Uint8Array[];
  try {
    chunks = await collectChunks(decrypted.pipeThrough(gunzip()));
  } catch (error) {
    // A failed chunk tag, a missing final chunk or a broken gzip stream alike: the body is
    // damaged or cut short. Nothing has been written anywhere yet.
    throw new BackupError('damaged', undefined, (error as Error).message);
  }
  const { manifest, rest } = splitManifest(chunks);
  // Hashed here, while the bytes are in memory: checking the blob would read it all again.
  const exportSha256 = await sha256OfChunks(rest);
  return {
    manifest,
    exportBlob: new Blob(rest as BlobPart[], { type: 'application/json' }),
    exportSha256,
  };
}

async function sha256OfChunks(chunks: readonly Uint8Array[]): Promise<string> {
  const { createSHA256 } = await import('hash-wasm');
  const hasher = await createSHA256();
  hasher.init();
  for (const chunk of chunks) hasher.update(chunk);
  return hasher.digest('hex');
}

function classifyHeaderError(error: unknown): BackupError {
  const message = error instanceof Error ? error.message : String(error);
  if (/no identity matched/i.test(message)) return new BackupError('wrong_key', undefined, message);
  if (/invalid header HMAC/i.test(message)) return new BackupError('damaged', undefined, message);
  if (/ciphertext|final chunk/i.test(message))
    return new BackupError('damaged', undefined, message);
  return new BackupError('not_a_backup', undefined, message);
}

/** The first line is the manifest; the rest, as it came, is the export. */
function splitManifest(chunks: Uint8Array[]): { manifest: BackupManifest; rest: Uint8Array[] } {
  const head: Uint8Array[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as Uint8Array;
    const at = chunk.indexOf(NEWLINE);
    if (at === -1) {
      head.push(chunk);
      continue;
    }
    head.push(chunk.subarray(0, at));
    const manifest = parseManifest(new TextDecoder().decode(concat(head)));
    return { manifest, rest: [chunk.subarray(at + 1), ...chunks.slice(i + 1)] };
  }
  throw new BackupError('bad_manifest');
}

/** DecompressionStream as typed for a stream of Uint8Array (the DOM types say BufferSource). */
function gunzip(): TransformStream<Uint8Array, Uint8Array> {
  return new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function collectChunks(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return concat(await collectChunks(stream));
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
