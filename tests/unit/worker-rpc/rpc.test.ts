// The worker RPC end to end in one thread: a client and a server joined by an in-memory port
// that clones every message, as postMessage would.
import { describe, expect, it } from 'vitest';
import { createRpcClient, type RpcPort } from '../../../renderer/services/worker-rpc/client';
import { createRpcServer } from '../../../renderer/services/worker-rpc/server';
import {
  RpcError,
  type RpcContext,
  type RpcResponse,
} from '../../../renderer/services/worker-rpc/wire';
import { createTranslator, errorText, textRef, type TextRef } from '../../../shared/i18n';

const UNDONE = textRef('errors:repository.alreadyUndone', { file: 'x.xlsx' });

class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly text: TextRef,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

function handlers() {
  let count = 0;
  return {
    add: ({ a, b }: { a: number; b: number }) => a + b,
    next: async () => ++count,
    fail: async (_: undefined) => {
      throw new CodedError('conflict', '已撤销', UNDONE);
    },
    crash: () => {
      throw 'plain string';
    },
    steps: async ({ n }: { n: number }, ctx: RpcContext<{ step: number }>) => {
      for (let step = 1; step <= n; step++) ctx.progress({ step });
      return 'done';
    },
    /** Runs until cancelled, then says where it stopped. */
    wait: async (_: undefined, ctx: RpcContext<never>) => {
      await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
      throw new RpcError('cancelled', 'stopped');
    },
  };
}

type Api = ReturnType<typeof handlers>;

function connect(serial = true) {
  const sent: RpcResponse[] = [];
  let deliver: ((data: unknown) => void) | null = null;
  let crash: ((detail: string) => void) | null = null;
  let closed = false;
  const server = createRpcServer(
    handlers(),
    (m) => {
      sent.push(m);
      const copy = structuredClone(m);
      queueMicrotask(() => deliver?.(copy));
    },
    { serial },
  );
  const port: RpcPort = {
    post: (m) => void server.receive(structuredClone(m)),
    listen: (onMessage, onCrash) => {
      deliver = onMessage;
      crash = onCrash;
    },
    close: () => {
      closed = true;
    },
  };
  const client = createRpcClient<Api>(port);
  return { client, sent, crash: (d: string) => crash?.(d), isClosed: () => closed };
}

describe('worker RPC', () => {
  it('answers typed calls with their results, in order', async () => {
    const { client } = connect();
    const sum: number = await client.call('add', { a: 2, b: 3 });
    expect(sum).toBe(5);
    expect(await Promise.all([client.call('next'), client.call('next')])).toEqual([1, 2]);
  });

  it('sends coded errors with their name and plain fields', async () => {
    const { client, sent } = connect();
    const error = await client.call('fail').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({
      code: 'conflict',
      name: 'CodedError',
      message: '已撤销',
      text: UNDONE,
    });
    expect(errorText(error, createTranslator('en'))).toBe('Batch "x.xlsx" was already undone.');
    expect(sent.at(-1)).toEqual({
      rpc: 1,
      kind: 'result',
      id: 1,
      ok: false,
      error: {
        code: 'conflict',
        name: 'CodedError',
        message: '已撤销',
        data: { text: UNDONE },
      },
    });
    await expect(client.call('crash')).rejects.toMatchObject({
      code: 'internal',
      message: 'plain string',
    });
  });

  it('gives an unknown method its own code', async () => {
    const { client } = connect();
    const untyped = client as unknown as { call(m: string): Promise<unknown> };
    await expect(untyped.call('nope')).rejects.toMatchObject({ code: 'unknown_method' });
  });

  it('delivers progress to the caller of that call only', async () => {
    const { client } = connect();
    const mine: number[] = [];
    const other: number[] = [];
    await Promise.all([
      client.call('steps', { n: 3 }, { onProgress: (p) => mine.push(p.step) }),
      client.call('steps', { n: 1 }, { onProgress: (p) => other.push(p.step) }),
    ]);
    expect(mine).toEqual([1, 2, 3]);
    expect(other).toEqual([1]);
  });

  it('cancels a running call through its signal; the worker answers it', async () => {
    const { client } = connect(false);
    const controller = new AbortController();
    const waiting = client.call('wait', undefined, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled', message: 'stopped' });
    // An already aborted signal cancels a queued call before it starts.
    await expect(
      client.call('wait', undefined, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('terminate and a crash reject every pending call and every later one', async () => {
    const first = connect(false);
    const pending = first.client.call('wait');
    first.client.terminate(new RpcError('cancelled', 'gone'));
    await expect(pending).rejects.toMatchObject({ code: 'cancelled', message: 'gone' });
    expect(first.isClosed()).toBe(true);
    expect(first.client.alive).toBe(false);
    await expect(first.client.call('next')).rejects.toMatchObject({ code: 'cancelled' });

    const second = connect(false);
    const waiting = second.client.call('wait');
    second.crash('script failed to load');
    await expect(waiting).rejects.toMatchObject({
      code: 'worker_failed',
      message: 'script failed to load',
    });
  });
});
