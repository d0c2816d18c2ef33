// The page scripts/bench/today-view.ts drives in real Chromium to seed the Today view's data:
// a synthetic agency written through the repositories (bulk writer), then the plan service
// makes the cases and tasks, exactly as the app would after an import. Dated from the real
// China day, because the app page it is measured on reads the real clock.
import { chinaDate } from '../../shared/domain/china-date';
import { benchAgency } from '../../scripts/bench/plan-data';
import { BENCH_OWNER } from '../../scripts/bench/bench-sign-in';
import { deleteDb, openBenchDb } from '../db/bench/raw-seed';
import { DB_NAME } from '../db/app-db';
import { bulkInsertRecords } from '../db/repositories/bulk-writer';
import { listTodayTasks } from '../db/repositories/plan-queries';
import { recomputePlan } from '../services/plan/recompute-plan';
import { DEFAULT_KDF } from '../../shared/crypto/keys';
import { setupOwnerWithKeys } from '../services/keys/keyring-service';
import { authHandlers } from '../services/auth/auth-worker-handlers';

import { listTaskViewsByIds, listTodayOrder } from '../db/repositories/today-order';

declare global {
  interface Window {
    __planBench: typeof api;
  }
}

const api = {
  /** Seeds an agency with `openCases` cases in reach; returns how many tasks Today will list. */
  async seed(openCases: number) {
    const now = new Date().toISOString();
    const today = chinaDate(new Date(now));
    await deleteDb(DB_NAME);
    const db = openBenchDb(DB_NAME);
    await db.open();
    // The app opens on sign-in: the owner (who sees everyone's tasks), at the production cost.
    const passwordHash = await authHandlers().hashSecret({ secret: BENCH_OWNER.password });
    // The owner first, as in the app: their keys (held in this page) seal the customers
    // seeded after (issue 11), so the app's first sign-in finds nothing left to seal. With the
    // agency's keys, as owner setup makes them (else the first sign-in would stop at
    // the recovery sheet).
    await setupOwnerWithKeys(
      db,
      { name: BENCH_OWNER.name, password: BENCH_OWNER.password, passwordHash },
      { worker: authHandlers(), kdf: DEFAULT_KDF },
    );
    const t = performance.now();
    const agency = benchAgency(today, 2 * openCases + 2000, openCases, 10);
    await bulkInsertRecords(db, agency, 'bench');
    const result = await recomputePlan(db, { now, today });
    const due = await listTodayTasks(db, { today, now });
    const ms = performance.now() - t;
    const tasks = await db.tasks.count();
    db.close();
    return { ms, tasks, due: due.length, casesCreated: result.stats.casesCreated };
  },
  /**
   * The Today view's queries alone (no React), median of three each: the order of the due ids
   * plus the first page of full views (what the view waits for now), and the full
   * listTodayTasks (a view for every due task, what it waited for before).
   */
  async todayQuery() {
    const now = new Date().toISOString();
    const today = chinaDate(new Date(now));
    const db = openBenchDb(DB_NAME);
    await db.open();
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1] as number;
    const order: number[] = [];
    const page: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < 3; i++) {
      let t = performance.now();
      const { ids } = await listTodayOrder(db, { today, now });
      order.push(performance.now() - t);
      t = performance.now();
      await listTaskViewsByIds(db, ids.slice(0, 40), { today, now });
      page.push(performance.now() - t);
      t = performance.now();
      await listTodayTasks(db, { today, now });
      full.push(performance.now() - t);
    }
    db.close();
    return { orderMs: median(order), pageMs: median(page), fullMs: median(full) };
  },
  /** Where the Today order query's time goes, read by read (BENCH_PROBE=1 prints it). */
  async probe() {
    const today = chinaDate(new Date());
    const db = openBenchDb(DB_NAME);
    await db.open();
    const out: Record<string, number> = {};
    let t = performance.now();
    const lap = (name: string) => {
      out[name] = performance.now() - t;
      t = performance.now();
    };
    const pendingIds = await db.tasks.where('status').equals('pending').primaryKeys();
    lap(`pending primaryKeys ${pendingIds.length}`);
    const dueIds = await db.tasks.where('dueDate').belowOrEqual(today).primaryKeys();
    lap(`due primaryKeys ${dueIds.length}`);
    const tasks = await db.tasks.where('status').equals('pending').toArray();
    lap(`pending toArray ${tasks.length}`);
    const tasks2 = await db.tasks.bulkGet(dueIds);
    lap(`due bulkGet ${tasks2.length}`);
    const cases = await db.cases.bulkGet([...new Set(tasks.map((x) => x.caseId))]);
    lap(`cases bulkGet ${cases.length}`);
    const pids = cases.flatMap((c) => c?.policyIds ?? []);
    await db.policies.bulkGet(pids);
    lap(`policies bulkGet ${pids.length}`);
    await db.cases.toArray();
    lap(`cases toArray`);
    db.close();
    return out;
  },
};

window.__planBench = api;
