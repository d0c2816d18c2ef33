// The plan-sync service on IndexedDB: runs at start, settles (its own writes do not loop it),
// reruns after a write the plan depends on and when the China day changes, never overlaps.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReminderPlan } from '../../../shared/domain/reminders/reminder-plan-types';
import { AppDb } from '../../../renderer/db/app-db';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import { updateSettings } from '../../../renderer/db/repositories/settings-repository';
import { startPlanSync, type PlanSync } from '../../../renderer/services/reminders/plan-sync';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(10);
  }
}

let n = 0;
let sync: PlanSync | null = null;
afterEach(() => sync?.stop());

async function setup(clock: () => Date) {
  const db = new AppDb(`plan-sync-${n++}`);
  await db.open();
  await loadSampleData(db, { today: '2026-11-26', clients: 40 });
  const pushed: ReminderPlan[] = [];
  let active = 0;
  let maxActive = 0;
  sync = startPlanSync(db, {
    clock,
    debounceMs: 20,
    dayCheckMs: 20,
    syncPlan: async (plan) => {
      active++;
      maxActive = Math.max(maxActive, active);
      await sleep(5);
      pushed.push(plan);
      active--;
    },
  });
  return { db, pushed, sync, maxActive: () => maxActive };
}

describe('startPlanSync', () => {
  it('pushes a plan at start and then settles without looping on its own writes', async () => {
    const now = new Date('2026-11-26T02:00:00Z');
    const { db, pushed, sync } = await setup(() => now);
    await until(() => sync.status().runs >= 1 && !sync.status().running);
    expect(pushed[0]?.generatedAt).toBe(now.toISOString());
    expect(await db.tasks.count()).toBeGreaterThan(0);
    await sleep(300);
    const settled = sync.status().runs;
    // The tasks the first run wrote are the plan's output: they do not wake it again.
    expect(settled).toBeLessThanOrEqual(2);
    expect(settled).toBe(1);
    await sleep(300);
    expect(sync.status().runs).toBe(settled);
    // Running it again changes nothing.
    await sync.flush();
    expect(sync.status().last?.stats.tasksCreated).toBe(0);
  });

  it('reruns after a write the plan depends on, and when the China day changes', async () => {
    let now = new Date('2026-11-26T02:00:00Z');
    const { db, pushed, sync } = await setup(() => now);
    await until(() => sync.status().runs >= 1 && !sync.status().running);
    await sleep(200);
    const before = sync.status().runs;
    await updateSettings(db, { maxAttempts: 4 }, 'test');
    await until(() => sync.status().runs > before && !sync.status().running);
    await sleep(200);
    const afterWrite = sync.status().runs;
    now = new Date('2026-11-26T16:30:00Z'); // 00:30 on 11-27 in China
    await until(() => sync.status().runs > afterWrite && !sync.status().running);
    expect(pushed.at(-1)?.generatedAt).toBe(now.toISOString());
    expect(sync.status().lastError).toBeNull();
  });

  it('never runs two recomputes at once; concurrent requests collapse', async () => {
    const now = new Date('2026-11-26T02:00:00Z');
    const { sync, maxActive } = await setup(() => now);
    await until(() => sync.status().runs >= 1 && !sync.status().running);
    await sleep(200);
    const before = sync.status().runs;
    await Promise.all([sync.flush(), sync.flush(), sync.flush(), sync.flush()]);
    await sleep(200);
    const added = sync.status().runs - before;
    expect(added).toBeGreaterThanOrEqual(1);
    expect(added).toBeLessThanOrEqual(2);
    expect(maxActive()).toBe(1);
  });

  it('with startAfter, waits for it (writes meanwhile are covered by that first run); flush does not wait', async () => {
    const now = new Date('2026-11-26T02:00:00Z');
    const db = new AppDb(`plan-sync-${n++}`);
    await db.open();
    await loadSampleData(db, { today: '2026-11-26', clients: 20 });
    let open: () => void = () => undefined;
    const firstScreen = new Promise<void>((resolve) => (open = resolve));
    const calls: string[] = [];
    sync = startPlanSync(db, {
      clock: () => now,
      debounceMs: 20,
      dayCheckMs: 20,
      startAfter: firstScreen,
      syncPlan: async () => undefined,
      recompute: async (args) => {
        calls.push(args.today);
        return recomputePlan(db, args);
      },
    });
    await updateSettings(db, { maxAttempts: 4 }, 'test');
    await sleep(200);
    expect(calls).toEqual([]);
    expect(sync.status().runs).toBe(0);
    open();
    await until(() => sync!.status().runs >= 1 && !sync!.status().running);
    expect(calls[0]).toBe('2026-11-26');
    expect(await db.tasks.count()).toBeGreaterThan(0);

    const late = startPlanSync(db, {
      clock: () => now,
      startAfter: new Promise(() => undefined),
      syncPlan: async () => undefined,
    });
    try {
      const result = await late.flush();
      expect(result?.plan.generatedAt).toBe(now.toISOString());
    } finally {
      late.stop();
    }
  });
});
