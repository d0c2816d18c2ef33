// Facts, not scans (issue 12 point 1) on a real Dexie schema (fake-indexeddb): the transaction
// that closes a case writes its fact (an outcome, the plan's lapse, the plan's win-back by a
// later policy), an aborted one writes none, an undo takes it back, and the fact counts a
// policy the way the figures' definitions do (a renewal 31 days late is a lapse).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { listTodayTasks } from '../../../renderer/db/repositories/plan-queries';
import { recordFeedback } from '../../../renderer/db/repositories/feedback-repository';
import { logOutcome, undoOutcome } from '../../../renderer/db/repositories/task-repository';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import type { OutcomeInput } from '../../../shared/domain/reminders/outcomes';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';

const TODAY = '2026-06-05';
const NOW = '2026-06-05T02:00:00.000Z';
const END = '2026-06-20';
const CASE_ID = `v1:${END}`;

let n = 0;
async function seeded(): Promise<AppDb> {
  const db = new AppDb(`case-facts-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await db.clients.put(client('c1', { name: '张伟' }));
  await db.vehicles.put(vehicle('v1', 'c1'));
  await db.policies.bulkPut([
    policy('p1', 'v1', END, 'compulsory', { premium: 950, insurer: '人保' }),
    policy('p2', 'v1', END, 'commercial', { premium: 3100.5, insurer: '人保' }),
  ]);
  await db.staff.bulkPut([staff('s1', '张三')]);
  await recomputePlan(db, { today: TODAY, now: '2026-06-05T01:00:00.000Z', actor: 'system' });
  return db;
}

async function dueTask(db: AppDb) {
  const [row] = await listTodayTasks(db, { today: TODAY, now: NOW });
  expect(row).toBeDefined();
  return row!.task;
}

function log(db: AppDb, taskId: string, input: OutcomeInput, now = NOW) {
  return logOutcome(db, taskId, input, { actor: 's1', channel: 'call', now, today: TODAY });
}

describe('case facts', () => {
  it('an outcome that closes the case writes its fact in the same transaction', async () => {
    const db = await seeded();
    const task = await dueTask(db);
    await log(db, task.id, { outcome: 'no_answer' }, '2026-06-04T03:00:00.000Z');
    expect(await db.caseFacts.count()).toBe(0);
    await recordFeedback(
      db,
      {
        kind: 'complaint',
        channel: 'call',
        severity: 'low',
        text: '报价太慢',
        clientId: 'c1',
        caseId: CASE_ID,
        policyId: null,
        aboutStaffId: null,
        handlerId: 's1',
      },
      's1',
    );
    await log(db, task.id, { outcome: 'renewed', insurer: '平安', premium: 4200 });
    const fact = await db.caseFacts.get(CASE_ID);
    expect(fact).toMatchObject({
      id: CASE_ID,
      month: '2026-06',
      state: 'renewed',
      closedBy: 'outcome',
      closedAt: NOW,
      assigneeId: 's1',
      kind: 'both',
      insurer: '人保',
      expiringPremium: 4050.5,
      renewedPremium: 4200,
      renewedInsurer: '平安',
      lostReason: null,
      attempts: 2,
      channels: ['call'],
      // First attempt on 06-04 (China date), the case ends 06-20.
      firstContactDaysBefore: 16,
    });
    expect(fact?.firstTier).toBe(task.tier);
    expect(fact?.complaintIds).toHaveLength(1);
    expect(fact?.lines.map((l) => [l.policyId, l.kind, l.status, l.month, l.premium])).toEqual([
      ['p1', 'compulsory', 'renewed', '2026-06', 950],
      ['p2', 'commercial', 'renewed', '2026-06', 3100.5],
    ]);
    // No personal data: neither the customer's name nor the complaint's words.
    expect(JSON.stringify(fact)).not.toMatch(/张伟|报价太慢|c1/);
    db.close();
  });

  it('no fact when the closing transaction aborts, and none without its case', async () => {
    const db = await seeded();
    const task = await dueTask(db);
    // The audit write fails after the case and its fact were put: everything rolls back.
    const fail = () => {
      throw new Error('disk full');
    };
    db.auditEvents.hook('creating', fail);
    await expect(log(db, task.id, { outcome: 'lost', reason: '价格' })).rejects.toThrow();
    db.auditEvents.hook('creating').unsubscribe(fail);
    expect(await db.caseFacts.count()).toBe(0);
    expect((await db.cases.get(CASE_ID))?.state).toBe('open');
    // And the other way: a fact that cannot be written keeps the case open.
    db.caseFacts.hook('creating', fail);
    await expect(log(db, task.id, { outcome: 'lost', reason: '价格' })).rejects.toThrow();
    db.caseFacts.hook('creating').unsubscribe(fail);
    expect((await db.cases.get(CASE_ID))?.state).toBe('open');
    db.close();
  });

  it('undoing the closing outcome takes the fact back', async () => {
    const db = await seeded();
    const task = await dueTask(db);
    const logged = await log(db, task.id, { outcome: 'lost', reason: '价格' });
    expect(await db.caseFacts.get(CASE_ID)).toMatchObject({ state: 'lost', lostReason: '价格' });
    await undoOutcome(db, logged.undo, 's1', '2026-06-05T02:00:10.000Z');
    expect(await db.caseFacts.get(CASE_ID)).toBeUndefined();
    db.close();
  });

  it('the plan closing a case as lapsed writes a lapsed fact', async () => {
    const db = await seeded();
    // 31 days after the end: past the lapse window (settings.lapsedDaysAfter = 30).
    await recomputePlan(db, { today: '2026-07-21', now: '2026-07-21T01:00:00.000Z' });
    expect((await db.cases.get(CASE_ID))?.state).toBe('lapsed');
    const fact = await db.caseFacts.get(CASE_ID);
    expect(fact).toMatchObject({ state: 'lapsed', closedBy: 'lapse', attempts: 0 });
    expect(fact?.firstTier).toBeNull();
    expect(fact?.firstContactDaysBefore).toBeNull();
    expect(fact?.lines.map((l) => l.status)).toEqual(['lapsed', 'lapsed']);
    db.close();
  });

  it('lost, then renewed by a later policy: the fact is rewritten as renewed', async () => {
    const db = await seeded();
    const task = await dueTask(db);
    await log(db, task.id, { outcome: 'lost', reason: '价格' });
    expect(await db.caseFacts.get(CASE_ID)).toMatchObject({ state: 'lost' });
    // Next year's commercial policy from another insurer, starting the day after the end.
    await db.policies.put(
      policy('p3', 'v1', '2027-06-20', 'commercial', {
        startDate: '2026-06-21',
        premium: 3300,
        insurer: '平安',
      }),
    );
    await recomputePlan(db, { today: '2026-06-22', now: '2026-06-22T01:00:00.000Z' });
    const fact = await db.caseFacts.get(CASE_ID);
    expect(fact).toMatchObject({
      state: 'renewed',
      closedBy: 'policy',
      renewedInsurer: '平安',
      renewedPremium: 3300,
      // The person's reason no longer counts: the customer came back.
      lostReason: null,
    });
    // The figures count each policy: the commercial renewed. The compulsory, which no later
    // policy renews, stays lost (the loss logged on its case, not lapsed): the definitions'
    // "lost and not renewed afterwards", as `cli kpi` counts it (kpi-inputs.ts outcomeOf).
    expect(fact?.lines.map((l) => [l.kind, l.status])).toEqual([
      ['compulsory', 'lost'],
      ['commercial', 'renewed'],
    ]);
    db.close();
  });

  it('a renewal 31 days late: the plan closes the case, the fact counts it lapsed', async () => {
    const db = await seeded();
    await db.policies.put(
      policy('p3', 'v1', '2027-07-21', 'compulsory', { startDate: '2026-07-21', premium: 990 }),
    );
    await recomputePlan(db, { today: '2026-07-22', now: '2026-07-22T01:00:00.000Z' });
    const fact = await db.caseFacts.get(CASE_ID);
    expect(fact?.state).toBe('renewed');
    expect(fact?.lines.map((l) => [l.kind, l.status, l.renewedBy])).toEqual([
      ['compulsory', 'lapsed', null],
      ['commercial', 'lapsed', null],
    ]);
    db.close();
  });
});
