// Test harness: the real scheduler, real node-schedule, real stores in a temp dir, and a
// notifier that records what it was asked to show. Time is vitest's fake clock.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scheduleJob } from 'node-schedule';
import type { PlanItem, ReminderPlan } from '../../../shared/domain/reminders/reminder-plan-types';
import type { NotificationRequest, Notifier } from '../../../electron/notifications/notifier';
import { createNotifiedStore } from '../../../electron/scheduler/notified-store';
import { createPlanStore } from '../../../electron/scheduler/plan-store';
import { createReminderScheduler } from '../../../electron/scheduler/scheduler';

export const tempDir = () => mkdtemp(join(tmpdir(), 'scheduler-'));

/** China time, as the renderer sends it. */
export const cst = (hhmm: string, day = '2025-03-03') => `${day}T${hhmm}:00+08:00`;

export function item(id: string, hhmm: string, extra: Partial<PlanItem> = {}): PlanItem {
  return {
    id,
    taskId: `task-${id}`,
    kind: 'callback',
    at: cst(hhmm),
    title: `回电 ${id}`,
    body: `${id} 约定回电`,
    ...extra,
  };
}

export function plan(items: PlanItem[], extra: Partial<ReminderPlan> = {}): ReminderPlan {
  return {
    generatedAt: cst('08:00'),
    dueCount: items.length,
    doNotDisturb: false,
    items,
    ...extra,
  };
}

export function boot(dir: string) {
  const shown: NotificationRequest[] = [];
  const opened: (string | null)[] = [];
  const warnings: string[] = [];
  const notifier: Notifier = { kind: 'node-notifier', show: (request) => void shown.push(request) };
  const scheduler = createReminderScheduler({
    scheduleJob: (date, callback) => scheduleJob(date, callback),
    notifier,
    notified: createNotifiedStore(dir),
    planStore: createPlanStore(dir, (message) => void warnings.push(message)),
    onOpen: (taskId) => void opened.push(taskId),
    warn: () => undefined,
  });
  return { scheduler, shown, opened, warnings, titles: () => shown.map((n) => n.title) };
}
