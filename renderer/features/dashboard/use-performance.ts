// The staff performance rows for a period, kept current like the dashboard's figures: again
// shortly after any committed write to what they read (tasks and attempts included).
import { useEffect, useState } from 'react';
import type { StaffPerformanceRow } from '../../../shared/domain/kpi/staff-performance';
import { onPlanInputsChanged } from '../../db/change-feed';
import { useDb } from '../../services/db/db-context';
import type { Period } from '../../services/kpi/dashboard-data';
import type { KpiClient } from '../../services/kpi/kpi-client';
import { useToday } from '../../ui/use-today';

const READ_TABLES = new Set(['policies', 'cases', 'tasks', 'staff', 'settings']);
const REFRESH_DELAY_MS = 400;

export function usePerformance(
  client: KpiClient,
  period: Period,
): { rows: StaffPerformanceRow[] | undefined; error: unknown } {
  const db = useDb();
  const today = useToday();
  const [state, setState] = useState<{ key: string; rows: StaffPerformanceRow[] }>();
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const key = `${today}|${period}`;

  useEffect(() => {
    let timer: number | undefined;
    const stop = onPlanInputsChanged((change) => {
      if (change.db !== db.name || !change.tables.some((t) => READ_TABLES.has(t))) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setVersion((v) => v + 1), REFRESH_DELAY_MS);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [db]);

  useEffect(() => {
    let current = true;
    client.performance(today, period).then(
      (rows) => {
        if (!current) return;
        setState({ key: `${today}|${period}`, rows });
        setError(null);
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [client, today, period, version]);

  // Rows of another period are never shown under this one's label.
  return { rows: state?.key === key ? state.rows : undefined, error };
}
