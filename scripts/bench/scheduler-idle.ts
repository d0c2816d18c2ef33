// Scheduler CPU while idle: 10k future reminders armed with node-schedule, the process doing
// nothing else. Measured against a baseline idle period of the same length in the same run
// (Node's own housekeeping), so the figure is what the scheduler adds. node-schedule keeps a
// single timer for the earliest job, so the expectation is "about zero".
// Used by bench:plan (imported) and runnable alone: `npx tsx scripts/bench/scheduler-idle.ts`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scheduleJob } from 'node-schedule';
import type { PlanItem } from '../../shared/domain/reminders/reminder-plan-types';
import { createNotifiedStore } from '../../electron/scheduler/notified-store';
import { createPlanStore } from '../../electron/scheduler/plan-store';
import { createReminderScheduler } from '../../electron/scheduler/scheduler';

export interface SchedulerIdleCpu {
  /** CPU % (of one core) the armed scheduler adds over the baseline; can dip below 0 by noise. */
  cpuPercent: number;
  items: number;
  baselinePercent: number;
  schedulerPercent: number;
  /** Jobs actually armed (all items are in the future). */
  scheduled: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function idleCpuPercent(durationMs: number): Promise<number> {
  const start = process.cpuUsage();
  const started = performance.now();
  await sleep(durationMs);
  const used = process.cpuUsage(start);
  return ((used.user + used.system) / 1000 / (performance.now() - started)) * 100;
}

export async function measureSchedulerIdleCpu(
  itemCount = 10_000,
  durationMs = 3000,
): Promise<SchedulerIdleCpu> {
  const dir = await mkdtemp(join(tmpdir(), 'scheduler-idle-'));
  try {
    await sleep(200); // let start-up work settle before the baseline
    const baselinePercent = await idleCpuPercent(durationMs);

    const now = Date.now();
    // Spread over the next 14 days, from one hour ahead: none fires during the measurement.
    const items: PlanItem[] = Array.from({ length: itemCount }, (_, i) => ({
      id: `bench-${i}`,
      taskId: `task-${i}`,
      kind: 'due',
      at: new Date(now + 3600_000 + Math.floor((i * 14 * 86_400_000) / itemCount)).toISOString(),
      title: `续保电话 ${i}`,
      body: '',
    }));
    const scheduler = createReminderScheduler({
      scheduleJob: (date, callback) => scheduleJob(date, callback),
      notifier: { kind: 'node-notifier', show: () => undefined },
      notified: createNotifiedStore(dir),
      planStore: createPlanStore(dir),
      onOpen: () => undefined,
    });
    await scheduler.start();
    await scheduler.sync({
      generatedAt: new Date(now).toISOString(),
      dueCount: 0,
      doNotDisturb: false,
      items,
    });
    const scheduled = scheduler.scheduledCount();
    await sleep(200);
    const schedulerPercent = await idleCpuPercent(durationMs);
    scheduler.stop();

    return {
      cpuPercent: Math.round((schedulerPercent - baselinePercent) * 100) / 100,
      items: itemCount,
      baselinePercent: Math.round(baselinePercent * 100) / 100,
      schedulerPercent: Math.round(schedulerPercent * 100) / 100,
      scheduled,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measureSchedulerIdleCpu();
  console.log(
    `scheduler idle: ${result.scheduled}/${result.items} jobs armed; cpu baseline ${result.baselinePercent}%, ` +
      `with scheduler ${result.schedulerPercent}%, added ${result.cpuPercent}%`,
  );
}
