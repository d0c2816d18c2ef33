// The page scripts/bench/kpi.ts drives in real Chromium: seeds an agency with two years of
// closed cases and their facts (kpi-data.ts) plus a season in reach (the plan makes its cases
// and due tasks), then times the figures worker's calls and, on this page's own thread for
// comparison, the scan the dashboard ran before and the Today order the window ran before.
import { chinaDate } from '../../shared/domain/china-date';
import { caseFactOf } from '../../shared/domain/kpi/case-fact';
import type { Policy } from '../../shared/domain/types';
import { kpiBenchAgency } from '../../scripts/bench/kpi-data';
import { BENCH_OWNER } from '../../scripts/bench/bench-sign-in';
import { deleteDb, openBenchDb } from '../db/bench/raw-seed';
import { DB_NAME, type AppDb } from '../db/app-db';
import { bulkInsertRecords } from '../db/repositories/bulk-writer';
import { readKpiRecords } from '../db/repositories/kpi-queries';
import { listTodayOrder } from '../db/repositories/today-order';
import { authHandlers } from '../services/auth/auth-worker-handlers';
import { DEFAULT_KDF } from '../../shared/crypto/keys';
import { setupOwnerWithKeys } from '../services/keys/keyring-service';
import { dashboardData } from '../services/kpi/dashboard-data';
import { dashboardFromRollups } from '../services/kpi/figures-reads';
import { createKpiClient } from '../services/kpi/kpi-client';
import { recomputePlan } from '../services/plan/recompute-plan';
import { todayFirstPageOffThread, todayOrderOffThread } from '../services/today/today-order-client';

declare global {
  interface Window {
    __kpiBench: typeof api;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

function clock() {
  const now = new Date().toISOString();
  return { now, today: chinaDate(new Date(now)) };
}

async function ownerId(db: AppDb): Promise<string> {
  const owner = (await db.staff.toArray()).find((s) => s.role === 'owner');
  if (!owner) throw new Error('no owner');
  return owner.id;
}

const api = {
  async seed(policies: number) {
    const { now, today } = clock();
    await deleteDb(DB_NAME);
    const db = openBenchDb(DB_NAME);
    await db.open();
    const passwordHash = await authHandlers().hashSecret({ secret: BENCH_OWNER.password });
    // The owner first, as in the app: their keys (held in this page) seal the customers
    // seeded after (issue 11), so the app's first sign-in finds nothing left to seal. With the
    // agency's keys, as owner setup makes them (else the first sign-in would stop at
    // the recovery sheet and no figures would ever show).
    await setupOwnerWithKeys(
      db,
      { name: BENCH_OWNER.name, password: BENCH_OWNER.password, passwordHash },
      { worker: authHandlers(), kdf: DEFAULT_KDF },
    );
    const t = performance.now();
    const agency = kpiBenchAgency(today, policies);
    await bulkInsertRecords(db, agency, 'bench');
    // Two years of closed cases and the facts their closing wrote.
    const byVehicle = new Map<string, Policy[]>();
    for (const p of agency.policies) {
      const list = byVehicle.get(p.vehicleId);
      if (list) list.push(p);
      else byVehicle.set(p.vehicleId, [p]);
    }
    const facts = agency.closedCases.flatMap((kase) => {
      const fact = caseFactOf({
        kase,
        vehiclePolicies: byVehicle.get(kase.vehicleId) ?? [],
        tasks: [],
        feedback: [],
      });
      return fact ? [fact] : [];
    });
    for (let i = 0; i < agency.closedCases.length; i += 20_000) {
      await db.cases.bulkPut(agency.closedCases.slice(i, i + 20_000));
      await db.caseFacts.bulkPut(facts.slice(i, i + 20_000));
    }
    const plan = await recomputePlan(db, { now, today });
    const due = (await listTodayOrder(db, { today, now })).ids.length;
    const counts = {
      policies: await db.policies.count(),
      cases: await db.cases.count(),
      facts: await db.caseFacts.count(),
      tasks: await db.tasks.count(),
    };
    db.close();
    return { ms: performance.now() - t, due, casesCreated: plan.stats.casesCreated, ...counts };
  },

  /**
   * The figures worker (a real worker): the first call builds the roll-ups, the next reads
   * them; then, three times, a write in an open month and the refresh that follows (the open
   * months recomputed). On this page's thread: the scan the worker ran before for every call,
   * and the roll-ups path, side by side.
   */
  async figures() {
    const { today } = clock();
    const db = openBenchDb(DB_NAME);
    await db.open();
    const actor = await ownerId(db);
    const client = createKpiClient(db, () => actor);
    const firstBuild = await timed(() => client.dashboard(today, 'year'));
    const warm = await timed(() => client.dashboard(today, 'year'));
    const open = await db.cases.where('state').equals('open').limit(3).toArray();
    const recompute: number[] = [];
    for (const c of open) {
      await db.cases.put({ ...c, quotedPremium: 1000, updatedAt: new Date().toISOString() });
      recompute.push(await timed(() => client.dashboard(today, 'year')));
    }
    // A refresh asks for five things: the shared read makes the four after the first cheap.
    const calls: Record<string, number> = {};
    const refresh = await timed(async () => {
      calls.dashboard = await timed(() => client.dashboard(today, 'year'));
      calls.performance = await timed(() => client.performance(today, 'year'));
      calls.tierRates = await timed(() => client.tierRates(today, 'year'));
      calls.risks = await timed(() => client.risks(today));
      calls.complaintRates = await timed(() => client.complaintRates(today, 'year'));
    });
    client.dispose();
    const scan = await timed(async () => dashboardData(await readKpiRecords(db), today, 'year'));
    const rolled = await timed(() => dashboardFromRollups(db, today, 'year', null));
    db.close();
    return {
      firstBuild,
      warm,
      recompute: median(recompute),
      recomputes: recompute,
      refresh,
      calls,
      scan,
      rolled,
    };
  },

  /** The Today order for a manager (everyone's due tasks) on this page's thread: before. */
  async todayInWindow() {
    const { now, today } = clock();
    const db = openBenchDb(DB_NAME);
    await db.open();
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await timed(() => listTodayOrder(db, { today, now })));
    const worker: number[] = [];
    for (let i = 0; i < 3; i++) {
      worker.push(await timed(() => todayOrderOffThread(db, { today, now })));
    }
    // The first 40 rows through the stored sort key (v9), in the worker as Today asks them.
    const page: number[] = [];
    for (let i = 0; i < 3; i++) {
      page.push(await timed(() => todayFirstPageOffThread(db, { today, now, limit: 40 })));
    }
    db.close();
    return { ms: median(runs), workerMs: median(worker), firstPageMs: median(page) };
  },
};

window.__kpiBench = api;
