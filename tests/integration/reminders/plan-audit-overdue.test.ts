// Two recompute-plan rules on a real Dexie schema (fake-indexeddb): the 'recompute' audit entry
// is written only by a run that changed something, and a task made after its tier date had
// already passed (fresh import) is not flagged overdue on its first day; the task keeps its
// key and id across recomputes. Also the English reason.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { listTaskViews } from '../../../renderer/db/repositories/plan-queries';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';
import { createTranslator } from '../../../shared/i18n';

let n = 0;
async function seeded(): Promise<AppDb> {
  const db = new AppDb(`plan-audit-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await db.clients.bulkPut([client('c1', { name: '张伟', lastVerifiedOn: '2026-01-10' })]);
  await db.vehicles.bulkPut([vehicle('v1', 'c1')]);
  // Ends 06-10: on 06-05 (import day) the d7 date (06-03) has already passed.
  await db.policies.bulkPut([policy('p1', 'v1', '2026-06-10', 'compulsory', { premium: 900 })]);
  await db.staff.bulkPut([staff('s1', '张三')]);
  return db;
}

const day = (d: string, time = '01:00:00') => ({ today: d, now: `${d}T${time}.000Z` });
const planEvents = (db: AppDb) => db.auditEvents.where('entity').equals('plan').count();

describe('recomputePlan audit entries', () => {
  it("writes 'recompute' only when the run changed something", async () => {
    const db = await seeded();
    await recomputePlan(db, day('2026-06-05'));
    expect(await planEvents(db)).toBe(1);
    const again = await recomputePlan(db, day('2026-06-05'));
    expect(again.stats).toMatchObject({ tasksCreated: 0, tasksCancelled: 0, casesCreated: 0 });
    await recomputePlan(db, day('2026-06-05', '03:00:00'));
    expect(await planEvents(db)).toBe(1);
    // A new car with a policy in reach: the next run changes the plan and is audited.
    await db.vehicles.put(vehicle('v2', 'c1'));
    await db.policies.put(policy('p2', 'v2', '2026-06-20', 'compulsory', { premium: 800 }));
    const changed = await recomputePlan(db, day('2026-06-05', '04:00:00'));
    expect(changed.stats.casesCreated).toBe(1);
    expect(await planEvents(db)).toBe(2);
  });
});

describe('overdue flag on a fresh import', () => {
  it('counts from when the task was made, keeps key and id, and says it in English too', async () => {
    const db = await seeded();
    await recomputePlan(db, day('2026-06-05'));
    const first = await db.tasks.where('caseId').equals('v1:2026-06-10').toArray();
    const late = first.filter((t) => t.status === 'pending' && t.dueDate < '2026-06-04');
    // Precondition: the import made at least one task whose date had passed (> 24 h ago).
    expect(late.length).toBeGreaterThan(0);
    const views = async (d: string, time: string) =>
      listTaskViews(db, { ...day(d, time), dueOnly: true });
    const onImportDay = await views('2026-06-05', '10:00:00');
    for (const t of late) {
      expect(onImportDay.find((v) => v.task.id === t.id)?.overdue).toBe(false);
    }
    // A recompute the next morning changes neither the key, the id nor when it was made.
    await recomputePlan(db, day('2026-06-06'));
    const after = await db.tasks.bulkGet(late.map((t) => t.id));
    expect(after.map((t) => [t?.key, t?.createdAt])).toEqual(late.map((t) => [t.key, t.createdAt]));
    expect(
      await db.tasks
        .where('key')
        .anyOf(late.map((t) => t.key))
        .count(),
    ).toBe(late.length);
    // More than 24 h after it became known and still pending: now it is overdue.
    const nextDay = await views('2026-06-06', '02:00:00');
    const flagged = nextDay.filter((v) => late.some((t) => t.id === v.task.id));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((v) => v.overdue)).toBe(true);
    const reason = flagged[0]?.reason;
    expect(reason && createTranslator('zh-CN').text(reason)).toContain('已逾期');
    expect(reason && createTranslator('en').text(reason)).toContain('overdue');
    expect(reason && createTranslator('en').text(reason)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('a write racing the recompute', () => {
  it('is never overwritten: the run starts again from a fresh snapshot', async () => {
    const db = await seeded();
    await recomputePlan(db, day('2026-06-05'));
    const [task] = await db.tasks.where('status').equals('pending').toArray();
    expect(task).toBeDefined();
    // The customer says "never call me": the next plan cancels the car's pending tasks ...
    await db.clients.update('c1', { doNotContact: true });
    const attempts: number[] = [];
    const result = await recomputePlan(db, {
      ...day('2026-06-05', '03:00:00'),
      // ... while, between its read and its write, someone logs an attempt on one of them.
      beforeWrite: async (attempt) => {
        attempts.push(attempt);
        if (attempt > 0) return;
        const t = (await db.tasks.get(task!.id))!;
        await db.tasks.put({
          ...t,
          updatedAt: '2026-06-05T02:30:00.000Z',
          attempts: [
            ...t.attempts,
            { at: '2026-06-05T02:30:00.000Z', outcome: 'no_answer', channel: 'call' },
          ],
        });
      },
    });
    expect(attempts).toEqual([0, 1]);
    expect(result.stats.tasksCancelled).toBeGreaterThan(0);
    const after = await db.tasks.get(task!.id);
    expect(after?.status).toBe('cancelled');
    expect(after?.attempts.map((a) => a.outcome)).toEqual(['no_answer']);
  });
});
