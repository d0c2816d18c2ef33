// The figures' reads of many cases' tasks and policies: past a threshold they read a range (or
// every task) and pick out, instead of one index jump per key; both ways give the same rows.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { policiesOfCases } from '../../../renderer/db/repositories/risk-queries';
import { tasksOfCases } from '../../../renderer/db/repositories/tasks-of-cases';
import { policy, renewalCase, task } from '../../unit/domain/reminders/fixtures';

async function seeded() {
  const db = new AppDb(`bulk-reads-${process.pid}`, { indexedDB, IDBKeyRange });
  const cases = Array.from({ length: 20 }, (_, i) => {
    const end = `2026-0${1 + (i % 9)}-1${i % 10}`;
    return renewalCase(`v${i}`, end, { policyIds: [`p${i}a`, `p${i}b`] });
  });
  await db.cases.bulkPut(cases);
  await db.policies.bulkPut(
    cases.flatMap((c, i) => [
      policy(`p${i}a`, c.vehicleId, c.endDate, 'compulsory'),
      // The commercial policy ends a few days after the case's (earliest) end date.
      policy(`p${i}b`, c.vehicleId, c.endDate.replace(/.$/, '9'), 'commercial'),
    ]),
  );
  await db.tasks.bulkPut(
    cases.flatMap((c, i) => [
      task(`t${i}a`, c.id, 'd30', '2026-01-01'),
      task(`t${i}b`, c.id, 'd7', '2026-01-02'),
    ]),
  );
  return { db, cases };
}

describe('reads of many cases', () => {
  it('tasks of cases: anyOf and the whole-table read pick the same tasks', async () => {
    const { db, cases } = await seeded();
    const some = cases.slice(3, 11).map((c) => c.id);
    const byKey = await tasksOfCases(db, some);
    const byTable = await tasksOfCases(db, some, 0);
    expect(byTable.map((t) => t.id).sort()).toEqual(byKey.map((t) => t.id).sort());
    expect(byKey).toHaveLength(16);
    db.close();
  });

  it('policies of cases: by key and by the end-date range give the same rows, in order', async () => {
    const { db, cases } = await seeded();
    const some = [...cases.slice(12, 18), cases[2]!];
    const byKey = await policiesOfCases(db, some);
    const byRange = await policiesOfCases(db, some, 0);
    expect(byRange.map((p) => p?.id)).toEqual(byKey.map((p) => p?.id));
    expect(byKey.every(Boolean)).toBe(true);
    db.close();
  });
});
