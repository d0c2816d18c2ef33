// The worker-read cards' figures, kept current (tasks and attempts included): staff
// performance and the rate by first tier for a period, and the risk list.
import type { StaffPerformanceRow } from '../../../shared/domain/kpi/staff-performance';
import type { TierRow } from '../../../shared/domain/kpi/tier-rates';
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

const TIER_TABLES = new Set(['policies', 'cases', 'tasks', 'settings']);

export function useTierRates(
  client: KpiClient,
  period: Period,
): { rows: TierRow[] | undefined; error: unknown } {
  const today = useToday();
  const { value, error } = useRefreshed(
    () => client.tierRates(today, period),
    `${today}|${period}`,
    TIER_TABLES,
  );
  return { rows: value, error };
}
