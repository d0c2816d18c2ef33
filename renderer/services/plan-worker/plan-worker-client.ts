// The window's side of the plan worker: `createPlanWorker(dbName)` returns a recompute
// function with the same result as calling recomputePlan directly, but the reading, the rules
// and the writing all run in a dedicated worker, so the window never freezes on them.
//
// A plain message protocol instead of a library like comlink: there is exactly one call with
// one answer, which a request id and a map of pending promises cover in a few lines.
import type { RecomputeResult } from '../../db/repositories/plan-service';
import type { Lang } from '../../../shared/i18n';
import type { PlanWorkerRequest, PlanWorkerResponse } from './plan-worker-protocol';

export interface RecomputeArgs {
  now: string;
  today: string;
  lang?: Lang;
}

export interface PlanWorker {
  recompute(args: RecomputeArgs): Promise<RecomputeResult>;
  /** Terminates the worker; pending recomputes are rejected. */
  dispose(): void;
}

interface Pending {
  args: RecomputeArgs;
  resolve: (result: RecomputeResult) => void;
  reject: (error: Error) => void;
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
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;
  let answered = false;
  let broken = false;
  let disposed = false;

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  function start(): Worker {
    const w = new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<PlanWorkerResponse>) => {
      answered = true;
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.type === 'result') p.resolve(msg.result);
      else p.reject(namedError(msg.name, msg.message));
    };
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      worker = null;
      if (!answered && fallback) {
        // Never answered: the script itself did not load. Recompute in the window from now on.
        broken = true;
        for (const p of pending.values()) fallback(p.args).then(p.resolve, p.reject);
        pending.clear();
        return;
      }
      failAll(
        namedError('PlanWorkerError', event.message || '续保计划后台线程出错 (plan worker failed)'),
      );
    };
    return w;
  }

  return {
    recompute(args) {
      if (disposed) return Promise.reject(namedError('PlanWorkerError', 'plan worker disposed'));
      if (broken && fallback) return fallback(args);
      worker ??= start();
      const id = nextId++;
      const request: PlanWorkerRequest = { type: 'recompute', id, dbName, ...args };
      const result = new Promise<RecomputeResult>((resolve, reject) =>
        pending.set(id, { args, resolve, reject }),
      );
      worker.postMessage(request);
      return result;
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      failAll(namedError('PlanWorkerError', 'plan worker disposed'));
    },
  };
}
