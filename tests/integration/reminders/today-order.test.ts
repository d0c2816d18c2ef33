// The Today view's id order (listTodayOrder) and its window of full views (listTaskViewsByIds)
// against the full listTodayTasks on a real Dexie schema (fake-indexeddb): same ids in the
// same order for every staff filter, every tie-break exercised, done and future tasks left out.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { RenewalCase, Task, TaskKind } from '../../../shared/domain/types';
import { AppDb } from '../../../renderer/db/app-db';
import { listTodayTasks } from '../../../renderer/db/repositories/plan-queries';
import { listTaskViewsByIds, listTodayOrder } from '../../../renderer/db/repositories/today-order';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';
import { createTranslator } from '../../../shared/i18n';

const TODAY = '2026-06-05';
const NOW = '2026-06-05T04:00:00.000Z';
const stamp = { createdAt: NOW, updatedAt: NOW, updatedBy: 'test' };

function kase(id: string, endDate: string, policyIds: string[], clientId = 'c1'): RenewalCase {
  return { id, ...stamp, vehicleId: id, clientId, policyIds, endDate, state: 'open' };
}

function task(id: string, caseId: string, patch: Partial<Task> & { kind?: TaskKind } = {}): Task {
  return {
    id,
    ...stamp,
    caseId,
    kind: 'tier',
    tier: 'd15',
    key: `${caseId}:${id}`,
    dueDate: TODAY,
    assigneeId: 's1',
    status: 'pending',
    attempts: [],
    ...patch,
  };
}

