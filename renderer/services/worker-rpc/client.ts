// The window's side of the RPC: `call(method, args, options)` typed from the worker's handler
// map, resolving with the handler's result or rejecting with an RpcError carrying its code.
// Progress goes to the call's own `onProgress`; an aborted `signal` asks the worker to stop
// that call (the worker still answers: a call past the point of no return reports its result).
// `terminate` is the hard stop for work that cannot be interrupted (a SheetJS parse): the
// worker is killed and every pending call rejects with the given error.
import {
  fromWireError,
  isRpcMessage,
  RpcError,
  type RpcArgs,
  type RpcHandlers,
  type RpcMethod,
  type RpcProgress,
  type RpcRequest,
  type RpcResponse,
  type RpcResult,
} from './wire';

/** How the client talks to its worker; `workerPort` adapts a Worker, tests adapt a server. */
export interface RpcPort {
  post(message: RpcRequest, transfer?: Transferable[]): void;
  /**
   * Delivers the worker's messages, and its crash (a script that failed to load or threw) with
   * the browser's text for it, which may be empty: each client words its own fallback.
   */
  listen(onMessage: (data: unknown) => void, onCrash: (detail: string) => void): void;
  close(): void;
}

export function workerPort(worker: Worker): RpcPort {
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    listen(onMessage, onCrash) {
      worker.onmessage = (event: MessageEvent) => onMessage(event.data);
      worker.onerror = (event) => {
        // Handled here: the caller's promise rejects with it instead of an uncaught page error.
        event.preventDefault();
        onCrash(event.message);
      };
    },
    close: () => worker.terminate(),
  };
}

export interface CallOptions<P> {
  onProgress?: (progress: P) => void;
  signal?: AbortSignal;
  /** Buffers to move instead of copy (the caller loses them). */
  transfer?: Transferable[];
}

type CallArgs<H extends RpcHandlers, K extends RpcMethod<H>> =
  undefined extends RpcArgs<H, K>
    ? [args?: RpcArgs<H, K>, options?: CallOptions<RpcProgress<H, K>>]
    : [args: RpcArgs<H, K>, options?: CallOptions<RpcProgress<H, K>>];

export interface RpcClient<H extends RpcHandlers> {
  call<K extends RpcMethod<H>>(method: K, ...rest: CallArgs<H, K>): Promise<RpcResult<H, K>>;
  /** Kills the worker; pending calls reject with `reason` (code 'closed' by default). */
  terminate(reason?: Error): void;
  /** False once terminated or crashed: every later call rejects at once. */
  readonly alive: boolean;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: unknown) => void;
}

export function createRpcClient<H extends RpcHandlers>(port: RpcPort): RpcClient<H> {
  const pending = new Map<number, Pending>();
  let seq = 0;
  let closed: Error | null = null;

  const end = (reason: Error) => {
    if (closed) return;
    closed = reason;
    port.close();
    for (const p of pending.values()) p.reject(reason);
    pending.clear();
  };

  port.listen(
    (data) => {
      if (!isRpcMessage<RpcResponse>(data)) return;
      const p = pending.get(data.id);
      if (!p) return;
      if (data.kind === 'progress') {
        p.onProgress?.(data.value);
        return;
      }
      pending.delete(data.id);
      if (data.ok) p.resolve(data.value);
      else p.reject(fromWireError(data.error));
    },
    (detail) => end(new RpcError('worker_failed', detail)),
  );

  return {
    call(method, ...[args, options = {}]) {
      if (closed) return Promise.reject(closed);
      const id = ++seq;
      const { signal, onProgress, transfer } = options;
      const cancel = () => {
        if (pending.has(id)) port.post({ rpc: 1, kind: 'cancel', id });
      };
      const settled = new Promise((resolve, reject) => {
        pending.set(id, {
          resolve,
          reject,
          ...(onProgress ? { onProgress: onProgress as (progress: unknown) => void } : {}),
        });
        port.post({ rpc: 1, kind: 'call', id, method, args }, transfer);
        if (signal?.aborted) cancel();
        else signal?.addEventListener('abort', cancel, { once: true });
      });
      const done = () => signal?.removeEventListener('abort', cancel);
      settled.then(done, done);
      return settled as Promise<RpcResult<H, typeof method>>;
    },
    terminate: (reason = new RpcError('closed', 'worker terminated')) => end(reason),
    get alive() {
      return closed === null;
    },
  };
}
