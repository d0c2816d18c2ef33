// The first page of Today from the stored sort key (v9, listTodayFirstPage) against the whole
// order sorted the old way (listTodayOrder), on random agencies: the same first rows for every
// page size, for everyone and for the unassigned, with end dates shared by many cases (ties
// broken by premium and key across a page's edge), call-backs due and not, verify tasks folded
// into their case's or their customer's call, tasks not due yet, done, cancelled or removed,
// and tasks written before their case end was known. Also: the key follows every write.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/china-date';
import { todayRankOf } from '../../../shared/domain/reminders/today-rank';
import type { Policy, RenewalCase, Task, TaskKind } from '../../../shared/domain/types';
import { AppDb } from '../../../renderer/db/app-db';
import { listTodayFirstPage } from '../../../renderer/db/repositories/today-first-page';
import { listTodayOrder } from '../../../renderer/db/repositories/today-order';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { client, policy, vehicle } from '../../unit/domain/reminders/fixtures';

const TODAY = '2026-06-05';
const NOW = '2026-06-05T04:00:00.000Z';
const stamp = { createdAt: NOW, updatedAt: NOW, updatedBy: 'test' };
const DENSE_KINDS: TaskKind[] = ['tier', 'tier', 'urgent', 'lapsed', 'verify'];
const KINDS: TaskKind[] = [
  'tier',
  'tier',
  'tier',
  'urgent',
  'lapsed',
  'verify',
  'verify',
  'callback',
  'complaint',
];

/** mulberry32: the same agency for a seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let n = 0;
/**
 * `dense`: more tasks per end date and no call-backs, so the walks cross page edges often;
 * `lapsed`: dense with most cases already ended, so the page reaches the lapsed walks.
 */
type Shape = 'mixed' | 'dense' | 'lapsed';

