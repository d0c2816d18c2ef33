// The owner's dashboard from the stored records (issue 12): renewal rate by month over the
// last 24 months, and for the chosen period the rate by staff, insurer and kind, the lost
// reasons and the expiry load ahead; plus the drill-down list behind any of those figures.
// Pure: the kpi worker runs it on its own connection, tests run it directly.
import { insurerSwitchesOf, type SwitchMatrix } from '../../../shared/domain/kpi/insurer-switches';
import { groupsOf, type KpiGroup } from '../../../shared/domain/kpi/kpi-group';
import {
  kpiInputsFromRecords,
  teamDailyCapacity,
  type KpiRecords,
} from '../../../shared/domain/kpi/kpi-inputs';
import {
  byInsurerOf,
  byKindOf,
  byMonthOf,
  byStaffOf,
  expiryLoad,
  lostReasonsOf,
  type InsurerRow,
  type KindRow,
  type LoadRow,
  type LostReasonRow,
  type MonthRow,
  type StaffRow,
  totalsOfGroups,
  type TotalsRow,
} from '../../../shared/domain/kpi/kpi-report';
import {
  renewalStatuses,
  type PolicyResult,
  type RenewalStatus,
} from '../../../shared/domain/kpi/renewal-status';
import { plusMonths } from '../../../shared/domain/reminders/dates';
import type { Id, IsoDate, PolicyKind, Settings } from '../../../shared/domain/types';

