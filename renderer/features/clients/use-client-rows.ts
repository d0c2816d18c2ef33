// Rows for the customer list. The first page comes straight from the nextExpiry index so the
// screen shows customers at once; the full sorted list and the search index follow.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClientSummary } from '../../../shared/domain/types';
import { listClientPage, listClientSummaries } from '../../db/repositories/client-repository';
import { useDb } from '../../services/db/db-context';
import { searchSummaries } from '../../services/search';
import type { ClientFilters } from './clients-store';

const FIRST_PAGE = 60;

export interface ClientRows {
  rows: readonly ClientSummary[];
  total: number;
  loading: boolean;
  hasSample: boolean;
}

export function useClientRows(filters: ClientFilters, query: string): ClientRows {
  const db = useDb();
  const filter = useMemo(
    () => ({ insurer: filters.insurer, expiryMonth: filters.month, staffId: filters.staffId }),
    [filters.insurer, filters.month, filters.staffId],
  );
  const firstPage = useLiveQuery(() => listClientPage(db, filter, { limit: FIRST_PAGE }), [db, filter]);
  const all = useLiveQuery(() => listClientSummaries(db, filter), [db, filter]);

  return useMemo(() => {
    const base = all ?? firstPage;
    if (!base) return { rows: [], total: 0, loading: true, hasSample: false };
    const hasSample = base.some((s) => s.isSample);
    const rows = query.trim() ? searchSummaries(base, query) : base;
    return { rows, total: all ? all.length : base.length, loading: !all && query.trim() !== '', hasSample };
  }, [all, firstPage, query]);
}
