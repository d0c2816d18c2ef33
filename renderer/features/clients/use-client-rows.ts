// Rows for the customer list. Until the in-memory search index has loaded, the first page
// comes straight from the nextExpiry index so the screen shows customers at once; after that
// every keystroke and filter is answered by the index, which follows the database by itself.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClientSummary } from '../../../shared/domain/types';
import { listClientPage } from '../../db/repositories/client-repository';
import { useDb } from '../../services/db/db-context';
import { markFirstScreenShown } from '../../services/reminders/first-screen';
import type { ClientSearchService } from '../../services/search/search-service';
import { hasSearchService, searchServiceFor } from '../../services/search/window-search';
import type { ClientFilters } from './clients-store';

const FIRST_PAGE = 60;
const idle: ClientSearchService = {
  ready: new Promise(() => undefined),
  isReady: () => false,
  search: () => ({ kind: 'empty', items: [] }),
  version: () => 0,
  subscribe: () => () => undefined,
  dispose: () => undefined,
};

export interface ClientRows {
  rows: readonly ClientSummary[];
  /** Customers under the current filters (before the search text). */
  total: number;
  loading: boolean;
  hasSample: boolean;
}

export function useClientRows(filters: ClientFilters, query: string): ClientRows {
  const db = useDb();
  // Loading the search index reads every summary; start it only once the first rows are on
  // screen so it never competes with them. The first plan recompute waits for the same moment.
  const [indexWanted, setIndexWanted] = useState(() => hasSearchService(db));
  const service = indexWanted ? searchServiceFor(db) : idle;
  const version = useSyncExternalStore(service.subscribe, service.version);
  const ready = service.isReady();
  const filter = useMemo(
    () => ({ insurer: filters.insurer, expiryMonth: filters.month, staffId: filters.staffId }),
    [filters.insurer, filters.month, filters.staffId],
  );
  const firstPage = useLiveQuery(
    () => (ready ? Promise.resolve(null) : listClientPage(db, filter, { limit: FIRST_PAGE })),
    [db, filter, ready],
  );

  // `version` changes whenever the index applied a change: recompute then.
  const all = useMemo(
    () => (ready && version >= 0 ? service.search('', filter).items : null),
    [ready, version, service, filter],
  );
  const hasSample = useMemo(
    () => (all ?? firstPage ?? []).some((r) => r.isSample),
    [all, firstPage],
  );

  useEffect(() => {
    if (indexWanted || firstPage === undefined) return;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        markFirstScreenShown();
        setIndexWanted(true);
      }, 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [indexWanted, firstPage]);

  return useMemo(() => {
    if (!all) {
      // The first page is not searchable: until the index is ready a search shows "searching".
      const rows = query.trim() ? [] : (firstPage ?? []);
      return { rows, total: rows.length, loading: true, hasSample };
    }
    const rows = query.trim() ? service.search(query, filter).items : all;
    return { rows, total: all.length, loading: false, hasSample };
  }, [all, firstPage, hasSample, service, filter, query]);
}
