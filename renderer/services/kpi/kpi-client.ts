// The window's side of the figures worker. When the worker cannot start (its script failed to
// load) the same handlers run in the window on the open database: slower, never broken.
import type { StaffPerformanceRow } from '../../../shared/domain/kpi/staff-performance';
import type { TierRow } from '../../../shared/domain/kpi/tier-rates';
import type { ComplaintRates } from '../../../shared/domain/kpi/complaint-rates';
import type { IsoDate } from '../../../shared/domain/types';
import type { AppDb } from '../../db/app-db';
import { recordKeys } from '../../db/record-keys';
import { currentActor } from '../actor';
import { createRpcClient, workerPort, type RpcClient } from '../worker-rpc/client';
import { RpcError } from '../worker-rpc/wire';
import type { DashboardData, DrillFilter, Period } from './dashboard-data';
import type { MonthlyReview } from './monthly-review';
import { kpiHandlers, type DrillRow, type KpiApi, type RiskRow } from './kpi-worker-handlers';

export interface KpiClient {
  dashboard(today: IsoDate, period: Period): Promise<DashboardData>;
  drillDown(today: IsoDate, filter: DrillFilter): Promise<{ rows: DrillRow[]; total: number }>;
  performance(today: IsoDate, period: Period): Promise<StaffPerformanceRow[]>;
  risks(today: IsoDate): Promise<{ rows: RiskRow[]; total: number }>;
  tierRates(today: IsoDate, period: Period): Promise<TierRow[]>;
  monthlyReview(today: IsoDate, month: string): Promise<MonthlyReview>;
  complaintRates(today: IsoDate, period: Period): Promise<ComplaintRates>;
  dispose(): void;
}

function startWorker(): RpcClient<KpiApi> {
  const worker = new Worker(new URL('./kpi-worker.ts', import.meta.url), { type: 'module' });
  return createRpcClient<KpiApi>(workerPort(worker));
}

/** A figures worker started ahead of the dashboard (warmFigures), taken by the next client. */
let spare: { dbName: string; rpc: RpcClient<KpiApi> } | null = null;

/**
 * Starts a figures worker and has it read the open months now (the part of the first figures
 * that grows with the book), for the dashboard client made next: called while the person signs
 * in when the app opens on the dashboard. Failures are left to the first real call.
 */
export function warmFigures(db: AppDb, today: IsoDate): void {
  if (typeof Worker === 'undefined' || spare) return;
  try {
    const rpc = startWorker();
    spare = { dbName: db.name, rpc };
    rpc.call('warm', { dbName: db.name, today }).catch(() => undefined);
  } catch {
    spare = null;
  }
}

function takeSpare(dbName: string): RpcClient<KpiApi> | null {
  const taken = spare;
  spare = null;
  if (taken && taken.dbName === dbName && taken.rpc.alive) return taken.rpc;
  taken?.rpc.terminate();
  return null;
}

/** `actorOf`: who is asking, at each call (the signed-in person; the worker checks the role). */
export function createKpiClient(db: AppDb, actorOf: () => string = currentActor): KpiClient {
  const dbName = db.name;
  let rpc: RpcClient<KpiApi> | null = null;
  let inWindow: KpiApi | null = null;

  async function run<K extends keyof KpiApi>(
    method: K,
    args: Omit<Parameters<KpiApi[K]>[0], 'dbName' | 'actor' | 'keys'>,
  ): Promise<Awaited<ReturnType<KpiApi[K]>>> {
    const full = { ...args, dbName, actor: actorOf() } as Parameters<KpiApi[K]>[0];
    if (!inWindow) {
      try {
        if (!rpc?.alive) rpc = takeSpare(dbName) ?? startWorker();
        // The window's keys as they are now go first (calls run in order): the worker opens
        // the customers' names with them; a lock since the last call leaves it without.
        void rpc.call('keys', { keys: recordKeys() }).catch(() => undefined);
        return (await rpc.call(method, full)) as Awaited<ReturnType<KpiApi[K]>>;
      } catch (error) {
        if (!(error instanceof RpcError) || error.code !== 'worker_failed') throw error;
        inWindow = kpiHandlers(async () => db);
      }
    }
    const handler = inWindow[method] as (a: typeof full) => ReturnType<KpiApi[K]>;
    return (await handler(full)) as Awaited<ReturnType<KpiApi[K]>>;
  }

  return {
    dashboard: (today, period) => run('dashboard', { today, period }),
    drillDown: (today, filter) => run('drillDown', { today, filter }),
    performance: (today, period) => run('performance', { today, period }),
    risks: (today) => run('risks', { today }),
    tierRates: (today, period) => run('tierRates', { today, period }),
    monthlyReview: (today, month) => run('monthlyReview', { today, month }),
    complaintRates: (today, period) => run('complaintRates', { today, period }),
    dispose() {
      rpc?.terminate();
      rpc = null;
    },
  };
}
