// The window's handle on one import worker: typed calls that resolve with the worker's small
// answers, a progress subscription, and cancel. Cancel terminates the worker (nothing written)
// and is refused once a commit transaction has started: that one completes or fails whole.
import { ImportError } from './import-errors';
import type {
  SessionAnswers,
  SessionRequest,
  WireError,
  WorkerResponse,
} from './import-worker-protocol';
import type {
  CommitSummary,
  ImportFix,
  PageQuery,
  PreviewPage,
  PreviewSummary,
  ReadChoices,
  ReadOutcome,
  SessionProgress,
} from './import-session-types';
import type { UndoResult } from '../../db/repositories/import-undo';

interface Pending {
  op: SessionRequest['op'];
  fileName?: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

function fromWire(e: WireError): Error {
  return Object.assign(new Error(e.message), {
    name: e.name,
    messageEn: e.messageEn,
    code: e.code,
  });
}

export class ImportSessionClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(p: SessionProgress) => void>();
  private seq = 0;
  private closed = false;
  private cancellable = true;

  /** Starts a worker on the database of this name (the window's own database). */
  constructor(dbName: string) {
    this.worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => this.fail(event.message || 'worker error');
    void this.call({ op: 'open', dbName }).catch(() => undefined);
  }

  private receive(msg: WorkerResponse): void {
    if (msg.type === 'progress') {
      this.cancellable = msg.progress.cancellable;
      for (const l of this.listeners) l(msg.progress);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.value);
    else p.reject(fromWire(msg.error));
  }

  private call<K extends SessionRequest['op']>(
    request: Extract<SessionRequest, { op: K }>,
    transfer: Transferable[] = [],
  ): Promise<SessionAnswers[K]> {
    if (this.closed) return Promise.reject(new ImportError('cancelled'));
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const r = request as SessionRequest;
      const fileName = r.op === 'read' ? r.fileName : undefined;
      this.pending.set(id, { op: request.op, fileName, resolve: resolve as never, reject });
      if (request.op === 'commit') this.cancellable = true;
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  /** Ends every pending call: a read resolves with a named failure, the others reject. */
  private fail(detail: string | null): void {
    if (this.closed) return;
    this.closed = true;
    this.worker.terminate();
    const error =
      detail === null ? new ImportError('cancelled') : new ImportError('unreadable', detail);
    for (const p of this.pending.values()) {
      if (p.op === 'read')
        p.resolve({ ok: false, fileName: p.fileName ?? '', error: error.toFailure() });
      else p.reject(error);
    }
    this.pending.clear();
  }

  read(file: File | Uint8Array, fileName: string, choices: ReadChoices = {}): Promise<ReadOutcome> {
    // A File goes as a handle (the worker reads it); a caller's bytes are copied, not taken.
    return this.call({ op: 'read', file, fileName, choices });
  }

  page(query: PageQuery): Promise<PreviewPage> {
    return this.call({ op: 'page', query });
  }

  fix(fix: ImportFix): Promise<PreviewSummary> {
    return this.call({ op: 'fix', fix });
  }

  skip(rows: number[], skip: boolean): Promise<PreviewSummary> {
    return this.call({ op: 'skip', rows, skip });
  }

  skipErrorRows(): Promise<PreviewSummary> {
    return this.call({ op: 'skipErrorRows' });
  }

  commit(actor: string): Promise<CommitSummary> {
    return this.call({ op: 'commit', actor });
  }

  undo(batchId: string, actor: string): Promise<UndoResult> {
    return this.call({ op: 'undo', batchId, actor });
  }

  onProgress(listener: (p: SessionProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** False (and nothing happens) once the commit transaction has started. */
  cancel(): boolean {
    if (!this.cancellable) return false;
    this.fail(null);
    return true;
  }

  /** Stops the worker; only call when no commit is running. */
  close(): void {
    this.fail(null);
  }
}

/** Undo of one batch in a short-lived worker, so a big batch never blocks the window. */
export async function undoInWorker(
  dbName: string,
  batchId: string,
  actor: string,
): Promise<UndoResult> {
  const client = new ImportSessionClient(dbName);
  try {
    return await client.undo(batchId, actor);
  } finally {
    client.close();
  }
}
