// Tells in-memory views (the search index) which customer summaries changed, after the
// transaction that changed them has committed. Every summary write goes through
// refreshClientSummaries or the bulk writer, and both publish here.
//
// Changes also cross contexts: a write made in a worker (import commit, plan recompute) or in
// another window of the app reaches the listeners here through a BroadcastChannel.
import { Dexie } from 'dexie';

export type SummaryChange = { kind: 'ids'; ids: string[] } | { kind: 'all' };
type Listener = (change: SummaryChange) => void;

const CHANNEL_NAME = 'renewal-desk:summaries';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  // Under Node (CLI, tests) an open channel would keep the process alive.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent<SummaryChange>) => {
    const change = event.data;
    if (change && (change.kind === 'all' || (change.kind === 'ids' && Array.isArray(change.ids)))) {
      for (const l of listeners) l(change);
    }
  };
  return channel;
}

export function onSummariesChanged(listener: Listener): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(change: SummaryChange): void {
  for (const l of listeners) l(change);
  ensureChannel()?.postMessage(change);
}

/** Publishes once the outermost running transaction commits (dropped if it rolls back). */
export function publishAfterCommit(change: SummaryChange): void {
  let tx = Dexie.currentTransaction;
  while (tx?.parent) tx = tx.parent;
  if (!tx) {
    emit(change);
    return;
  }
  tx.on('complete', () => emit(change));
}
