// SHA-256 of the file bytes, hex: identifies "the same file imported again" in the history.
// crypto.subtle exists in Chromium (window and worker) and in Node 22 as a global.
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
