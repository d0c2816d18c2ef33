// Reassigning and rebalancing on a real Dexie schema (fake-indexeddb), then undoing: every case
// and pending task gets back exactly the assignee (and the case its reason) it had, audited,
// and the plan recomputed afterwards keeps them; a case moved again since refuses the undo.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { planRebalance } from '../../../shared/domain/reminders/rebalance';
import { AppDb } from '../../../renderer/db/app-db';
import {
  moveCases,
  ReassignUndoConflictError,
  undoReassign,
} from '../../../renderer/db/repositories/case-assignment';
import { reassign } from '../../../renderer/db/repositories/case-repository';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';

const TODAY = '2026-06-05';
const NOW = '2026-06-05T02:00:00.000Z';
const LATER = '2026-06-05T02:00:05.000Z';

let n = 0;
/** Six customers expiring in the coming week, 张三 with room for 4 and 李娜 for 2 a day. */
async function seeded(): Promise<AppDb> {
  const db = new AppDb(`reassign-undo-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  for (let i = 1; i <= 6; i++) {
    await db.clients.put(client(`c${i}`, { lastVerifiedOn: '2026-05-01' }));
    await db.vehicles.put(vehicle(`v${i}`, `c${i}`));
    await db.policies.put(policy(`p${i}`, `v${i}`, `2026-06-${String(6 + i).padStart(2, '0')}`));
  }
  await db.staff.bulkPut([staff('s1', '张三', 4), staff('s2', '李娜', 2), staff('s3', '王五', 9)]);
  // 王五 joins after the plan ran: he holds nothing yet.
  await db.staff.update('s3', { active: false });
  await recomputePlan(db, { today: TODAY, now: '2026-06-05T01:00:00.000Z', actor: 'system' });
  await db.staff.update('s3', { active: true });
  return db;
}

/** Who holds what: each case's assignee and reason, each pending task's assignee. */
async function owners(db: AppDb) {
  const cases = (await db.cases.toArray())
    .map((c) => [c.id, c.assigneeId ?? null, JSON.stringify(c.assignReason ?? null)])
    .sort();
  const tasks = (await db.tasks.toArray())
    .filter((t) => t.status === 'pending')
    .map((t) => [t.id, t.assigneeId ?? null])
    .sort();
  return { cases, tasks };
}

describe('undo of a reassign', () => {
  it('a single and a bulk reassign each undo to exactly the previous assignees', async () => {
    const db = await seeded();
    const before = await owners(db);
    const held = before.cases.filter((c) => c[1] === 's1').map((c) => String(c[0]));
    expect(held.length).toBeGreaterThan(1);
    // Owners differ before: a bulk move to one person changes several of them.
    const all = before.cases.map((c) => String(c[0]));
    expect(new Set(before.cases.map((c) => c[1])).size).toBeGreaterThan(1);

    const single = await reassign(db, [held[0]!], 's3', 'manager', NOW);
    expect((await db.cases.get(held[0]!))?.assigneeId).toBe('s3');
    await undoReassign(db, single.undo, 'manager', LATER);
    expect(await owners(db)).toEqual(before);

    const bulk = await reassign(db, all, 's3', 'manager', NOW);
    const moved = await owners(db);
    expect(moved.tasks.every((t) => t[1] === 's3')).toBe(true);
    await undoReassign(db, bulk.undo, 'manager', LATER);
    expect(await owners(db)).toEqual(before);
    // Audited like the reassign: one event per case, saying from whom back to whom.
    const undone = await db.auditEvents.where('action').equals('undo:reassign').toArray();
    expect(undone).toHaveLength(1 + all.length);
    expect(undone[0]).toMatchObject({ actor: 'manager', entity: 'case', detail: 's3 → s1' });
    // The plan, run again, keeps the owners the undo gave back.
    await recomputePlan(db, { today: TODAY, now: LATER, actor: 'system' });
    expect((await owners(db)).cases.map((c) => c[1])).toEqual(before.cases.map((c) => c[1]));
    db.close();
  });

  it('is refused, with nothing written, when a case changed hands again since', async () => {
    const db = await seeded();
    const [first] = (await db.cases.toArray()).map((c) => c.id);
    const moved = await reassign(db, [first!], 's3', 'manager', NOW);
    await reassign(db, [first!], 's2', 'manager', NOW);
    const later = await owners(db);
    await expect(undoReassign(db, moved.undo, 'manager', LATER)).rejects.toBeInstanceOf(
      ReassignUndoConflictError,
    );
    expect(await owners(db)).toEqual(later);
    db.close();
  });
});

describe('rebalance', () => {
  it('moves the excess to the least-loaded person, audited, and undoes', async () => {
    const db = await seeded();
    const before = await owners(db);
    // 张三's capacity drops to 1: what he holds over it (nobody called yet) goes to 王五.
    await db.staff.update('s1', { dailyCapacity: 1 });
    const cases = await db.cases.toArray();
    const tasks = await db.tasks.where('status').equals('pending').toArray();
    const loaded = cases.map((c) => ({
      caseId: c.id,
      assigneeId: c.assigneeId ?? null,
      urgent: false,
      daysToExpiry: 0,
      premium: 0,
      started: false,
      dueTasks: tasks.filter((t) => t.caseId === c.id).length,
    }));
    const moves = planRebalance(loaded, await db.staff.toArray());
    const held = before.cases.filter((c) => c[1] === 's1').length;
    expect(moves).toHaveLength(held - 1);
    expect(new Set(moves.map((m) => m.to))).toEqual(new Set(['s3']));
    const done = await moveCases(
      db,
      moves.map((m) => ({ caseId: m.caseId, staffId: m.to, reason: m.reason })),
      'manager',
      'rebalance',
      NOW,
    );
    expect((await db.cases.where('assigneeId').equals('s1').count()) || 0).toBe(1);
    const audited = await db.auditEvents.where('action').equals('rebalance').toArray();
    expect(audited.map((e) => e.entityId).sort()).toEqual(moves.map((m) => m.caseId).sort());
    for (const m of moves) {
      const pending = tasks.filter((t) => t.caseId === m.caseId);
      for (const t of pending) expect((await db.tasks.get(t.id))?.assigneeId).toBe('s3');
    }
    await undoReassign(db, done.undo, 'manager', LATER);
    expect(await owners(db)).toEqual(before);
    db.close();
  });
});
