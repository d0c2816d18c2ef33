// The worker's side of the RPC: a handler map answers calls in the wire format of wire.ts.
// `createRpcServer` has no worker globals, so Node tests drive a worker's handlers through it;
// `serveRpc` wires it to the worker's own `self`.
import {
  isRpcMessage,
  toWireError,
  type RpcContext,
  type RpcHandlers,
  type RpcRequest,
  type RpcResponse,
} from './wire';

export interface RpcServerOptions {
  /**
   * Run calls one after another (the default): a handler that keeps state between calls (an
   * import session) never sees two at once. Cancel messages are never queued.
   */
  serial?: boolean;
}

export interface RpcServer {
  /** Hands one incoming message to the server; resolves when a call it started has answered. */
  receive(message: unknown): Promise<void>;
}

type Post = (message: RpcResponse) => void;
type AnyHandler = (args: unknown, ctx: RpcContext<unknown>) => unknown;

export function createRpcServer<H extends RpcHandlers>(
  handlers: H,
  post: Post,
  options: RpcServerOptions = {},
): RpcServer {
  const serial = options.serial ?? true;
  const running = new Map<number, AbortController>();
  let queue: Promise<unknown> = Promise.resolve();

  async function answer(request: Extract<RpcRequest, { kind: 'call' }>): Promise<void> {
    const { id, method } = request;
    const controller = running.get(id) ?? new AbortController();
    try {
      const handler = Object.hasOwn(handlers, method)
        ? (handlers[method] as unknown as AnyHandler)
        : undefined;
      if (!handler)
        throw Object.assign(new Error(`worker has no method "${method}"`), {
          code: 'unknown_method',
        });
      const ctx: RpcContext<unknown> = {
        progress: (value) => post({ rpc: 1, kind: 'progress', id, value }),
        signal: controller.signal,
      };
      const value = await handler(request.args, ctx);
      post({ rpc: 1, kind: 'result', id, ok: true, value });
    } catch (error) {
      post({ rpc: 1, kind: 'result', id, ok: false, error: toWireError(error) });
    } finally {
      running.delete(id);
    }
  }

  return {
    receive(message) {
      if (!isRpcMessage<RpcRequest>(message)) return Promise.resolve();
      if (message.kind === 'cancel') {
        running.get(message.id)?.abort();
        return Promise.resolve();
      }
      // Registered before queueing, so a cancel that arrives while the call waits still counts.
      running.set(message.id, new AbortController());
      if (!serial) return answer(message);
      const next = queue.then(() => answer(message));
      queue = next;
      return next;
    },
  };
}

/** Starts answering calls inside a worker. */
export function serveRpc<H extends RpcHandlers>(handlers: H, options?: RpcServerOptions): void {
  const scope = self as unknown as {
    postMessage(message: unknown): void;
    onmessage: ((event: MessageEvent) => void) | null;
  };
  const server = createRpcServer(handlers, (message) => scope.postMessage(message), options);
  scope.onmessage = (event) => void server.receive(event.data);
}