async function randomAgency(seed: number, shape: Shape = 'mixed'): Promise<AppDb> {
  const dense = shape !== 'mixed';
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const db = new AppDb(`today-first-page-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  const clients = Array.from({ length: 25 }, (_, i) => client(`c${i}`));
  // Few end dates, so many cases tie on the days left (and some on the premium too).
  const ends = Array.from({ length: 9 }, (_, i) =>
    addDays(
      TODAY,
      (shape === 'lapsed'
        ? [-30, -9, -9, -4, -2, -1, -1, -1, 5]
        : [-30, -9, -1, 0, 1, 3, 3, 12, 40])[i] ?? 0,
    ),
  );
  const cases: RenewalCase[] = [];
  const policies: Policy[] = [];
  for (let i = 0; i < (dense ? 300 : 120); i++) {
    const endDate = pick(ends);
    const owner = pick(clients).id;
    const ids = [`p${i}a`, ...(r() < 0.4 ? [`p${i}b`] : [])];
    ids.forEach((id) =>
      policies.push(
        policy(id, `v${i}`, endDate, 'compulsory', { premium: pick([500, 900, 900, 3000]) }),
      ),
    );
    cases.push({
      id: `k${i}`,
      ...stamp,
      vehicleId: `v${i}`,
      clientId: owner,
      policyIds: ids,
      endDate,
      state: 'open',
    });
  }
  const tasks: Task[] = [];
  for (let i = 0; i < (dense ? 1200 : 500); i++) {
    const kase = pick(cases);
    const kind = pick(dense ? DENSE_KINDS : KINDS);
    const roll = r();
    tasks.push({
      id: `t${i}`,
      ...stamp,
      caseId: kase.id,
      kind,
      tier: kind === 'tier' ? pick(['d30', 'd15', 'd7']) : kind,
      key: `${kase.id}:${String(i).padStart(3, '0')}`,
      dueDate: addDays(TODAY, pick([-12, -3, -1, 0, 0, 0, 1, 6])),
      dueAt:
        kind === 'callback' ? pick(['2026-06-05T01:00:00.000Z', '2026-06-05T09:00:00.000Z']) : null,
      assigneeId: pick(['s1', 's2', null]),
      status: roll < 0.8 ? 'pending' : roll < 0.9 ? 'done' : 'cancelled',
      attempts: [],
      ...(r() < 0.05 ? { deletedAt: NOW } : {}),
      // Most carry their case end (the plan's and the outcomes' writes); some were written
      // without it and sort under the unknown end.
      ...(r() < 0.9 ? { caseEnd: kase.endDate } : {}),
    });
  }
  await db.clients.bulkPut(clients);
  await db.vehicles.bulkPut(cases.map((c) => vehicle(c.vehicleId, c.clientId)));
  await db.policies.bulkPut(policies);
  await db.cases.bulkPut(cases);
  await db.tasks.bulkPut(tasks);
  return db;
}

const args = { today: TODAY, now: NOW };

describe('listTodayFirstPage', () => {
  it.each([
    [1, 'mixed'],
    [2, 'mixed'],
    [3, 'mixed'],
    [4, 'dense'],
    [5, 'dense'],
    [6, 'lapsed'],
    [7, 'lapsed'],
  ] as const)('equals the old sort’s first rows on random agency %i (%s)', async (seed, shape) => {
    const db = await randomAgency(seed, shape);
    for (const staffId of [undefined, null]) {
      const whole = (await listTodayOrder(db, { ...args, staffId })).ids;
      expect(whole.length).toBeGreaterThan(staffId === null ? 30 : 100);
      for (const limit of [1, 2, 5, 17, 40, 120, 200, 300]) {
        // The usual reads, and reads of 3 rows (many reads, page edges inside end dates).
        for (const chunk of [undefined, 3]) {
          const page = await listTodayFirstPage(db, { ...args, staffId, limit, chunk });
          expect(page.ids).toEqual(whole.slice(0, page.complete ? undefined : limit));
          if (page.complete) expect(page.ids).toEqual(whole);
        }
      }
      const all = await listTodayFirstPage(db, { ...args, staffId, limit: 100_000 });
      expect(all).toEqual({ ids: whole, complete: true });
    }
  });

  it('the key follows every write: made, moved, done, undone, removed', async () => {
    const db = await randomAgency(7);
    const check = async () => {
      for (const t of await db.tasks.toArray()) expect(t.todayRank).toEqual(todayRankOf(t));
    };
    await check();
    const first = (await db.tasks.where('status').equals('pending').first()) as Task;
    await db.tasks.update(first.id, { status: 'done' });
    expect((await db.tasks.get(first.id))?.todayRank).toBeUndefined();
    await db.tasks.update(first.id, { status: 'pending', caseEnd: '2026-07-01' });
    expect((await db.tasks.get(first.id))?.todayRank).toEqual([
      first.todayRank?.[0],
      '2026-07-01',
      first.key,
    ]);
    await db.tasks.filter((t) => t.kind === 'urgent').modify({ kind: 'tier' });
    await db.tasks.toCollection().modify((t) => {
      if (t.key.endsWith('1')) t.deletedAt = NOW;
    });
    await db.tasks.put({ ...first, kind: 'callback', dueAt: NOW });
    await check();
  });

  it('the plan stamps its tasks with their case ends, and its first page is the order’s', async () => {
    const db = new AppDb(`today-first-page-plan-${process.pid}`, { indexedDB, IDBKeyRange });
    const today = '2026-11-26';
    const now = '2026-11-26T02:00:00.000Z';
    await loadSampleData(db, { today, clients: 60 });
    await recomputePlan(db, { today, now });
    const endOf = new Map((await db.cases.toArray()).map((c) => [c.id, c.endDate]));
    const tasks = await db.tasks.toArray();
    expect(tasks.filter((t) => t.todayRank).length).toBeGreaterThan(20);
    for (const t of tasks) {
      expect(t.caseEnd).toBe(endOf.get(t.caseId));
      expect(t.todayRank).toEqual(todayRankOf(t));
    }
    const whole = (await listTodayOrder(db, { today, now })).ids;
    const page = await listTodayFirstPage(db, { today, now, limit: 7 });
    expect(page.ids).toEqual(whole.slice(0, page.complete ? undefined : 7));
  });
});
