// The dashboard from frozen roll-ups plus the open months equals the dashboard from a scan of
// every record, on the same data (issue 12 point 1: the figures stay identical), for every
// period and for a staff member's own card; and after writes that touch frozen months (an
// outcome, a new policy, an edit, a month freezing) the roll-ups are rebuilt where needed
// only, and still equal the scan.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { readKpiRecords } from '../../../renderer/db/repositories/kpi-queries';
import {
  dashboardData,
  PERIODS,
  type FiguresScope,
} from '../../../renderer/services/kpi/dashboard-data';
import {
  dashboardFromRollups,
  openMonthsRecords,
} from '../../../renderer/services/kpi/figures-reads';
import { kpiHandlers } from '../../../renderer/services/kpi/kpi-worker-handlers';
import { frozenMonths } from '../../../renderer/services/kpi/frozen-months';
import { getSettings } from '../../../renderer/db/repositories/settings-repository';
import { plusDays } from '../../../shared/domain/reminders/dates';
import type { Policy, RenewalCase, Staff } from '../../../shared/domain/types';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';

const TODAY = '2026-12-02';
const AT = '2026-01-01T00:00:00.000Z';
const STAFF: Staff[] = [staff('s1', '王芳'), staff('s2', '李强'), staff('s3', '赵敏')];
const INSURERS = ['人保', '平安', '太保'];
const REASONS = ['价格', '服务', null];

/** A small deterministic random source (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Cars with three years of policies (two ended, one running or ahead), renewed on time, late,
 * or not at all, and cases with outcomes (renewed, lost with a reason) assigned to staff.
 */
function agency(cars: number, seed: number) {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const policies: Policy[] = [];
  const cases: RenewalCase[] = [];
  for (let i = 0; i < cars; i++) {
    const v = `v${i}`;
    let end = plusDays('2024-12-01', Math.floor(rnd() * 365));
    for (let year = 0; year < 3; year++) {
      const kinds =
        rnd() < 0.6 ? (['compulsory', 'commercial'] as const) : (['commercial'] as const);
      const ids: string[] = [];
      for (const kind of kinds) {
        const id = `${v}-${year}-${kind}`;
        ids.push(id);
        policies.push(
          policy(id, v, kind === 'commercial' ? plusDays(end, Math.floor(rnd() * 5)) : end, kind, {
            insurer: pick(INSURERS),
            premium: Math.round(rnd() * 500000) / 100,
            startDate: plusDays(end, -364),
          }),
        );
      }
      const outcome = rnd();
      if (outcome < 0.45 && end <= '2026-12-31') {
        const base: RenewalCase = {
          id: `${v}:${end}`,
          createdAt: AT,
          updatedAt: AT,
          updatedBy: 'test',
          vehicleId: v,
          clientId: `c${i}`,
          policyIds: ids,
          endDate: end,
          state: 'open',
          assigneeId: rnd() < 0.9 ? pick(STAFF).id : null,
          closedAt: null,
        };
        if (outcome < 0.15) {
          cases.push({ ...base, state: 'lost', lostReason: pick(REASONS), closedAt: AT });
        } else if (outcome < 0.25) {
          cases.push({
            ...base,
            state: 'renewed',
            renewedInsurer: pick(INSURERS),
            renewedPremium: Math.round(rnd() * 400000) / 100,
            closedAt: AT,
          });
        } else cases.push(base);
      }
      // The next policy: on time (mostly), 31+ days late, or never (the car left).
      const gap = rnd();
      if (gap < 0.1) break;
      end = plusDays(end, gap < 0.2 ? 365 + 31 + Math.floor(rnd() * 40) : 365);
    }
  }
  return {
    clients: Array.from({ length: cars }, (_, i) => client(`c${i}`)),
    vehicles: Array.from({ length: cars }, (_, i) => vehicle(`v${i}`, `c${i}`)),
    policies,
    cases,
  };
}

