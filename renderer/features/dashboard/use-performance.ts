// The staff performance rows for a period, kept current (tasks and attempts included).
import type { StaffPerformanceRow } from '../../../shared/domain/kpi/staff-performance';
import type { Period } from '../../services/kpi/dashboard-data';
import type { KpiClient } from '../../services/kpi/kpi-client';
import type { RiskRow } from '../../services/kpi/kpi-worker-handlers';
import { useToday } from '../../ui/use-today';
import { useRefreshed } from './use-refreshed';

const PERFORMANCE_TABLES = new Set(['policies', 'cases', 'tasks', 'staff', 'settings', 'feedback']);
const RISK_TABLES = new Set(['policies', 'cases', 'tasks', 'staff', 'feedback']);

export function usePerformance(
  client: KpiClient,
  period: Period,
): { rows: StaffPerformanceRow[] | undefined; error: unknown } {
  const today = useToday();
  const { value, error } = useRefreshed(
    () => client.performance(today, period),
    `${today}|${period}`,
    PERFORMANCE_TABLES,
  );
  return { rows: value, error };
}

export function useRisks(client: KpiClient): {
  risks: { rows: RiskRow[]; total: number } | undefined;
  error: unknown;
} {
  const today = useToday();
  const { value, error } = useRefreshed(() => client.risks(today), today, RISK_TABLES);
  return { risks: value, error };
}
