// The window's side of the figures worker. When the worker cannot start (its script failed to
// load) the same handlers run in the window on the open database: slower, never broken.
import type { StaffPerformanceRow } from '../../../shared/domain/kpi/staff-performance';
import type { TierRow } from '../../../shared/domain/kpi/tier-rates';
import type { ComplaintRates } from '../../../shared/domain/kpi/complaint-rates';
import type { IsoDate } from '../../../shared/domain/types';
import type { AppDb } from '../../db/app-db';
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

/** `actorOf`: who is asking, at each call (the signed-in person; the worker checks the role). */
export function createKpiClient(db: AppDb, actorOf: () => string = currentActor): KpiClient {
  const dbName = db.name;
  let rpc: RpcClient<KpiApi> | null = null;
  let inWindow: KpiApi | null = null;

  async function run<K extends keyof KpiApi>(
    method: K,
    args: Omit<Parameters<KpiApi[K]>[0], 'dbName' | 'actor'>,
  ): Promise<Awaited<ReturnType<KpiApi[K]>>> {
    const full = { ...args, dbName, actor: actorOf() } as Parameters<KpiApi[K]>[0];
    if (!inWindow) {
      try {
        if (!rpc?.alive) {
          const worker = new Worker(new URL('./kpi-worker.ts', import.meta.url), {
            type: 'module',
          });
          rpc = createRpcClient<KpiApi>(workerPort(worker));
        }
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
