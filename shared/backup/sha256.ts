// SHA-256 of a Blob, read in its own chunks (hash-wasm, incremental): the export can be
// hundreds of megabytes, and crypto.subtle.digest takes only one buffer. Loaded on first use,
// as the audit screen's verify does, so it never rides in the window's first bundle.
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const { createSHA256 } = await import('hash-wasm');
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
