// Owns the one ClientSearchIndex of the window: loads it from the summaries and their encrypted
// snapshot (opened with the signed-in person's keys; repositories/summary-snapshot-read.ts) and
// keeps it current from the change feed. Lock and sign-out dispose of it (use-client-rows.ts).
import type { ClientSummary, Id } from '../../../shared/domain/types';
import type { AppDb } from '../../db/app-db';
import { onSummariesChanged, type SummaryChange } from '../../db/change-feed';
import { getSummaries } from '../../db/repositories/client-queries';
import { loadAllSummaries } from '../../db/repositories/summary-snapshot-read';
import { ClientSearchIndex, type SearchFilter, type SearchResult } from './client-search-index';

const yieldToUi = () => new Promise<void>((r) => setTimeout(r, 0));

export interface ClientSearchService {
  /** Resolves when the index holds every customer. */
  ready: Promise<void>;
  isReady(): boolean;
  search(text: string, filter?: SearchFilter, limit?: number): SearchResult;
  /** Bumped on every change the index applies (for React's useSyncExternalStore). */
  version(): number;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export function createClientSearchService(db: AppDb): ClientSearchService {
  const index = new ClientSearchIndex();
  const listeners = new Set<() => void>();
  let version = 0;
  let loaded = false;
  let disposed = false;
  const pending: SummaryChange[] = [];
  const bump = () => {
    version++;
    for (const l of listeners) l();
  };

  async function loadAll(): Promise<void> {
    const { summaries } = await loadAllSummaries(db);
    // Disposed meanwhile (a lock): the names read are dropped here, never indexed.
    if (!disposed) index.setAll(summaries);
  }

  async function applyChange(change: SummaryChange): Promise<void> {
    if (disposed) return;
    if (change.kind === 'all') {
      await loadAll();
    } else {
      const rows = await getSummaries(db, change.ids);
      if (disposed) return;
      const map = new Map<Id, ClientSummary | null>();
      change.ids.forEach((id, i) => map.set(id, rows[i] ?? null));
      index.apply(map);
    }
    bump();
  }

  // Changes are queued while the first load runs and applied in order after it.
  let chain: Promise<void> = Promise.resolve();
  const unsubscribe = onSummariesChanged((change) => {
    if (!loaded) {
      pending.push(change);
      return;
    }
    chain = chain.then(() => applyChange(change)).catch((e) => console.error('search index', e));
  });

  const ready = (async () => {
    await yieldToUi();
    await loadAll();
    loaded = true;
    for (const change of pending.splice(0)) await applyChange(change);
    bump();
  })();

  return {
    ready,
    isReady: () => loaded,
    search: (text, filter, limit) => index.search(text, filter, limit),
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      // Every customer's name and numbers go with it.
      index.setAll([]);
      unsubscribe();
      listeners.clear();
    },
  };
}
