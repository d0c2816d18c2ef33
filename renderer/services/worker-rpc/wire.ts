// The one wire format between a window and any of its workers (renderer/services/worker-rpc).
// Every message is structured-clone safe and tagged `rpc: 1`, so a worker can tell RPC traffic
// from anything else it receives (Dexie's and the change feed's BroadcastChannels never arrive
// here, but a future worker may listen to more than one source).
//
// window → worker: `call` (method + one argument object) and `cancel` (of one call by its id).
// worker → window: `progress` (any number, for the call with that id) and exactly one
// `result` per call: `{ ok: true, value }` or `{ ok: false, error }` with a coded error.

/** What a handler receives besides its argument. */
export interface RpcContext<P = never> {
  /** Sends a progress value to the caller of this call (and to nobody else). */
  progress(value: P): void;
  /** Aborted when the caller cancels this call; the handler decides where it can stop. */
  readonly signal: AbortSignal;
}

/**
 * A worker's handler map: method name → handler taking one structured-clone-safe argument.
 * `never` parameters make every handler assignable, whatever its argument and progress types.
 */
export type RpcHandlers = Record<string, (args: never, ctx: never) => unknown>;

export type RpcMethod<H extends RpcHandlers> = keyof H & string;
export type RpcArgs<H extends RpcHandlers, K extends RpcMethod<H>> = Parameters<H[K]>[0];
export type RpcResult<H extends RpcHandlers, K extends RpcMethod<H>> = Awaited<ReturnType<H[K]>>;
export type RpcProgress<H extends RpcHandlers, K extends RpcMethod<H>> =
  Parameters<H[K]>[1] extends RpcContext<infer P> ? P : never;

/**
 * Codes every worker can produce; handlers add their own (an error's own `code`, e.g.
 * RepositoryError's 'conflict' or ImportError's 'cancelled', travels as it is).
 */
export type RpcErrorCode =
  'internal' | 'unknown_method' | 'cancelled' | 'worker_failed' | 'closed' | (string & {});

export interface WireError {
  code: RpcErrorCode;
  /** The original error's class name (ImportError, RepositoryError ...). */
  name: string;
  message: string;
  /** The error's other own fields (e.g. a catalogue `text` ref, field), when they survive a structured clone. */
  data?: Record<string, unknown>;
}

export type RpcRequest =
  | { rpc: 1; kind: 'call'; id: number; method: string; args: unknown }
  | { rpc: 1; kind: 'cancel'; id: number };

export type RpcResponse =
  | { rpc: 1; kind: 'progress'; id: number; value: unknown }
  | { rpc: 1; kind: 'result'; id: number; ok: true; value: unknown }
  | { rpc: 1; kind: 'result'; id: number; ok: false; error: WireError };

export function isRpcMessage<T extends { rpc: 1 }>(data: unknown): data is T {
  return typeof data === 'object' && data !== null && (data as { rpc?: unknown }).rpc === 1;
}

/** An error that came back from a worker (or that the window made for a call: cancelled, failed). */
export class RpcError extends Error {
  readonly code: RpcErrorCode;

  constructor(code: RpcErrorCode, message: string, name = 'RpcError') {
    super(message);
    this.code = code;
    this.name = name;
  }
}

const OWN_SKIPPED = new Set(['name', 'message', 'stack', 'code', 'cause']);

/** Any thrown value as a wire error: its code (or 'internal'), name, message and plain fields. */
export function toWireError(error: unknown): WireError {
  if (typeof error !== 'object' || error === null)
    return { code: 'internal', name: 'Error', message: String(error) };
  const e = error as { name?: unknown; message?: unknown; code?: unknown };
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (OWN_SKIPPED.has(key) || value === undefined || typeof value === 'function') continue;
    try {
      data[key] = structuredClone(value);
    } catch {
      // Not cloneable (a DOM node, a class with private state): the message still says what failed.
    }
  }
  return {
    code: typeof e.code === 'string' ? e.code : 'internal',
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : String(error),
    ...(Object.keys(data).length > 0 ? { data } : {}),
  };
}

/** The window's copy of a worker's error: an RpcError with the same code, name and fields. */
export function fromWireError(wire: WireError): RpcError {
  return Object.assign(new RpcError(wire.code, wire.message, wire.name), wire.data ?? {});
}