let n = 0;
async function seeded(extra: 'done' | 'future' | null = null): Promise<AppDb> {
  const db = new AppDb(`today-order-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await db.clients.put(client('c1', { name: '张伟' }));
  // Car g's owner has only a verify task today: it stays a row of its own (one per customer).
  await db.clients.put(client('c2', { name: '王芳' }));
  await db.staff.bulkPut([staff('s1', '张三'), staff('s2', '李娜')]);
  await db.vehicles.bulkPut(['a', 'b', 'c', 'd', 'e', 'f'].map((v) => vehicle(v, 'c1')));
  await db.vehicles.put(vehicle('g', 'c2'));
  await db.policies.bulkPut([
    policy('pa', 'a', '2026-06-20', 'compulsory', { premium: 900 }),
    // Ends long after its case: outside the policy range read, found by key.
    policy('pa2', 'a', '2026-12-31', 'commercial', { premium: 5000 }),
    policy('pb1', 'b', '2026-06-20', 'compulsory', { premium: 900 }),
    policy('pb2', 'b', '2026-06-20', 'commercial', { premium: 3000 }),
    policy('pc', 'c', '2026-06-08', 'compulsory', { premium: 500 }),
    policy('pd', 'd', '2026-06-20', 'compulsory', { premium: 900 }),
    policy('pe', 'e', '2026-05-20', 'compulsory', { premium: 9000 }),
    policy('pf', 'f', '2026-06-02', 'compulsory', { premium: 100 }),
    policy('pg', 'g', '2026-06-25', 'compulsory', { premium: 100 }),
  ]);
  await db.cases.bulkPut([
    kase('a', '2026-06-20', ['pa', 'pa2']),
    kase('b', '2026-06-20', ['pb1', 'pb2']),
    kase('c', '2026-06-08', ['pc']),
    kase('d', '2026-06-20', ['pd']),
    kase('e', '2026-05-20', ['pe']),
    kase('f', '2026-06-02', ['pf']),
    kase('g', '2026-06-25', ['pg'], 'c2'),
  ]);
  await db.tasks.bulkPut([
    // Same days left: a (5900) before b (3900) before d (900) on premium.
    task('t-a', 'a', { key: 'a:d15' }),
    task('t-d', 'd', { key: 'd:d15', assigneeId: null }),
    // Same case, days left and premium as t-d: the key decides.
    task('t-d2', 'd', { key: 'd:d7', tier: 'd7', assigneeId: null }),
    task('t-b', 'b', { assigneeId: 's2' }),
    // Fewer days left: before a, b and d.
    task('t-c', 'c', { dueDate: '2026-06-01' }),
    // Urgent beats days left; a call-back due by now beats everything.
    task('t-u', 'a', { kind: 'urgent', tier: 'urgent', assigneeId: null }),
    task('t-cb', 'd', { kind: 'callback', tier: 'callback', dueAt: '2026-06-05T03:00:00.000Z' }),
    // A call-back later today is still on the list, but not first.
    task('t-cb2', 'c', { kind: 'callback', tier: 'callback', dueAt: '2026-06-05T09:00:00.000Z' }),
    // Lapsed (past the end date): after everything still savable, the most recent first,
    // whatever the premium.
    task('t-e', 'e', { kind: 'lapsed', tier: 'lapsed', dueDate: '2026-05-21' }),
    task('t-f', 'f', { kind: 'lapsed', tier: 'lapsed', dueDate: '2026-06-03' }),
    // Verify rides along with the case's call (a has calls: folded away); g has nothing else.
    task('v-a', 'a', { kind: 'verify', tier: 'verify', dueDate: '2026-06-04' }),
    task('v-g', 'g', { kind: 'verify', tier: 'verify' }),
    // Not due yet, done, cancelled: never on the list.
    task('t-future', 'a', { dueDate: '2026-06-06' }),
    task('t-done', 'b', { status: 'done' }),
    task('t-cancelled', 'c', { status: 'cancelled', dueDate: '2026-06-01' }),
  ]);
  // Many finished tasks make "due so far" the bigger index range, many future ones "pending":
  // each reads the other range.
  const more = Array.from({ length: extra ? 30 : 0 }, (_, i) =>
    extra === 'done'
      ? task(`old-${i}`, 'a', { status: 'done', dueDate: '2026-01-01' })
      : task(`next-${i}`, 'b', { dueDate: '2026-07-01' }),
  );
  await db.tasks.bulkPut(more);
  return db;
}

const args = { today: TODAY, now: NOW };

describe('listTodayOrder', () => {
  it('orders due call-backs, urgent, days left, premium, key, lapsed last; folds verify', async () => {
    const db = await seeded();
    const { ids } = await listTodayOrder(db, args);
    expect(ids).toEqual([
      't-cb',
      't-u',
      't-c',
      't-cb2',
      't-a',
      't-b',
      't-d',
      't-d2',
      'v-g',
      't-f',
      't-e',
    ]);
  });

  it.each([
    ['everyone', undefined],
    ['one staff', 's1'],
    ['unassigned', null],
  ] as const)('matches listTodayTasks for %s, whichever index range is read', async (_, who) => {
    for (const extra of ['done', 'future'] as const) {
      const db = await seeded(extra);
      const full = await listTodayTasks(db, { ...args, staffId: who });
      // rangeReadFrom 0: cases and policies read through ranges, as with thousands of tasks.
      for (const rangeReadFrom of [undefined, 0]) {
        const { ids } = await listTodayOrder(db, { ...args, staffId: who }, { rangeReadFrom });
        expect(ids).toEqual(full.map((v) => v.task.id));
      }
      expect(full.length).toBeGreaterThan(0);
    }
  });

  it('a window of full views equals the same slice of listTodayTasks', async () => {
    const db = await seeded();
    const full = await listTodayTasks(db, args);
    const { ids } = await listTodayOrder(db, args);
    const window = await listTaskViewsByIds(db, ids.slice(2, 5), args);
    expect(window).toEqual(full.slice(2, 5));
    expect(window[0] && createTranslator('zh-CN').text(window[0].reason)).toContain('剩余 3 天');
  });

  it('skips ids whose task is gone', async () => {
    const db = await seeded();
    const views = await listTaskViewsByIds(db, ['t-a', 'missing', 't-b'], args);
    expect(views.map((v) => v.task.id)).toEqual(['t-a', 't-b']);
  });
});
