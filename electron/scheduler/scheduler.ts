// Turns the reminder plan into node-schedule jobs and notifications. Guarantees:
// - nothing lost: a notification is shown first and its id recorded in the notified store
//   after. A crash between the two shows it again at the next start; the other order would
//   lose it for good (recorded, never shown);
// - nothing twice otherwise: every shown (or deliberately suppressed) id is persisted and
//   checked before every show, and all work runs in one queue;
// - nothing missed: on start and on resume from sleep, past items never notified are shown
//   as ONE summary (catch-up.ts); after sleep every job is re-armed from the wall clock,
//   because timers do not count time spent asleep on every OS;
// - re-syncs keep the jobs of unchanged items and never schedule one id twice.
import type { PlanItem, ReminderPlan } from '../../shared/domain/reminders/reminder-plan-types';
import type { Notifier } from '../notifications/notifier';
import { collectMissed, summarizeMissed } from './catch-up';
import type { NotifiedStore } from './notified-store';
import type { PlanStore } from './plan-store';

/** What node-schedule's `scheduleJob(date, callback)` returns (null for a date in the past). */
export interface JobLike {
  cancel(): boolean;
}
export type ScheduleJob = (date: Date, callback: () => void) => JobLike | null;

export interface SchedulerDeps {
  scheduleJob: ScheduleJob;
  notifier: Notifier;
  notified: NotifiedStore;
  planStore: PlanStore;
  /** Show the window, and open this task when there is one. */
  onOpen: (taskId: string | null) => void;
  now?: () => Date;
  warn?: (message: string) => void;
}

export interface ReminderScheduler {
  /** Loads what was saved, catches up on what fell due while the app was not running, arms jobs. */
  start(): Promise<void>;
  /** A new plan from the renderer: saved atomically, then jobs re-armed without duplicates. */
  sync(plan: ReminderPlan): Promise<void>;
  /** After sleep: one summary for what fell due meanwhile, then every job re-armed. */
  resume(): Promise<void>;
  stop(): void;
  scheduledCount(): number;
  /** The plan in force (last synced, or read back at start). */
  currentPlan(): ReminderPlan | null;
  /** Resolves when queued work (syncs, firings) is done; for tests and orderly quit. */
  idle(): Promise<void>;
}

/** A timer that fires this late is still shown as itself rather than as a catch-up summary. */
export const ON_TIME_GRACE_MS = 2 * 60 * 1000;

const sameItem = (a: PlanItem, b: PlanItem) =>
  a.at === b.at && a.title === b.title && a.body === b.body && a.taskId === b.taskId;

export function createReminderScheduler(deps: SchedulerDeps): ReminderScheduler {
  const now = deps.now ?? (() => new Date());
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  let plan: ReminderPlan | null = null;
  const jobs = new Map<string, { job: JobLike; item: PlanItem }>();
  const isNotified = (id: string) => deps.notified.has(id);
  // One queue for every state change, so a sync, a firing and a catch-up never interleave.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    const next = queue.then(work);
    queue = next.catch((error: unknown) => warn(`reminder scheduler: ${String(error)}`));
    return next;
  };

  const show = (title: string, body: string, taskId: string | null) => {
    if (plan?.doNotDisturb) return; // recorded as notified, deliberately not shown
    deps.notifier.show({ title, body, onClick: () => deps.onOpen(taskId) });
  };

  const fire = async (item: PlanItem) => {
    jobs.delete(item.id);
    if (deps.notified.has(item.id)) return;
    show(item.title, item.body, item.taskId);
    await deps.notified.markMany([item.id], now()); // after showing: see the header
  };

  const catchUp = async (missed: PlanItem[]) => {
    if (missed.length === 0) return;
    const summary = summarizeMissed(missed, plan?.lang);
    show(summary.title, summary.body, summary.taskId);
    await deps.notified.markMany(
      missed.map((item) => item.id),
      now(),
    ); // after showing: see the header
  };

  const arm = (items: readonly PlanItem[]) => {
    const wanted = new Map(items.map((item) => [item.id, item]));
    for (const [id, entry] of jobs) {
      const item = wanted.get(id);
      if (!item || !sameItem(item, entry.item)) {
        entry.job.cancel();
        jobs.delete(id);
      }
    }
    const limit = now().getTime();
    for (const item of items) {
      if (jobs.has(item.id) || deps.notified.has(item.id) || Date.parse(item.at) <= limit) continue;
      const job = deps.scheduleJob(new Date(item.at), () => void enqueue(() => fire(item)));
      if (job) jobs.set(item.id, { job, item });
    }
  };

  const cancelAll = () => {
    for (const entry of jobs.values()) entry.job.cancel();
    jobs.clear();
  };

  return {
    start: () =>
      enqueue(async () => {
        await deps.notified.load();
        plan = await deps.planStore.read();
        if (!plan) return;
        await catchUp(collectMissed(plan.items, now(), isNotified));
        arm(plan.items);
      }),

    sync: (next) =>
      enqueue(async () => {
        await deps.planStore.write(next);
        const previous = new Map((plan?.items ?? []).map((item) => [item.id, item]));
        plan = next;
        const at = now();
        const past = collectMissed(next.items, at, isNotified);
        // Past items the scheduler already knew were due while it could not fire them (sleep
        // not yet reported, a late timer): they count as missed. Items that arrive already in
        // the past were just created in the open app, where the user sees them: recorded, not shown.
        const known = past.filter((item) => {
          const before = previous.get(item.id);
          return before !== undefined && before.at === item.at;
        });
        const fresh = past.filter((item) => !known.includes(item));
        const onTime = known.filter(
          (item) => at.getTime() - Date.parse(item.at) <= ON_TIME_GRACE_MS,
        );
        await deps.notified.markMany(
          fresh.map((item) => item.id),
          at,
        );
        for (const item of onTime) await fire(item);
        await catchUp(known.filter((item) => !onTime.includes(item)));
        arm(next.items);
        await deps.notified.prune(new Set(next.items.map((item) => item.id)), at);
      }),

    resume: () =>
      enqueue(async () => {
        cancelAll();
        if (!plan) return;
        await catchUp(collectMissed(plan.items, now(), isNotified));
        arm(plan.items);
      }),

    stop: cancelAll,
    scheduledCount: () => jobs.size,
    currentPlan: () => plan,
    idle: () => queue,
  };
}
