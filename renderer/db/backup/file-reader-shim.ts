// dexie-export-import reads Blobs with FileReader and looks at `self` when it loads, which the
// window and workers have and Node (the CLI, the tests, the bench's restore) does not. This
// module, imported before the library, gives Node both: `self` as globalThis, and the one
// FileReader method it uses over the standard Blob.arrayBuffer(). Where they exist, nothing
// changes.
type Handler = ((ev: { target: MiniFileReader }) => void) | null;

class MiniFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}

export function ensureFileReader(): void {
  const g = globalThis as { FileReader?: unknown };
  if (typeof g.FileReader === 'undefined') g.FileReader = MiniFileReader;
}

// At load, before dexie-export-import's own module body runs (import this module first).
{
  const g = globalThis as { self?: unknown };
  if (typeof g.self === 'undefined') g.self = globalThis;
  ensureFileReader();
}
