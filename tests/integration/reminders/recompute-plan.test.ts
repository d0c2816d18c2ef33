// The plan service, outcomes, reassignment and the Today view on a real Dexie schema
// (fake-indexeddb).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import type { TextRef } from '../../../shared/i18n/text-ref';
import { AppDb } from '../../../renderer/db/app-db';
import { reassign } from '../../../renderer/db/repositories/case-repository';
import { listTaskViews, listTodayTasks } from '../../../renderer/db/repositories/plan-queries';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import {
  editScript,
  listCurrentScripts,
  restoreScript,
  scriptHistory,
} from '../../../renderer/db/repositories/script-repository';
import { logOutcome } from '../../../renderer/db/repositories/task-repository';
import { updateSettings } from '../../../renderer/db/repositories/settings-repository';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';

const zh = createTranslator('zh-CN');

let n = 0;
async function seeded(): Promise<AppDb> {
  const db = new AppDb(`reminders-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await db.clients.bulkPut([
    client('c1', { name: '张伟', lastVerifiedOn: '2026-01-10' }),
    client('c2', { name: '王芳', lastVerifiedOn: '2026-01-10' }),
  ]);
  await db.vehicles.bulkPut([vehicle('v1', 'c1'), vehicle('v2', 'c2')]);
  await db.policies.bulkPut([
    policy('p1', 'v1', '2026-06-20', 'compulsory', { premium: 900 }),
    policy('p2', 'v1', '2026-06-22', 'commercial', { premium: 3100, staffName: '李娜' }),
    policy('p3', 'v2', '2026-06-08', 'compulsory', { insuredId: 'c2', premium: 800 }),
  ]);
  await db.staff.bulkPut([staff('s1', '张三'), staff('s2', '李娜')]);
  return db;
}

const opts = { today: '2026-06-05', now: '2026-06-05T01:00:00.000Z', actor: 'system' };

describe('recomputePlan on IndexedDB', () => {
  it('creates cases and tasks once, seeds scripts, audits, and is idempotent', async () => {
    const db = await seeded();
    const first = await recomputePlan(db, opts);
    expect(first.stats).toMatchObject({ casesCreated: 2, scriptsSeeded: 28 });
    expect(await db.cases.count()).toBe(2);
    const taskCount = await db.tasks.count();
    expect(taskCount).toBeGreaterThan(4);
    expect(first.plan.items[0]).toMatchObject({
      id: 'digest:2026-06-05',
      body: expect.stringContaining('今天有 2 个续保电话'),
    });
    expect(first.plan.dueCount).toBe(2);
    const second = await recomputePlan(db, opts);
    expect(second.stats).toMatchObject({
      casesCreated: 0,
      tasksCreated: 0,
      tasksCancelled: 0,
      scriptsSeeded: 0,
    });
    expect(await db.tasks.count()).toBe(taskCount);
    // Only the run that changed something is audited (the second changed nothing).
    expect(await db.auditEvents.where('entity').equals('plan').count()).toBe(1);
    const kase = await db.cases.get('v1:2026-06-20');
    expect(kase).toMatchObject({ assigneeId: 's2', updatedBy: 'system' });
    expect(createTranslator('zh-CN').text(kase?.assignReason as TextRef)).toContain(
      '导入名单中的业务员 李娜',
    );
  });

  it('a current staff member who is gone: the digest counts everyone, not nobody', async () => {
    const db = await seeded();
    await updateSettings(db, { currentStaffId: 'gone' }, 'test');
    const result = await recomputePlan(db, opts);
    expect(result.plan.dueCount).toBe(2);
    expect(result.plan.items[0]?.body).toContain('今天有 2 个续保电话');
  });

  it('Today view in priority order with reasons; outcomes survive recomputes', async () => {
    const db = await seeded();
    await recomputePlan(db, opts);
    const today = await listTodayTasks(db, { today: opts.today, now: opts.now });
    expect(today.map((v) => v.task.tier)).toEqual(['urgent', 'd15']); // v2 ends 06-08: urgent
    expect(today[1] && zh.text(today[1].reason)).toBe('到期前15天 · 剩余 15 天 · 保费 4000 元');
    const target = today[1]!.task;
    await logOutcome(
      db,
      target.id,
      { outcome: 'no_answer' },
      {
        actor: 's2',
        channel: 'call',
        now: opts.now,
        today: opts.today,
        scriptId: 'default:d15:call',
        scriptVersion: 1,
      },
    );
    await recomputePlan(db, opts);
    const after = await db.tasks.get(target.id);
    expect(after).toMatchObject({ status: 'pending', dueDate: '2026-06-08' });
    expect(after?.attempts).toEqual([
      expect.objectContaining({ outcome: 'no_answer', scriptVersion: 1, byStaffId: 's2' }),
    ]);
    const views = await listTaskViews(db, {
      today: '2026-06-08',
      now: '2026-06-08T02:00:00.000Z',
      assigneeId: 's2',
      dueOnly: true,
    });
    const seen = views.find((v) => v.task.id === target.id);
    expect(seen && zh.text(seen.reason)).toContain('上次：未接通');
    expect(await db.auditEvents.where('entityId').equals(target.id).count()).toBe(1);
  });

  it('notification text names no customer unless the owner turns names on', async () => {
    const db = await seeded();
    await recomputePlan(db, opts);
    const [first] = await listTodayTasks(db, { today: opts.today, now: opts.now });
    const logCallback = () =>
      logOutcome(
        db,
        first!.task.id,
        { outcome: 'callback', at: '2026-06-05T06:30:00.000Z' },
        { actor: 's2', channel: 'call', now: opts.now, today: opts.today },
      );
    await logCallback();
    const plate = (await db.vehicles.get('v2'))!.plate;
    const itemText = (plan: { items: { title: string; body: string }[] }) =>
      JSON.stringify(plan.items.map((i) => [i.title, i.body]));

    // Default: the whole plan (what main shows and writes to reminder-plan.json) is generic.
    const generic = (await recomputePlan(db, opts)).plan;
    const callback = generic.items.find((i) => i.kind === 'callback');
    expect(callback?.body).toBe('客户约定的回电时间到了，请现在联系。');
    for (const name of ['张伟', '王芳', plate]) expect(itemText(generic)).not.toContain(name);

    await updateSettings(db, { notificationsShowNames: true }, 'owner');
    const named = (await recomputePlan(db, opts)).plan;
    expect(named.items.find((i) => i.kind === 'callback')?.body).toBe(
      `王芳 ${plate} 约定的回电时间到了，请现在联系。`,
    );
  });

  it('renewed outcome closes the case and cancels its pending tasks; recompute keeps it closed', async () => {
    const db = await seeded();
    await recomputePlan(db, opts);
    const task = (await db.tasks.where('caseId').equals('v1:2026-06-20').toArray()).find(
      (t) => t.tier === 'd15',
    )!;
    await logOutcome(
      db,
      task.id,
      { outcome: 'renewed', insurer: '平安', premium: 3900 },
      { actor: 's2', channel: 'call', now: opts.now, today: opts.today },
    );
    await recomputePlan(db, { ...opts, today: '2026-06-10', now: '2026-06-10T01:00:00.000Z' });
    const tasks = await db.tasks.where('caseId').equals('v1:2026-06-20').toArray();
    expect(tasks.filter((t) => t.status === 'pending')).toEqual([]);
    expect((await db.cases.get('v1:2026-06-20'))?.state).toBe('renewed');
  });

  it('a manager reassigns; pending tasks follow; an audit event per case', async () => {
    const db = await seeded();
    await recomputePlan(db, opts);
    await reassign(db, ['v1:2026-06-20', 'v2:2026-06-08'], 's1', 'manager', opts.now);
    const pending = await db.tasks.where('status').equals('pending').toArray();
    expect(pending.every((t) => t.assigneeId === 's1')).toBe(true);
    const events = await db.auditEvents.where('entity').equals('case').toArray();
    expect(events.filter((e) => e.action === 'reassign' && e.actor === 'manager')).toHaveLength(2);
    await recomputePlan(db, opts);
    expect((await db.cases.get('v1:2026-06-20'))?.assigneeId).toBe('s1');
  });

  it('scripts: edit and restore add versions with who and when', async () => {
    const db = await seeded();
    await recomputePlan(db, opts);
    const d30 = (await listCurrentScripts(db)).find(
      (s) => s.tier === 'd30' && s.channel === 'sms',
    )!;
    await editScript(
      db,
      d30.templateId,
      { body: '改过的 {车牌} 拒收请回复R' },
      's1',
      '2026-06-05T02:00:00.000Z',
    );
    await restoreScript(db, d30.templateId, 1, 's2', '2026-06-05T03:00:00.000Z');
    const history = await scriptHistory(db, d30.templateId);
    expect(history.map((s) => [s.version, s.current, s.updatedBy])).toEqual([
      [3, true, 's2'],
      [2, false, 's2'],
      [1, false, 's1'],
    ]);
    expect(history[0]?.body).toBe(d30.body);
  });
});
