// SHA-256 of a Blob, read in its own chunks (hash-wasm, incremental): the export can be
// hundreds of megabytes, and crypto.subtle.digest takes only one buffer.
import { createSHA256 } from 'hash-wasm';

export async function sha256OfBlob(blob: Blob): Promise<string> {
  const hasher = await createSHA256();
  hasher.init();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hasher.update(value);
  }
  return hasher.digest('hex');
}
