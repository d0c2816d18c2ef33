// The window's side of the Today order worker: one worker per open database, started on first
// use. When the worker cannot start (its script failed to load) the order is computed in the
// window, as before: slower at agency scale, never broken.
import type { AppDb } from '../../db/app-db';
import {
  listTodayOrder,
  type TodayOrder,
  type TodayOrderArgs,
} from '../../db/repositories/today-order';
import {
  listTodayFirstPage,
  type TodayFirstPage,
  type TodayFirstPageArgs,
} from '../../db/repositories/today-first-page';
import { createRpcClient, workerPort, type RpcClient } from '../worker-rpc/client';
import { RpcError } from '../worker-rpc/wire';
import type { TodayOrderApi } from './today-order-handlers';

interface Client {
  rpc: RpcClient<TodayOrderApi> | null;
  inWindow: boolean;
}

const clients = new WeakMap<AppDb, Client>();

function clientOf(db: AppDb): Client {
  let client = clients.get(db);
  if (!client) clients.set(db, (client = { rpc: null, inWindow: false }));
  // No workers at all (a test's DOM): the window it is.
  if (typeof Worker === 'undefined') client.inWindow = true;
  if (!client.inWindow && !client.rpc?.alive) {
    const worker = new Worker(new URL('./today-order-worker.ts', import.meta.url), {
      type: 'module',
    });
    client.rpc = createRpcClient<TodayOrderApi>(workerPort(worker));
  }
  return client;
}

/**
 * Starts the worker and opens its database connection now, so Today's first order does not
 * wait for a worker to load (a few hundred ms on a busy machine): Today is the first screen,
 * and this runs while the person signs in. Nothing is read; failures are left to the order.
 */
export function warmTodayOrder(db: AppDb): void {
  try {
    const { rpc } = clientOf(db);
    rpc?.call('warm', { dbName: db.name }).catch(() => undefined);
  } catch {
    // The order call finds out again and falls back to the window.
  }
}

export async function todayOrderOffThread(db: AppDb, args: TodayOrderArgs): Promise<TodayOrder> {
  const client = clientOf(db);
  if (!client.inWindow && client.rpc) {
    try {
      return await client.rpc.call('order', { ...args, dbName: db.name });
    } catch (error) {
      if (!(error instanceof RpcError) || error.code !== 'worker_failed') throw error;
      client.inWindow = true;
    }
  }
  return listTodayOrder(db, args);
}

/** The first page of everyone's (or the unassigned) Today, in the worker when it runs. */
export async function todayFirstPageOffThread(
  db: AppDb,
  args: TodayFirstPageArgs,
): Promise<TodayFirstPage> {
  const client = clientOf(db);
  if (!client.inWindow && client.rpc) {
    try {
      return await client.rpc.call('firstPage', { ...args, dbName: db.name });
    } catch (error) {
      if (!(error instanceof RpcError) || error.code !== 'worker_failed') throw error;
      client.inWindow = true;
    }
  }
  return listTodayFirstPage(db, args);
}
