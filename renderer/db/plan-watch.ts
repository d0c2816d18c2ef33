// Tells the plan-sync service that something the renewal plan depends on was written (by this
// window or another tab), after the write committed. Writes that only touch the audit trail,
// scripts or import bookkeeping are ignored, and so are empty writes. Cases and tasks are the
// plan's output, not its input: watching them made every recompute that changed something wake
// a second, full recompute that changed nothing. The screens that write them by hand (logging
// an outcome, reassigning) ask for a recompute themselves.
import { Dexie, type ObservabilitySet } from 'dexie';
import type { AppDb } from './app-db';

const PLAN_INPUT_TABLES = new Set(['clients', 'vehicles', 'policies', 'staff', 'settings']);

function isEmptyRange(tree: unknown): boolean {
  // An IntervalTree with no range (Dexie's RangeSet): `from` undefined or its d === 0.
  const t = tree as { d?: number; from?: unknown } | null;
  return !t || t.d === 0 || t.from === undefined;
}

/** Calls `onChange` with the touched table names; returns the unsubscribe function. */
export function watchPlanInputs(db: AppDb, onChange: (tables: string[]) => void): () => void {
  const prefix = `idb://${db.name}/`;
  const handler = (parts: ObservabilitySet) => {
    const tables = new Set<string>();
    for (const [key, tree] of Object.entries(parts)) {
      if (!key.startsWith(prefix) || isEmptyRange(tree)) continue;
      const table = key.slice(prefix.length).split('/')[0] ?? '';
      if (PLAN_INPUT_TABLES.has(table)) tables.add(table);
    }
    if (tables.size) onChange([...tables]);
  };
  Dexie.on.storagemutated.subscribe(handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
