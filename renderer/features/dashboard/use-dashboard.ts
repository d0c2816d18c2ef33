// The dashboard's figures for a period, kept current: computed in the figures worker, and
// again shortly after any committed write to what they read (policies, cases, staff,
// settings) in this window, a worker or another window.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { onPlanInputsChanged } from '../../db/change-feed';
import { useDb } from '../../services/db/db-context';
import type { DashboardData, Period } from '../../services/kpi/dashboard-data';
import { createKpiClient, type KpiClient } from '../../services/kpi/kpi-client';
import { useToday } from '../../ui/use-today';

const FIGURE_TABLES = new Set(['policies', 'cases', 'staff', 'settings']);
const REFRESH_DELAY_MS = 400;

export function useKpiClient(): KpiClient {
  const db = useDb();
  const client = useMemo(() => createKpiClient(db), [db]);
  useEffect(() => () => client.dispose(), [client]);
  return client;
}

/**
 * A number that goes up shortly after committed writes to any of `tables` (debounced): figures
 * that depend on it are read again.
 */
export function useRefreshOn(tables: ReadonlySet<string>): number {
  const db = useDb();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: number | undefined;
    const stop = onPlanInputsChanged((change) => {
      if (change.db !== db.name || !change.tables.some((t) => tables.has(t))) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setVersion((v) => v + 1), REFRESH_DELAY_MS);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [db, tables]);
  return version;
}

export function useDashboard(
  client: KpiClient,
  period: Period,
): { data: DashboardData | undefined; error: unknown } {
  const today = useToday();
  const [data, setData] = useState<DashboardData>();
  const [error, setError] = useState<unknown>(null);
  const version = useRefreshOn(FIGURE_TABLES);

  // Asked for as soon as the page is committed, not after its first paint (a few hundred ms
  // of layout on a busy machine): the worker computes while the browser paints.
  useLayoutEffect(() => {
    let current = true;
    client.dashboard(today, period).then(
      (next) => {
        if (!current) return;
        setData(next);
        setError(null);
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [client, today, period, version]);

  // A figure for another period is never shown under this one's label.
  return { data: data?.period === period && data.today === today ? data : undefined, error };
}
