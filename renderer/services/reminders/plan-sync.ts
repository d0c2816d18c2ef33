// Keeps the renewal plan current and the host's scheduler fed: recompute at start, shortly
// after any write the plan depends on (debounced), and when the China calendar day changes;
// then push the reminder plan to the host. Never two recomputes at once: a request while one
// runs marks the plan dirty and one more run follows.
//
// Where the recompute runs is the caller's choice: the window passes the plan worker's
// recompute (renderer/services/plan), Node tests and the CLI use the direct one.
import type { Lang } from '../../../shared/i18n';
import { currentLocale } from '../locale';
import type { ReminderPlan } from '../../../shared/domain/reminders/reminder-plan-types';
import { chinaDate } from '../../../shared/domain/china-date';
import type { AppDb } from '../../db/app-db';
import { watchPlanInputs } from '../../db/plan-watch';
import { recomputePlan, type RecomputeResult } from '../plan/recompute-plan';
import { getHost } from '../host';

export interface PlanSyncOptions {
  /** Where the plan goes; the app's host by default. */
  syncPlan?: (plan: ReminderPlan) => Promise<void>;
  debounceMs?: number;
  /** How often to check whether the China calendar day changed. */
  dayCheckMs?: number;
  clock?: () => Date;
  onError?: (error: unknown) => void;
  /** How to recompute; recomputePlan on `db` in this thread by default. */
  recompute?: (args: { now: string; today: string; lang?: Lang }) => Promise<RecomputeResult>;
  /**
   * The first recompute waits for this (e.g. the first screen painted), so it never competes
   * with it; writes seen before then are covered by that first run. flush() never waits.
   */
  startAfter?: Promise<unknown>;
}

export interface PlanSyncStatus {
  running: boolean;
  runs: number;
  last: RecomputeResult | null;
  lastError: unknown;
}

export interface PlanSync {
  /** Ask for a recompute soon (debounced). */
  request(): void;
  /** Recompute now (or right after the running one) and resolve when it is done. */
  flush(): Promise<RecomputeResult | null>;
  status(): PlanSyncStatus;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

export function startPlanSync(db: AppDb, options: PlanSyncOptions = {}): PlanSync {
  const syncPlan = options.syncPlan ?? ((plan) => getHost().syncReminderPlan(plan));
  const clock = options.clock ?? (() => new Date());
  const recompute = options.recompute ?? ((args) => recomputePlan(db, args));
  const debounceMs = options.debounceMs ?? 400;
  const listeners = new Set<() => void>();
  let state: PlanSyncStatus = { running: false, runs: 0, last: null, lastError: null };
  let current: Promise<RecomputeResult | null> | null = null;
  let dirty = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let day = chinaDate(clock());
  let started = !options.startAfter;

  const set = (patch: Partial<PlanSyncStatus>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };

  async function runOnce(): Promise<RecomputeResult | null> {
    const now = clock();
    day = chinaDate(now);
    try {
      const result = await recompute({ now: now.toISOString(), today: day, lang: currentLocale() });
      await syncPlan(result.plan);
      set({ runs: state.runs + 1, last: result, lastError: null });
      return result;
    } catch (error) {
      set({ runs: state.runs + 1, lastError: error });
      options.onError?.(error);
      return null;
    }
  }

  function run(): Promise<RecomputeResult | null> {
    if (current) {
      dirty = true;
      return current;
    }
    set({ running: true });
    current = (async () => {
      let result: RecomputeResult | null;
      do {
        dirty = false;
        result = await runOnce();
      } while (dirty && !stopped);
      return result;
    })().finally(() => {
      current = null;
      set({ running: false });
      // A write that landed between the last check and here still gets its run.
      if (dirty && !stopped) request();
    });
    return current;
  }

  function request(): void {
    if (stopped || !started) return;
    if (current) {
      dirty = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, debounceMs);
  }

  const unwatch = watchPlanInputs(db, request);
  // A minute check instead of one long timeout: survives sleep and clock changes.
  const dayTimer = setInterval(() => {
    if (chinaDate(clock()) !== day) request();
  }, options.dayCheckMs ?? 60_000);
  if (started) void run();
  else
    void Promise.resolve(options.startAfter).then(() => {
      started = true;
      // A flush() while waiting already brought the plan up to date.
      if (!stopped && !current && state.runs === 0) void run();
    });

  return {
    request,
    flush: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      return run();
    },
    status: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      unwatch();
      clearInterval(dayTimer);
      if (timer) clearTimeout(timer);
    },
  };
}
