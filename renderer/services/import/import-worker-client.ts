// The window's handle on one import worker: `call<K>` typed from the worker's handler map, a
// progress subscription, and cancel. Cancel terminates the worker (nothing written) and is
// refused once a commit transaction has started: that one completes or fails whole.
import { recordKeys } from '../../db/record-keys';
import type { UndoResult } from '../../db/repositories/import-undo';
import {
  createRpcClient,
  workerPort,
  type CallOptions,
  type RpcClient,
} from '../worker-rpc/client';
import type { RpcArgs, RpcProgress, RpcResult } from '../worker-rpc/wire';
import { RpcError } from '../worker-rpc/wire';
import { ImportError } from './import-errors';
import type { ReadChoices, ReadOutcome, SessionProgress } from './import-session-types';
import type { ImportApi } from './import-worker-handlers';

type Method = keyof ImportApi;

/** A crashed worker reads as an unreadable file; a terminated one as a cancelled import. */
function importErrorOf(error: unknown): unknown {
  if (error instanceof RpcError && error.code === 'worker_failed')
    return new ImportError('unreadable', error.message || 'worker error');
  return error;
}

export class ImportSessionClient {
  private readonly rpc: RpcClient<ImportApi>;
  private readonly listeners = new Set<(p: SessionProgress) => void>();
  private cancellable = true;

  /** Starts a worker on the database of this name (the window's own database). */
  constructor(dbName: string) {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    this.rpc = createRpcClient<ImportApi>(workerPort(worker));
    void this.call('open', { dbName }).catch(() => undefined);
  }

  /** One call to the worker; its progress goes to every onProgress listener. */
  call<K extends Method>(
    method: K,
    ...args: undefined extends RpcArgs<ImportApi, K>
      ? [args?: RpcArgs<ImportApi, K>]
      : [args: RpcArgs<ImportApi, K>]
  ): Promise<RpcResult<ImportApi, K>> {
    if (!this.rpc.alive) return Promise.reject(new ImportError('cancelled'));
    if (method === 'commit') this.cancellable = true;
    // The window's keys as they are now go first (calls run in order): a lock since the last
    // call leaves the worker without them too.
    if (method !== 'keys')
      void this.rpc.call('keys', { keys: recordKeys() }).catch(() => undefined);
    const onProgress = (p: SessionProgress) => {
      this.cancellable = p.cancellable;
      for (const l of this.listeners) l(p);
    };
    return this.rpc
      .call(
        method,
        args[0] as RpcArgs<ImportApi, K>,
        {
          onProgress,
        } as CallOptions<RpcProgress<ImportApi, K>>,
      )
      .catch((error: unknown) => Promise.reject(importErrorOf(error)));
  }

  /**
   * Reads a file; a cancel or a crashed worker resolves as a named failure, like a bad file.
   * A File goes as a handle (the worker reads it); a caller's bytes are copied, not taken.
   */
  async read(
    file: File | Uint8Array,
    fileName: string,
    choices: ReadChoices = {},
    keepEdits = false,
  ): Promise<ReadOutcome> {
    if (!this.rpc.alive) throw new ImportError('cancelled');
    try {
      return await this.call('read', { file, fileName, choices, keepEdits });
    } catch (error) {
      if (error instanceof ImportError) return { ok: false, fileName, error: error.toFailure() };
      throw error;
    }
  }

  onProgress(listener: (p: SessionProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** False (and nothing happens) once the commit transaction has started. */
  cancel(): boolean {
    if (!this.cancellable) return false;
    this.rpc.terminate(new ImportError('cancelled'));
    return true;
  }

  /** Stops the worker; only call when no commit is running. */
  close(): void {
    this.rpc.terminate(new ImportError('cancelled'));
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
    return await client.call('undo', { batchId, actor });
  } finally {
    client.close();
  }
}
