// The import worker's side of the protocol, without the worker globals so Node tests can drive
// it: requests run one after another against one ImportSession on the worker's own database
// connection; answers and progress go out through `post`.
import type { AppDb } from '../../db/app-db';
import { openAppDb } from '../../db/open-db';
import { ImportSession } from './import-session';
import type {
  SessionRequest,
  WireError,
  WorkerRequest,
  WorkerResponse,
} from './import-worker-protocol';

export type OpenDb = (name: string) => Promise<AppDb>;

async function openByName(name: string): Promise<AppDb> {
  const opened = await openAppDb({ name });
  if (!opened.ok)
    throw Object.assign(new Error(opened.error.message), { messageEn: opened.error.messageEn });
  return opened.db;
}

function toWire(error: unknown): WireError {
  const e = error as { name?: string; message?: string; messageEn?: string; code?: string };
  return {
    name: e?.name ?? 'Error',
    message: e?.message ?? String(error),
    ...(e?.messageEn ? { messageEn: e.messageEn } : {}),
    ...(e?.code ? { code: e.code } : {}),
  };
}

export class ImportWorkerHost {
  private session: ImportSession | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly post: (message: WorkerResponse) => void,
    private readonly open: OpenDb = openByName,
  ) {}

  /** Queues a request: the session is never used by two requests at once. */
  handle(request: WorkerRequest): Promise<void> {
    const run = async () => {
      try {
        const value = await this.run(request);
        this.post({ type: 'answer', id: request.id, ok: true, value });
      } catch (error) {
        this.post({ type: 'answer', id: request.id, ok: false, error: toWire(error) });
      }
    };
    const next = this.queue.then(run);
    this.queue = next;
    return next;
  }

  private need(): ImportSession {
    if (!this.session) throw new Error('import worker: open the database first');
    return this.session;
  }

  private async run(request: SessionRequest): Promise<unknown> {
    switch (request.op) {
      case 'open': {
        const db = await this.open(request.dbName);
        this.session = new ImportSession(db, (progress) =>
          this.post({ type: 'progress', progress }),
        );
        return null;
      }
      case 'read': {
        const bytes =
          request.file instanceof Uint8Array
            ? request.file
            : new Uint8Array(await request.file.arrayBuffer());
        return this.need().read(bytes, request.fileName, request.choices);
      }
      case 'page':
        return this.need().page(request.query);
      case 'fix':
        return this.need().fix(request.fix);
      case 'skip':
        return this.need().skip(request.rows, request.skip);
      case 'skipErrorRows':
        return this.need().skipErrorRows();
      case 'commit':
        return this.need().commit(request.actor);
      case 'undo':
        return this.need().undo(request.batchId, request.actor);
    }
  }
}
