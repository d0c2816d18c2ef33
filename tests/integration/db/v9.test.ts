// v9 (the stored Today sort key): a v7 database with an agency's plan opens with every record as
// it was plus each task's case end date and, on pending live tasks only, its Today key; the
// index answers, the first page read through it equals the whole order's first rows, and a
// second run of the upgrade changes nothing. The test assumes nothing about v8 (another
// branch's encrypted summary snapshot).
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { rankTasks } from '../../../renderer/db/migrations/v9';
import { listTodayFirstPage } from '../../../renderer/db/repositories/today-first-page';
import { listTodayOrder } from '../../../renderer/db/repositories/today-order';
import { todayRankOf } from '../../../shared/domain/reminders/today-rank';
import type { Task } from '../../../shared/domain/types';
import {
  expectSurvived,
  sampleAgencyTables,
  schemasBefore,
  upgradeFrom,
} from './migration-harness';

const TODAY = '2026-06-01';
const NOW = '2026-06-01T02:00:00.000Z';
// What a v7 build declared: v9's upgrade must not depend on v8 having run before it.
const OLDER = schemasBefore(8);

/** What a v7 build left: the sample agency and its plan, some tasks done, one removed. */
function v7Fixture() {
  const tables = sampleAgencyTables({ clients: 60, seed: 9, today: TODAY, now: NOW });
  const tasks: Task[] = tables.tasks.map((t, i) =>
    i % 7 === 1
      ? { ...t, status: 'done' }
      : i % 11 === 2
        ? { ...t, deletedAt: NOW }
        : i % 13 === 3
          ? { ...t, kind: 'callback', tier: 'callback', dueAt: '2026-06-01T01:00:00.000Z' }
          : t,
  );
  return { ...tables, tasks };
}

describe('v9 migration: the stored Today sort key', () => {
  it('keeps every record, stamps each task with its case end and ranks the pending ones', async () => {
    const fixture = v7Fixture();
    const { db } = await upgradeFrom(OLDER, fixture);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.verno).toBeGreaterThanOrEqual(9);
    await expectSurvived(db, fixture, (_table, before, after) => expect(after).toEqual(before));
    const endOf = new Map(fixture.cases.map((c) => [c.id, c.endDate]));
    const stored = await db.tasks.toArray();
    expect(stored.length).toBe(fixture.tasks.length);
    let ranked = 0;
    for (const t of stored) {
      expect(t.caseEnd).toBe(endOf.get(t.caseId));
      const want = t.status === 'pending' && !t.deletedAt;
      expect(t.todayRank).toEqual(want ? todayRankOf(t) : undefined);
      if (want) ranked++;
    }
    expect(ranked).toBeGreaterThan(20);
    expect(stored.some((t) => t.todayRank?.[0] === 'c')).toBe(true);
    expect(stored.some((t) => t.status === 'done')).toBe(true);
    // The index holds exactly the ranked rows.
    expect(await db.tasks.where('todayRank').above(['']).count()).toBe(ranked);
  });

  it('the first page through the new index is the whole order’s first rows', async () => {
    const { db } = await upgradeFrom(OLDER, v7Fixture());
    const args = { today: TODAY, now: NOW };
    const whole = (await listTodayOrder(db, args)).ids;
    expect(whole.length).toBeGreaterThan(5);
    for (const limit of [1, 3, 5]) {
      const page = await listTodayFirstPage(db, { ...args, limit });
      expect(page.ids).toEqual(whole.slice(0, page.complete ? undefined : limit));
    }
    expect(await listTodayFirstPage(db, { ...args, limit: 10_000 })).toEqual({
      ids: whole,
      complete: true,
    });
  });

  it('running the upgrade again changes nothing', async () => {
    const { db } = await upgradeFrom(OLDER, v7Fixture());
    const before = await db.tasks.toArray();
    await db.transaction('rw', [db.cases, db.tasks], (tx) => rankTasks(tx));
    expect(await db.tasks.toArray()).toEqual(before);
  });
});
