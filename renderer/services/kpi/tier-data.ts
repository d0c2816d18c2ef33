// Renewal rate by the tier at first contact for a period (issue 12), and the same first tier
// per policy for the drill-down. Pure: the figures worker reads the records and passes them.
import {
  byFirstTier,
  firstContactTiers,
  type TierRow,
} from '../../../shared/domain/kpi/tier-rates';
import type { Id, IsoDate } from '../../../shared/domain/types';
import type { PerformanceRecords } from '../../db/repositories/performance-queries';
import {
  inMonths,
  periodMonths,
  resultsOf,
  type FiguresScope,
  type Period,
  type Records,
} from './dashboard-data';

/** Built-in tiers after the settings' own (earliest first), in the order reminders run. */
const LATER_TIERS = ['urgent', 'lapsed', 'callback', 'followup', 'verify', 'complaint'];

/** Each policy's first-contact tier (null: its case was never tried, or it has no case). */
export function firstTierOfPolicies(
  work: Pick<PerformanceRecords, 'cases' | 'tasks'>,
): (policyId: Id) => string | null {
  const caseOf = caseOfPolicies(work.cases);
  const tiers = firstContactTiers(work.tasks);
  return (policyId) => {
    const caseId = caseOf.get(policyId);
    return (caseId !== undefined && tiers.get(caseId)) || null;
  };
}

function caseOfPolicies(cases: PerformanceRecords['cases']): Map<Id, Id> {
  const caseOf = new Map<Id, Id>();
  for (const c of cases) for (const id of c.policyIds) caseOf.set(id, c.id);
  return caseOf;
}

export function tierData(
  records: Records,
  work: Pick<PerformanceRecords, 'cases' | 'tasks'>,
  today: IsoDate,
  period: Period,
  scope: FiguresScope = null,
): TierRow[] {
  const { from, to } = periodMonths(period, today);
  const order = [
    ...[...records.settings.tiers].sort((a, b) => b.daysBefore - a.daysBefore).map((t) => t.name),
    ...LATER_TIERS,
  ];
  return byFirstTier(
    resultsOf(records, today, scope).filter((r) => inMonths(r, from, to)),
    caseOfPolicies(work.cases),
    firstContactTiers(work.tasks),
    order,
  );
}
