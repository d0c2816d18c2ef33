// Tells the plan-sync service that something the renewal plan depends on was written (by this
// window, a worker or another window), after the write committed. The repositories announce
// it through the change feed (change-feed.ts): every write to clients, vehicles, policies,
// staff, settings, cases or tasks does, except the plan's own writes, so a recompute never
// wakes a second one and no screen has to ask for a recompute after logging an outcome or
// reassigning.
import type { AppDb } from './app-db';
import { onPlanInputsChanged, type PlanInputTable } from './change-feed';

/** Calls `onChange` with the touched table names; returns the unsubscribe function. */
export function watchPlanInputs(
  db: AppDb,
  onChange: (tables: PlanInputTable[]) => void,
): () => void {
  return onPlanInputsChanged((change) => {
    if (change.db === db.name && change.tables.length) onChange(change.tables);
  });
}
