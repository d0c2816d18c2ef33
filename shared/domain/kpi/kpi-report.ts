// The owner's figures from the policy statuses (renewal-status.ts): by month, insurer and
// staff, lost reasons, and the expiry load ahead against staff capacity. Counts are of
// policies, per kind; "all" adds both kinds. Rate = renewed / due, null when nothing is due.
// A row is closed when nothing in it is pending.
//
// Every figure but the load is a sum over groups (kpi-group.ts): a policy's result is a group
// of one, and a frozen month's roll-up is a few hundred groups standing for thousands of
// policies. Premiums are added in whole cents, so the sum is the same in any order: figures
// from roll-ups and from a scan of the same data are equal to the cent, not just close.
import { isWorkingDay, type CalendarOverrides } from '../reminders/calendar';
import { dayNumber, plusDays } from '../reminders/dates';
import type { IsoDate, PolicyKind } from '../types';
import { fromCents, groupsOf, type KpiGroup } from './kpi-group';
import type { PolicyResult, RenewalStatus } from './renewal-status';

export type KpiKind = PolicyKind | 'all';

export interface KpiCounts {
  due: number;
  renewed: number;
  lost: number;
  lapsed: number;
  pending: number;
  rate: number | null;
}

export interface MonthRow extends KpiCounts {
  month: string;
  kind: KpiKind;
  premiumDue: number;
  premiumRenewed: number;
  closed: boolean;
}

export interface InsurerRow extends KpiCounts {
  insurer: string;
  kind: KpiKind;
}

export interface StaffRow extends KpiCounts {
  /** null: no one was responsible (unassigned). */
  staff: string | null;
}

export interface LostReasonRow {
  /** null: lost without a reason given. */
  reason: string | null;
  count: number;
  premium: number;
}

export interface LoadRow {
  weekStart: IsoDate;
  /** Policies ending that week and not yet renewed or lost: the calls still to make. */
  due: number;
  /** Calls the active staff can make that week: daily capacity × working days. */
  capacity: number;
}

export interface KpiReport {
  byMonth: MonthRow[];
  byInsurer: InsurerRow[];
  byStaff: StaffRow[];
  lostReasons: LostReasonRow[];
  load: LoadRow[];
}

export interface LoadInput {
  today: IsoDate;
  /** Sum of the active staff's daily capacity. */
  dailyCapacity: number;
  weeks?: number;
  calendar?: CalendarOverrides;
}

const KINDS: readonly KpiKind[] = ['compulsory', 'commercial', 'all'];
export const LOAD_WEEKS = 13;

interface Tally {
  counts: Record<RenewalStatus, number>;
  /** Whole cents. */
  premiumDue: number;
  premiumRenewed: number;
}

const emptyTally = (): Tally => ({
  counts: { renewed: 0, lost: 0, lapsed: 0, pending: 0 },
  premiumDue: 0,
  premiumRenewed: 0,
});

function add(tally: Tally, g: KpiGroup): void {
  tally.counts[g.status] += g.count;
  tally.premiumDue += g.premiumDue;
  if (g.status === 'renewed') tally.premiumRenewed += g.premiumRenewed;
}

export function countsOf(tally: Pick<Tally, 'counts'>): KpiCounts {
  const { renewed, lost, lapsed, pending } = tally.counts;
  const due = renewed + lost + lapsed + pending;
  return { due, renewed, lost, lapsed, pending, rate: due === 0 ? null : renewed / due };
}

/** Tallies groups under a key per group; each group counts under its kind and "all". */
function tallyBy<K extends string>(
  groups: readonly KpiGroup[],
  keyOf: (g: KpiGroup, kind: KpiKind) => K,
  withKinds: boolean,
): Map<K, Tally> {
  const tallies = new Map<K, Tally>();
  for (const g of groups) {
    const kinds: readonly KpiKind[] = withKinds ? [g.kind, 'all'] : ['all'];
    for (const kind of kinds) {
      const key = keyOf(g, kind);
      let t = tallies.get(key);
      if (!t) tallies.set(key, (t = emptyTally()));
      add(t, g);
    }
  }
  return tallies;
}

const SEP = '\u0000';
const kindOrder = (kind: KpiKind) => KINDS.indexOf(kind);

export function byMonth(results: readonly PolicyResult[]): MonthRow[] {
  return byMonthOf(groupsOf(results));
}

