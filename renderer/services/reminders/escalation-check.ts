// The periodic complaint check (issue 12 point 4): every 5 minutes, and once at start, the
// escalations the rules say are due (half the decision time gone, a due date missed) are raised.
// Raising writes the complaint, which is a plan input, so plan-sync pushes the new tray items to
// main by itself. A due date missed while the app was closed escalates at the next start.
import type { AppDb } from '../../db/app-db';
import { raiseDueEscalations } from '../../db/repositories/feedback-repository';

export const ESCALATION_CHECK_MS = 5 * 60_000;

export interface EscalationCheckOptions {
  intervalMs?: number;
  clock?: () => Date;
  onError?: (error: unknown) => void;
  /** The first check waits for this (the first screen painted). */
  startAfter?: Promise<unknown>;
}

export function startEscalationCheck(db: AppDb, options: EscalationCheckOptions = {}): () => void {
  const clock = options.clock ?? (() => new Date());
  let stopped = false;
  let running = false;
  const check = async () => {
    // A check still running (a slow disk) is not doubled by the next tick.
    if (stopped || running) return;
    running = true;
    try {
      await raiseDueEscalations(db, clock().toISOString());
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? ESCALATION_CHECK_MS);
  void Promise.resolve(options.startAfter).then(check);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
