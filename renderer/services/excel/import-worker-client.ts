// Starts an import parse in a Web Worker: `startImport(file, name, options)` returns the
// result promise, a cancel function and a progress subscription. Cancelling terminates the
// worker and resolves with the named 'cancelled' failure; nothing was written at that point.
import { ImportError } from './import-errors';
import type { WorkerRequest, WorkerResponse } from './import-worker-protocol';
import type { ParseOptions, ParseOutcome, ParseProgress } from './pipeline';

export interface ImportJob {
  promise: Promise<ParseOutcome>;
  cancel: () => void;
  /** Subscribe to progress; returns an unsubscribe function. */
  onProgress: (listener: (p: ParseProgress) => void) => () => void;
}

export function startImport(
  file: File | Uint8Array,
  name: string,
  options: Omit<ParseOptions, 'limits'> = {},
): ImportJob {
  const listeners = new Set<(p: ParseProgress) => void>();
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ParseOutcome) => void = () => undefined;
  let done = false;
  const promise = new Promise<ParseOutcome>((resolve) => {
    settle = (outcome) => {
      if (done) return;
      done = true;
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    if (msg.type === 'progress') for (const l of listeners) l(msg.progress);
    else settle(msg.outcome);
  };
  worker.onerror = (event) => {
    const failure = new ImportError('unreadable', event.message || 'worker error').toFailure();
    settle({ ok: false, fileName: name, error: failure });
  };
  void (async () => {
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
    if (done) return;
    const request: WorkerRequest = { type: 'parse', bytes, fileName: name, options };
    // Bytes read from a File are ours: transfer them instead of cloning 50 MB on the UI thread.
    // A caller's Uint8Array is cloned so it stays usable.
    const transfer = !(file instanceof Uint8Array);
    worker.postMessage(request, transfer ? [bytes.buffer as ArrayBuffer] : []);
  })();
  return {
    promise,
    cancel: () =>
      settle({ ok: false, fileName: name, error: new ImportError('cancelled').toFailure() }),
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
