// The window's side of the auth worker. One worker, started on first use and kept: sign-in,
// unlock and password changes all go through it, so the window never blocks on Argon2id.
import { createRpcClient, workerPort, type RpcClient } from '../worker-rpc/client';
import type { AuthApi } from './auth-worker-handlers';
import { windowHashCost } from './kdf-cost';

export interface Hasher {
  hash(secret: string): Promise<string>;
  verify(secret: string, encoded: string): Promise<boolean>;
}

let rpc: RpcClient<AuthApi> | null = null;

function client(): RpcClient<AuthApi> {
  if (!rpc?.alive) {
    const worker = new Worker(new URL('./auth-worker.ts', import.meta.url), { type: 'module' });
    rpc = createRpcClient<AuthApi>(workerPort(worker));
  }
  return rpc;
}

/** The keyring calls of the auth worker (Argon2id of a password, then AES-GCM wraps). */
export type KeyWorker = Pick<AuthApi, 'createKeyring' | 'openKeys' | 'wrapKeysFor'>;

export const workerKeys: KeyWorker = {
  createKeyring: (args) => client().call('createKeyring', args),
  openKeys: (args) => client().call('openKeys', args),
  wrapKeysFor: (args) => client().call('wrapKeysFor', args),
};

export const workerHasher: Hasher = {
  hash: (secret) => client().call('hashSecret', { secret, cost: windowHashCost() }),
  verify: (secret, encoded) => client().call('verifySecret', { secret, encoded }),
};
