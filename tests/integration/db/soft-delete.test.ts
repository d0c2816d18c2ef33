// Removals are soft deletes (deletedAt) that every read ignores, a later load or import revives
// the same rows without clashing with a unique index, and opening the app purges rows deleted
// more than 30 days ago.
import { describe, expect, it } from 'vitest';
import { openClients } from '../../../renderer/db/repositories/client-crypto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import { AppDb } from '../../../renderer/db/app-db';
import { openAppDb } from '../../../renderer/db/open-db';
import {
  getCase,
  listCases,
  listCasesForVehicle,
  reassign,
} from '../../../renderer/db/repositories/case-repository';
import { listTaskViews, listTodayTasks } from '../../../renderer/db/repositories/plan-queries';
import {
  hasSampleData,
  loadSampleData,
  removeSampleData,
} from '../../../renderer/db/repositories/sample-data-repository';
import { listStaff } from '../../../renderer/db/repositories/staff-repository';
import { getTask, logOutcome } from '../../../renderer/db/repositories/task-repository';
import { listTaskViewsByIds, listTodayOrder } from '../../../renderer/db/repositories/today-order';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { taskIdFor } from '../../../shared/domain/reminders/record-ids';
import { freshDb, makeClient } from './fixtures';

const TODAY = '2026-11-26';
const NOW = '2026-11-26T02:00:00.000Z';
const args = { today: TODAY, now: NOW };

async function plannedSample() {
  const db = freshDb();
  await loadSampleData(db, { today: TODAY, clients: 30 });
  await recomputePlan(db, args);
  const tasks = await db.tasks.toArray();
  const due = tasks.find((t) => t.status === 'pending' && t.dueDate <= TODAY);
  if (!due) throw new Error('no due task in the sample plan');
  return { db, tasks, cases: await db.cases.toArray(), due };
}

describe('soft deletes', () => {
  it('removed sample data is invisible to every read and to the plan', async () => {
    const { db, cases, due } = await plannedSample();
    expect((await listTodayTasks(db, args)).length).toBeGreaterThan(0);
    const staffId = (await listStaff(db))[0]!.id;
    await removeSampleData(db, 't');
    // Every row stays, marked.
    expect(await db.tasks.filter((t) => !t.deletedAt).count()).toBe(0);
    expect(await db.cases.filter((c) => !c.deletedAt).count()).toBe(0);
    expect(await db.cases.count()).toBe(cases.length);
    // ...and no read sees them.
    expect(await hasSampleData(db)).toBe(false);
    expect(await listTodayTasks(db, args)).toEqual([]);
    expect(await listTaskViews(db, { ...args })).toEqual([]);
    expect(await listTodayOrder(db, args, { rangeReadFrom: 0 })).toEqual({ ids: [] });
    expect(await listTaskViewsByIds(db, [due.id], args)).toEqual([]);
    expect(await getTask(db, due.id)).toBeUndefined();
    expect(await getCase(db, due.caseId)).toBeUndefined();
    expect(await listCases(db)).toEqual([]);
    expect(await listCasesForVehicle(db, cases[0]!.vehicleId)).toEqual([]);
    expect(await listStaff(db)).toEqual([]);
    await expect(
      logOutcome(db, due.id, { outcome: 'no_answer' }, { actor: 't', channel: 'call', ...args }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(reassign(db, [due.caseId], staffId, 't', NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
    // The plan finds nothing to do and writes nothing.
    const after = await recomputePlan(db, args);
    expect(after.stats).toMatchObject({ casesCreated: 0, tasksCreated: 0, tasksCancelled: 0 });
    expect(after.plan.items).toEqual([]);
    db.close();
  });

  it('loading the sample again revives the same cases and tasks under the same ids', async () => {
    const { db, tasks, cases } = await plannedSample();
    await removeSampleData(db, 't');
    await loadSampleData(db, { today: TODAY, clients: 30 });
    const again = await recomputePlan(db, args);
    expect(again.stats.casesCreated).toBe(cases.length);
    const live = await db.tasks.filter((t) => !t.deletedAt).toArray();
    const pendingBefore = tasks.filter((t) => t.status === 'pending');
    expect(live.map((t) => t.id).sort()).toEqual(pendingBefore.map((t) => t.id).sort());
    for (const t of live) expect(t.id).toBe(taskIdFor(t.key));
    expect((await db.cases.filter((c) => !c.deletedAt).toArray()).map((c) => c.id).sort()).toEqual(
      cases.map((c) => c.id).sort(),
    );
    db.close();
  });

  it('opening the app purges rows deleted more than 30 days ago (workers leave it)', async () => {
    const name = `purge-${uuidv7()}`;
    const dexieOptions = { indexedDB, IDBKeyRange };
    const seed = new AppDb(name, dexieOptions);
    const old = makeClient({ name: '旧', deletedAt: '2020-01-01T00:00:00.000Z' });
    const recent = makeClient({ name: '近', deletedAt: new Date().toISOString() });
    const alive = makeClient({ name: '在' });
    await seed.clients.bulkAdd([old, recent, alive]);
    seed.close();
    const worker = await openAppDb({ name, dexieOptions, purge: false });
    if (!worker.ok) throw new Error(worker.error.detail);
    expect(await worker.db.clients.count()).toBe(3);
    worker.db.close();
    const window = await openAppDb({ name, dexieOptions });
    if (!window.ok) throw new Error(window.error.detail);
    expect(
      (await openClients(await window.db.clients.toArray())).map((c) => c.name).sort(),
    ).toEqual([recent.name, alive.name].sort());
    window.db.close();
  });
});