let n = 0;
async function seeded(cars = 400, seed = 7): Promise<AppDb> {
  const db = new AppDb(`rollups-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  const data = agency(cars, seed);
  await db.staff.bulkPut(STAFF);
  await db.clients.bulkPut(data.clients);
  await db.vehicles.bulkPut(data.vehicles);
  await db.policies.bulkPut(data.policies);
  await db.cases.bulkPut(data.cases);
  return db;
}

const SCOPES: FiguresScope[] = [null, { staffId: 's2' }];

async function expectSameFigures(
  db: AppDb,
  today = TODAY,
  readOpen = openMonthsRecords(),
): Promise<void> {
  const records = await readKpiRecords(db);
  for (const scope of SCOPES) {
    for (const period of PERIODS) {
      const scan = dashboardData(records, today, period, scope);
      const rolled = await dashboardFromRollups(db, today, period, scope, readOpen);
      expect(rolled, `${period} ${scope ? 'own' : 'team'}`).toEqual(scan);
    }
  }
}

describe('figures from frozen roll-ups', () => {
  it('equal the scan of every record, for every period and a staff member’s own card', async () => {
    const db = await seeded();
    // The data covers frozen and open months: the comparison means something.
    const records = await readKpiRecords(db);
    expect(records.policies.some((p) => p.endDate < '2025-06-01')).toBe(true);
    expect(records.policies.some((p) => p.endDate > '2026-11-01')).toBe(true);
    await expectSameFigures(db);
    const settings = await getSettings(db);
    // Built once: the second call rebuilds nothing.
    expect((await frozenMonths(db, TODAY, settings)).rebuilt).toEqual([]);
    db.close();
  });

  it('stay equal after writes, rebuilding only the months a write touched', async () => {
    const db = await seeded(300, 11);
    const settings = await getSettings(db);
    expect((await frozenMonths(db, TODAY, settings)).rebuilt).toBe('all');
    const at = '2026-12-02T03:00:00.000Z';

    // A loss logged late on a case of a frozen month (2025-03): that month and the next two.
    const old = (await db.cases.where('endDate').between('2025-03-01', '2025-03-31').toArray())[0];
    expect(old).toBeDefined();
    await db.cases.put({
      ...old!,
      state: 'lost',
      lostReason: '价格',
      closedAt: at,
      updatedAt: at,
    });
    const afterCase = await frozenMonths(db, TODAY, settings);
    expect(afterCase.rebuilt).toEqual(['2025-03', '2025-04', '2025-05']);
    await expectSameFigures(db);

    // A new policy renewing an old one of a frozen month: the months it could renew.
    const lapsed = (
      await db.policies.where('endDate').between('2025-06-01', '2025-06-30').toArray()
    )[0];
    await db.policies.put(
      policy('p-new', lapsed!.vehicleId, '2026-06-20', lapsed!.kind, {
        startDate: plusDays(lapsed!.endDate, 10),
        premium: 1234.56,
        insurer: '国寿',
        createdAt: '2026-12-02T04:00:00.000Z',
        updatedAt: '2026-12-02T04:00:00.000Z',
      }),
    );
    const afterNew = await frozenMonths(db, TODAY, settings);
    expect(afterNew.rebuilt).not.toBe('all');
    expect(afterNew.rebuilt).toContain('2025-06');
    await expectSameFigures(db);

    // An edited policy (its old dates unknown): every frozen month, once.
    const edited = (
      await db.policies.where('endDate').between('2025-09-01', '2025-09-30').toArray()
    )[0];
    await db.policies.put({
      ...edited!,
      endDate: '2025-08-15',
      updatedAt: '2026-12-02T05:00:00.000Z',
    });
    expect((await frozenMonths(db, TODAY, settings)).rebuilt).toBe('all');
    await expectSameFigures(db);

    // A write in the same millisecond as the build is still seen (by a full rebuild).
    const same = (await db.cases.where('endDate').between('2025-10-01', '2025-10-31').toArray())[0];
    await db.cases.put({ ...same!, assigneeId: 's3', updatedAt: '2026-12-02T05:00:00.000Z' });
    expect((await frozenMonths(db, TODAY, settings)).rebuilt).toBe('all');
    await expectSameFigures(db);

    // Writes in the open months, with the worker's kept open-month records brought up to date
    // by what was written since (not read again): an outcome, a renewal, a removed policy.
    const readOpen = openMonthsRecords();
    await expectSameFigures(db, TODAY, readOpen);
    const openCase = (
      await db.cases.where('endDate').between('2026-11-01', '2026-12-31').toArray()
    )[0];
    expect(openCase).toBeDefined();
    await db.cases.put({
      ...openCase!,
      state: 'lost',
      lostReason: '服务',
      closedAt: '2026-12-02T06:00:00.000Z',
      updatedAt: '2026-12-02T06:00:00.000Z',
    });
    await expectSameFigures(db, TODAY, readOpen);
    const due = (
      await db.policies.where('endDate').between('2026-11-01', '2026-12-31').toArray()
    ).filter((p) => !p.deletedAt);
    await db.policies.put(
      policy('p-open-renewal', due[0]!.vehicleId, '2027-11-20', due[0]!.kind, {
        startDate: plusDays(due[0]!.endDate, 1),
        premium: 999.99,
        createdAt: '2026-12-02T07:00:00.000Z',
        updatedAt: '2026-12-02T07:00:00.000Z',
      }),
    );
    await expectSameFigures(db, TODAY, readOpen);
    await db.policies.put({
      ...due[1]!,
      deletedAt: '2026-12-02T08:00:00.000Z',
      updatedAt: '2026-12-02T08:00:00.000Z',
    });
    await expectSameFigures(db, TODAY, readOpen);

    // A month later, one more month is frozen: only it is built.
    const later = '2027-01-05';
    expect((await frozenMonths(db, later, settings)).rebuilt).toEqual(['2026-11']);
    await expectSameFigures(db, later);
    db.close();
  });

  it('an empty book: no figures, no division by zero', async () => {
    const db = new AppDb(`rollups-empty-${process.pid}`, { indexedDB, IDBKeyRange });
    await expectSameFigures(db);
    const data = await dashboardFromRollups(db, TODAY, 'year', null);
    expect(data.hasPolicies).toBe(false);
    expect(data.totals.rate).toBeNull();
    db.close();
  });

  it('the calls of one refresh share one read of every policy; a write makes the next read', async () => {
    const db = await seeded(50, 3);
    const reads = vi.spyOn(db.policies, 'toArray');
    const api = kpiHandlers(async () => db);
    const args = { dbName: db.name, actor: 'desk', today: TODAY };
    await api.dashboard({ ...args, period: 'year' });
    // The dashboard itself reads the frozen months' roll-ups and the open months only.
    const afterDashboard = reads.mock.calls.length;
    await api.performance({ ...args, period: 'year' });
    await api.tierRates({ ...args, period: 'year' });
    await api.monthlyReview({ ...args, month: '2026-11' });
    await api.drillDown({ ...args, filter: { period: 'year' } });
    expect(reads.mock.calls.length - afterDashboard).toBe(1);
    const p = (await db.policies.get('v0-0-commercial'))!;
    await db.policies.put({ ...p, premium: 1, updatedAt: '2026-12-02T06:00:00.000Z' });
    await api.performance({ ...args, period: 'year' });
    expect(reads.mock.calls.length - afterDashboard).toBe(2);
    reads.mockRestore();
    db.close();
  });
});
