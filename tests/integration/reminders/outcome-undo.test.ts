// Undoing an outcome on a real Dexie schema (fake-indexeddb): the task, the tasks cancelled or
// completed with it, the case, the customer and the follow-up come back exactly as they were;
// a record changed since refuses the undo and nothing moves. Also the "done today" count and
// the customer's timeline read from the same writes.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OutcomeInput } from '../../../shared/domain/reminders/outcomes';
import { AppDb } from '../../../renderer/db/app-db';
import { listWorkedToday } from '../../../renderer/db/repositories/call-progress';
import { reassign } from '../../../renderer/db/repositories/case-repository';
import { getClientActivity } from '../../../renderer/db/repositories/client-timeline';
import { listTodayTasks } from '../../../renderer/db/repositories/plan-queries';
import { listTodayOrder } from '../../../renderer/db/repositories/today-order';
import {
  logOutcome,
  undoOutcome,
  UndoConflictError,
} from '../../../renderer/db/repositories/task-repository';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';

const TODAY = '2026-06-05';
const NOW = '2026-06-05T02:00:00.000Z';
const LATER = '2026-06-05T02:00:05.000Z';

let n = 0;
async function seeded(): Promise<AppDb> {
  const db = new AppDb(`outcome-undo-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  // Last verified long ago: a verify task is due and rides along with the call.
  await db.clients.put(client('c1', { name: '张伟', lastVerifiedOn: '2025-01-10' }));
  await db.vehicles.put(vehicle('v1', 'c1', { plate: '京A12345' }));
  await db.policies.bulkPut([
    policy('p1', 'v1', '2026-06-08', 'compulsory', { premium: 900, importBatchId: 'b1' }),
    policy('p2', 'v1', '2026-06-08', 'commercial', { premium: 3100 }),
  ]);
  await db.importBatches.put({
    id: 'b1',
    createdAt: '2026-06-01T07:00:00.000Z',
    updatedAt: '2026-06-01T07:00:00.000Z',
    updatedBy: 'import',
    fileName: '人保清单.xlsx',
    contentHash: 'h',
    sheet: 'Sheet1',
    counts: { rows: 1, new: 1, updated: 0, unchanged: 0, renewed: 0, ownerChanged: 0, skipped: 0 },
    undone: false,
  });
  await db.staff.bulkPut([staff('s1', '张三'), staff('s2', '李娜')]);
  await recomputePlan(db, { today: TODAY, now: '2026-06-05T01:00:00.000Z', actor: 'system' });
  return db;
}

async function snapshot(db: AppDb) {
  const byId = <T extends { id: string }>(rows: T[]) =>
    rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    tasks: byId(await db.tasks.toArray()),
    cases: byId(await db.cases.toArray()),
    clients: byId(await db.clients.toArray()),
  };
}

async function dueCall(db: AppDb) {
  const [row] = await listTodayTasks(db, { today: TODAY, now: NOW });
  expect(row?.verifyAlong).toBe(true);
  return row!.task;
}

function log(db: AppDb, taskId: string, input: OutcomeInput, note = '') {
  return logOutcome(db, taskId, input, {
    actor: 's1',
    channel: 'call',
    now: NOW,
    today: TODAY,
    note,
  });
}

describe('undoOutcome', () => {
  it('a quote: task, verify task, case, customer and follow-up come back exactly', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const task = await dueCall(db);
    const logged = await log(db, task.id, { outcome: 'quoted', amount: 3600 }, '想比一下平安');
    expect(logged.newTasks.map((t) => [t.tier, t.dueDate])).toEqual([['followup', '2026-06-09']]);
    expect(logged.verifiedTasks).toHaveLength(1);
    const after = await snapshot(db);
    expect(after.tasks.length).toBe(before.tasks.length + 1);
    expect(after.cases[0]).toMatchObject({ state: 'quoted', quotedPremium: 3600 });
    expect(after.clients[0]?.lastVerifiedOn).toBe(TODAY);

    await undoOutcome(db, logged.undo, 's1', LATER);
    expect(await snapshot(db)).toEqual(before);
    const undoEvents = await db.auditEvents.where('entityId').equals(task.id).toArray();
    expect(undoEvents.map((e) => e.action)).toContain('undo:quoted');
  });

  it('renewed (other tasks cancelled) and do-not-contact (customer changed) undo exactly', async () => {
    for (const input of [
      { outcome: 'renewed', insurer: '平安', premium: 3900 },
      { outcome: 'do_not_contact' },
      { outcome: 'no_answer' },
      { outcome: 'callback', at: '2026-06-05T07:00:00.000Z' },
    ] as OutcomeInput[]) {
      const db = await seeded();
      const before = await snapshot(db);
      const logged = await log(db, (await dueCall(db)).id, input);
      expect(await snapshot(db)).not.toEqual(before);
      await undoOutcome(db, logged.undo, 's1', LATER);
      expect(await snapshot(db)).toEqual(before);
    }
  });

  it('is refused when a record changed since, and then changes nothing', async () => {
    const db = await seeded();
    const logged = await log(db, (await dueCall(db)).id, { outcome: 'quoted', amount: 3600 });
    await reassign(db, [logged.case.id], 's2', 's2', LATER);
    const changed = await snapshot(db);
    await expect(undoOutcome(db, logged.undo, 's1', LATER)).rejects.toBeInstanceOf(
      UndoConflictError,
    );
    expect(await snapshot(db)).toEqual(changed);
  });

  it('is refused once the follow-up it created has been worked', async () => {
    const db = await seeded();
    const logged = await log(db, (await dueCall(db)).id, { outcome: 'quoted', amount: 3600 });
    const followUp = logged.newTasks[0]!;
    await logOutcome(
      db,
      followUp.id,
      { outcome: 'no_answer' },
      {
        actor: 's1',
        channel: 'call',
        now: LATER,
        today: TODAY,
      },
    );
    await expect(undoOutcome(db, logged.undo, 's1', LATER)).rejects.toBeInstanceOf(
      UndoConflictError,
    );
    expect(await db.tasks.get(followUp.id)).toBeDefined();
  });
});

describe('done today and the customer timeline', () => {
  it('counts a worked task until its outcome is undone', async () => {
    const db = await seeded();
    const task = await dueCall(db);
    expect(await listWorkedToday(db, { today: TODAY })).toEqual(new Set());
    const logged = await log(db, task.id, { outcome: 'no_answer' });
    expect(await listWorkedToday(db, { today: TODAY })).toEqual(new Set([task.id]));
    expect(await listWorkedToday(db, { today: TODAY, staffId: 'nobody' })).toEqual(new Set());
    // Tomorrow it no longer counts.
    expect(await listWorkedToday(db, { today: '2026-06-06' })).toEqual(new Set());
    await undoOutcome(db, logged.undo, 's1', LATER);
    expect(await listWorkedToday(db, { today: TODAY })).toEqual(new Set());
  });

  it('shows the contact with its note and details, the import, the state and open tasks', async () => {
    const db = await seeded();
    const logged = await log(
      db,
      (await dueCall(db)).id,
      { outcome: 'quoted', amount: 3600 },
      '想比一下平安',
    );
    const activity = await getClientActivity(db, 'c1');
    const contacts = activity.timeline.filter((e) => e.kind === 'contact');
    // One entry for the call, though the verify task done along carries the same attempt.
    expect(contacts).toEqual([
      expect.objectContaining({
        tier: 'urgent',
        plate: '京A12345',
        attempt: expect.objectContaining({
          outcome: 'quoted',
          note: '想比一下平安',
          detail: { amount: 3600 },
        }),
      }),
    ]);
    expect(activity.timeline).toContainEqual(
      expect.objectContaining({ kind: 'import', fileName: '人保清单.xlsx', undone: false }),
    );
    expect(activity.timeline).toContainEqual(
      expect.objectContaining({ kind: 'change', entity: 'case', action: 'state:quoted' }),
    );
    expect(activity.openTasks.map((o) => o.task.tier)).toContain('followup');
    expect(activity.openTasks.every((o) => o.task.status === 'pending')).toBe(true);
    expect(activity.openTasks.map((o) => o.task.id)).not.toContain(logged.task.id);
  });
});

describe('one row per customer a day', () => {
  it('folds the verify task of the customer’s other car into the call and undoes it too', async () => {
    const db = await seeded();
    // A second car far from expiry, whose case has only a verify task due today.
    await db.vehicles.put(vehicle('v2', 'c1', { plate: '京B67890' }));
    await db.cases.put({
      id: 'case-b',
      createdAt: NOW,
      updatedAt: NOW,
      updatedBy: 'test',
      vehicleId: 'v2',
      clientId: 'c1',
      policyIds: [],
      endDate: '2026-10-30',
      state: 'open',
    });
    await db.tasks.put({
      id: 'verify-b',
      createdAt: NOW,
      updatedAt: NOW,
      updatedBy: 'test',
      caseId: 'case-b',
      kind: 'verify',
      tier: 'verify',
      key: 'case-b:verify:2026-06-05',
      dueDate: TODAY,
      status: 'pending',
      attempts: [],
    });
    const order = await listTodayOrder(db, { today: TODAY, now: NOW });
    expect(order.ids).not.toContain('verify-b');
    const views = await listTodayTasks(db, { today: TODAY, now: NOW });
    expect(views.map((v) => v.task.id)).toEqual(order.ids);
    expect(views).toHaveLength(1);
    expect(views[0]?.verifyAlong).toBe(true);

    const before = await snapshot(db);
    const logged = await log(db, views[0]!.task.id, { outcome: 'quoted', amount: 3600 });
    expect(logged.verifiedTasks.map((t) => t.id)).toContain('verify-b');
    expect((await db.tasks.get('verify-b'))?.status).toBe('done');
    await undoOutcome(db, logged.undo, 's1', LATER);
    expect(await snapshot(db)).toEqual(before);
  });
});
