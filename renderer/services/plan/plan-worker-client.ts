// The window's side of the plan worker: `createPlanWorker(dbName)` returns a recompute
// function with the same result as calling recomputePlan directly, but the reading, the rules
// and the writing all run in a dedicated worker (over worker-rpc), so the window never freezes
// on them.
import type { RecomputeResult } from './recompute-plan';
import { createRpcClient, workerPort, type RpcClient } from '../worker-rpc/client';
import { RpcError } from '../worker-rpc/wire';
import type { PlanApi, RecomputeArgs } from './plan-worker-handlers';

export type { RecomputeArgs };

export interface PlanWorker {
  recompute(args: RecomputeArgs): Promise<RecomputeResult>;
  /** Terminates the worker; pending recomputes are rejected. */
  dispose(): void;
}

function namedError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

/**
 * `fallback` runs the recompute in the window instead when the worker cannot start (its
 * script failed to load): slower, but the plan stays current.
 */
export function createPlanWorker(
  dbName: string,
  fallback?: (args: RecomputeArgs) => Promise<RecomputeResult>,
): PlanWorker {
  let rpc: RpcClient<PlanApi> | null = null;
  let answered = false;
  let broken = false;
  let disposed = false;

  function start(): RpcClient<PlanApi> {
    const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' });
    return createRpcClient<PlanApi>(workerPort(worker));
  }

  async function recompute(args: RecomputeArgs): Promise<RecomputeResult> {
    if (disposed) throw namedError('PlanWorkerError', 'plan worker disposed');
    if (broken && fallback) return fallback(args);
    if (!rpc?.alive) rpc = start();
    try {
      const result = await rpc.call('recompute', { dbName, ...args });
      answered = true;
      return result;
    } catch (error) {
      if (!(error instanceof RpcError) || error.code !== 'worker_failed') {
        answered = true;
        throw error;
      }
      if (disposed) throw namedError('PlanWorkerError', 'plan worker disposed');
      if (!answered && fallback) {
        // Never answered: the script itself did not load. Recompute in the window from now on.
        broken = true;
        return fallback(args);
      }
      // The next recompute starts a fresh worker.
      throw namedError(
        'PlanWorkerError',
        error.message || '续保计划后台线程出错 (plan worker failed)',
      );
    }
  }

  return {
    recompute,
    dispose() {
      disposed = true;
      rpc?.terminate(namedError('PlanWorkerError', 'plan worker disposed'));
      rpc = null;
    },
  };
}