export const PERIODS = ['month', 'quarter', 'year', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const CHART_MONTHS = 24;

/** First and last month (YYYY-MM) a period covers, the current month included. */
export function periodMonths(period: Period, today: IsoDate): { from: string; to: string } {
  const to = today.slice(0, 7);
  const back = { month: 0, quarter: 2, year: 11, all: null }[period];
  return { from: back === null ? '0000-00' : plusMonths(today, -back).slice(0, 7), to };
}

/** Whose figures: the whole team, or one staff member's own cases (staff see only theirs). */
export type FiguresScope = { staffId: Id } | null;

export interface DashboardData {
  today: IsoDate;
  period: Period;
  /** 'own': only the cases of the person reading (a staff member's own card). */
  scope: 'team' | 'own';
  totals: TotalsRow;
  /** Kind 'all' only, the last CHART_MONTHS months up to the current one, gaps filled. */
  months: MonthRow[];
  byKind: KindRow[];
  byStaff: StaffRow[];
  byInsurer: InsurerRow[];
  lostReasons: LostReasonRow[];
  /** Renewals by the insurer left and the one renewed with (the period's renewed policies). */
  switches: SwitchMatrix;
  load: LoadRow[];
  /** Whether any policy is stored at all (the empty state says what to do). */
  hasPolicies: boolean;
}

export interface DrillFilter {
  period: Period;
  /** undefined: anyone; null: the unassigned. */
  staff?: string | null;
  insurer?: string;
  kind?: PolicyKind;
  status?: RenewalStatus;
  /** One month (YYYY-MM) instead of the period. */
  month?: string;
  lostReason?: string | null;
  /** Renewed with this insurer (null: the renewal named none). */
  renewedInsurer?: string | null;
  /** First contacted at this tier (null: never contacted); the caller says each policy's. */
  firstTier?: string | null;
}

export type Records = KpiRecords & { settings: Settings };

/**
 * Every due policy's result; within a scope, only the policies of that person's cases (a later
 * policy of the same car still counts as their renewal, so statuses use every policy).
 */
export function resultsOf(records: Records, today: IsoDate, scope: FiguresScope): PolicyResult[] {
  const { policies, cases } = kpiInputsFromRecords(records);
  const results = renewalStatuses(policies, cases, today);
  if (!scope) return results;
  const own = new Set<Id>();
  for (const c of records.cases) {
    if (!c.deletedAt && c.assigneeId === scope.staffId) for (const id of c.policyIds) own.add(id);
  }
  return results.filter((r) => own.has(r.policy.id));
}

export const inMonths = (r: PolicyResult, from: string, to: string) => {
  const month = r.policy.endDate.slice(0, 7);
  return month >= from && month <= to;
};

function emptyMonth(month: string): MonthRow {
  const counts = { due: 0, renewed: 0, lost: 0, lapsed: 0, pending: 0, rate: null };
  return { month, kind: 'all', ...counts, premiumDue: 0, premiumRenewed: 0, closed: true };
}

export function dashboardData(
  records: Records,
  today: IsoDate,
  period: Period,
  scope: FiguresScope = null,
): DashboardData {
  const results = resultsOf(records, today, scope);
  return composeDashboard({
    groups: groupsOf(results),
    loadResults: results,
    staff: records.staff,
    settings: records.settings,
    today,
    period,
    scope,
  });
}

export interface DashboardParts {
  /** Every due policy as groups, names joined (`staff`): a scan's, or roll-ups plus live. */
  groups: readonly KpiGroup[];
  /** The policies the load ahead counts from (pending ones ending in the coming weeks). */
  loadResults: readonly PolicyResult[];
  staff: Records['staff'];
  settings: Settings;
  today: IsoDate;
  period: Period;
  scope: FiguresScope;
}

/** The dashboard from groups: the same figures whether they come from a scan or roll-ups. */
export function composeDashboard(parts: DashboardParts): DashboardData {
  const { groups, today, period, scope } = parts;
  const { from, to } = periodMonths(period, today);
  const inPeriod = groups.filter((g) => g.month >= from && g.month <= to);
  const allMonths = byMonthOf(groups).filter((m) => m.kind === 'all');
  const found = new Map(allMonths.map((m) => [m.month, m]));
  const months: MonthRow[] = [];
  for (let i = CHART_MONTHS - 1; i >= 0; i--) {
    const month = plusMonths(today, -i).slice(0, 7);
    months.push(found.get(month) ?? emptyMonth(month));
  }
  const capacityOf = scope ? parts.staff.filter((s) => s.id === scope.staffId) : parts.staff;
  return {
    today,
    period,
    scope: scope ? 'own' : 'team',
    totals: totalsOfGroups(inPeriod),
    months,
    byKind: byKindOf(inPeriod),
    byStaff: byStaffOf(inPeriod),
    byInsurer: byInsurerOf(inPeriod).filter((row) => row.kind === 'all'),
    lostReasons: lostReasonsOf(inPeriod),
    switches: insurerSwitchesOf(inPeriod),
    load: expiryLoad(parts.loadResults, {
      today,
      dailyCapacity: teamDailyCapacity(capacityOf),
      calendar: parts.settings,
    }),
    hasPolicies: groups.some((g) => g.count > 0),
  };
}

/** Frozen groups (names left out) as the figures show them: names joined, within a scope. */
export function namedGroups(
  groups: readonly KpiGroup[],
  staff: Records['staff'],
  scope: FiguresScope,
): KpiGroup[] {
  const nameOf = new Map<Id, string>(staff.map((s) => [s.id, s.name]));
  const out: KpiGroup[] = [];
  for (const g of groups) {
    if (scope && g.assigneeId !== scope.staffId) continue;
    out.push({ ...g, staff: (g.assigneeId && nameOf.get(g.assigneeId)) || null });
  }
  return out;
}

/** The policies behind a figure, soonest end first. */
export function drillDown(
  records: Records,
  today: IsoDate,
  filter: DrillFilter,
  scope: FiguresScope = null,
  firstTierOf: (policyId: Id) => string | null = () => null,
): PolicyResult[] {
  const { from, to } = filter.month
    ? { from: filter.month, to: filter.month }
    : periodMonths(filter.period, today);
  return resultsOf(records, today, scope)
    .filter(
      (r) =>
        inMonths(r, from, to) &&
        (filter.staff === undefined || r.staff === filter.staff) &&
        (filter.insurer === undefined || r.policy.insurer === filter.insurer) &&
        (filter.kind === undefined || r.policy.kind === filter.kind) &&
        (filter.status === undefined || r.status === filter.status) &&
        (filter.lostReason === undefined ||
          (r.status === 'lost' && r.lostReason === filter.lostReason)) &&
        (filter.renewedInsurer === undefined ||
          (r.status === 'renewed' && r.renewedInsurer === filter.renewedInsurer)) &&
        (filter.firstTier === undefined || firstTierOf(r.policy.id) === filter.firstTier),
    )
    .sort((a, b) => a.policy.endDate.localeCompare(b.policy.endDate));
}