export function byMonthOf(groups: readonly KpiGroup[]): MonthRow[] {
  const tallies = tallyBy(groups, (g, kind) => `${g.month}${SEP}${kind}`, true);
  return [...tallies]
    .map(([key, t]) => {
      const [month = '', kind = 'all'] = key.split(SEP) as [string, KpiKind];
      const counts = countsOf(t);
      return {
        month,
        kind,
        ...counts,
        premiumDue: fromCents(t.premiumDue),
        premiumRenewed: fromCents(t.premiumRenewed),
        closed: counts.pending === 0,
      };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || kindOrder(a.kind) - kindOrder(b.kind));
}

export interface TotalsRow extends KpiCounts {
  premiumDue: number;
  premiumRenewed: number;
}

/** Every result together (both kinds), with the premiums. */
export function totalsOf(results: readonly PolicyResult[]): TotalsRow {
  return totalsOfGroups(groupsOf(results));
}

export function totalsOfGroups(groups: readonly KpiGroup[]): TotalsRow {
  const tally = emptyTally();
  for (const g of groups) add(tally, g);
  return {
    ...countsOf(tally),
    premiumDue: fromCents(tally.premiumDue),
    premiumRenewed: fromCents(tally.premiumRenewed),
  };
}

export interface KindRow extends KpiCounts {
  kind: PolicyKind;
}

/** One row per kind of policy (交强, 商业), compulsory first. */
export function byKind(results: readonly PolicyResult[]): KindRow[] {
  return byKindOf(groupsOf(results));
}

export function byKindOf(groups: readonly KpiGroup[]): KindRow[] {
  const tallies = tallyBy(groups, (g) => g.kind, false);
  return [...tallies]
    .map(([kind, t]) => ({ kind, ...countsOf(t) }))
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
}

export function byInsurer(results: readonly PolicyResult[]): InsurerRow[] {
  return byInsurerOf(groupsOf(results));
}

export function byInsurerOf(groups: readonly KpiGroup[]): InsurerRow[] {
  const tallies = tallyBy(groups, (g, kind) => `${g.insurer}${SEP}${kind}`, true);
  return [...tallies]
    .map(([key, t]) => {
      const [insurer = '', kind = 'all'] = key.split(SEP) as [string, KpiKind];
      return { insurer, kind, ...countsOf(t) };
    })
    .sort(
      (a, b) =>
        a.insurer.localeCompare(b.insurer, 'zh-CN') || kindOrder(a.kind) - kindOrder(b.kind),
    );
}

export function byStaff(results: readonly PolicyResult[]): StaffRow[] {
  return byStaffOf(groupsOf(results));
}

export function byStaffOf(groups: readonly KpiGroup[]): StaffRow[] {
  const tallies = tallyBy(groups, (g) => g.staff ?? SEP, false);
  return [...tallies]
    .map(([key, t]) => ({ staff: key === SEP ? null : key, ...countsOf(t) }))
    .sort((a, b) =>
      a.staff === null ? 1 : b.staff === null ? -1 : a.staff.localeCompare(b.staff, 'zh-CN'),
    );
}

export function lostReasons(results: readonly PolicyResult[]): LostReasonRow[] {
  return lostReasonsOf(groupsOf(results));
}

export function lostReasonsOf(groups: readonly KpiGroup[]): LostReasonRow[] {
  const rows = new Map<string | null, LostReasonRow>();
  for (const g of groups) {
    if (g.status !== 'lost') continue;
    let row = rows.get(g.lostReason);
    if (!row) rows.set(g.lostReason, (row = { reason: g.lostReason, count: 0, premium: 0 }));
    row.count += g.count;
    // Cents while adding, money when done (below).
    row.premium += g.premiumDue;
  }
  for (const row of rows.values()) row.premium = fromCents(row.premium);
  return [...rows.values()].sort(
    (a, b) =>
      b.count - a.count ||
      b.premium - a.premium ||
      String(a.reason).localeCompare(String(b.reason)),
  );
}

/** The Monday on or before `date`. */
export function weekStart(date: IsoDate): IsoDate {
  // Day 0 of dayNumber is 1970-01-01, a Thursday: Monday is 3 days later in the week.
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday
  return plusDays(date, -weekday);
}

/**
 * The expiry load ahead: for each of the next weeks (from this week's Monday), the policies
 * ending that week still to win (pending), against what the team can call that week.
 */
export function expiryLoad(results: readonly PolicyResult[], input: LoadInput): LoadRow[] {
  const first = weekStart(input.today);
  const weeks = input.weeks ?? LOAD_WEEKS;
  const rows: LoadRow[] = [];
  for (let w = 0; w < weeks; w++) {
    const start = plusDays(first, w * 7);
    let workingDays = 0;
    for (let d = 0; d < 7; d++) {
      const day = plusDays(start, d);
      // Days already past in the first week cannot be worked any more.
      if (day >= input.today && isWorkingDay(day, input.calendar)) workingDays++;
    }
    rows.push({ weekStart: start, due: 0, capacity: workingDays * input.dailyCapacity });
  }
  const end = plusDays(first, weeks * 7);
  for (const r of results) {
    if (r.status !== 'pending' || r.policy.endDate < first || r.policy.endDate >= end) continue;
    const row = rows[Math.floor((dayNumber(r.policy.endDate) - dayNumber(first)) / 7)];
    if (row) row.due++;
  }
  return rows;
}

export function kpiReport(results: readonly PolicyResult[], load: LoadInput): KpiReport {
  return {
    byMonth: byMonth(results),
    byInsurer: byInsurer(results),
    byStaff: byStaff(results),
    lostReasons: lostReasons(results),
    load: expiryLoad(results, load),
  };
}
