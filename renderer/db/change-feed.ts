// Tells in-memory views (the search index) which customer summaries changed, after the
// transaction that changed them has committed. Every summary write goes through
// refreshClientSummaries or the bulk writer, and both publish here.
import { Dexie } from 'dexie';

export type SummaryChange = { kind: 'ids'; ids: string[] } | { kind: 'all' };
type Listener = (change: SummaryChange) => void;

const listeners = new Set<Listener>();

export function onSummariesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(change: SummaryChange): void {
  for (const l of listeners) l(change);
}

/** Publishes once the outermost running transaction commits (dropped if it rolls back). */
export function publishAfterCommit(change: SummaryChange): void {
  if (listeners.size === 0) return;
  let tx = Dexie.currentTransaction;
  while (tx?.parent) tx = tx.parent;
  if (!tx) {
    emit(change);
    return;
  }
  tx.on('complete', () => emit(change));
}
