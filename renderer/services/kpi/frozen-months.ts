// The frozen months' groups for the dashboard (issue 12 point 1: closed months frozen in monthly
// roll-ups). The worker keeps them in `kpiRollups` and rebuilds only what a write touched since
// they were built, found through the updatedAt indexes:
// - a new policy touches the months of the policies it could renew (from 31 days before its
//   start) up to its own end month;
// - a case written touches its end month and the next two (its policies end close after it);
// - a policy edited or removed (its old dates are unknown), rows gone unseen (the purge), or a
//   clock set back: every frozen month is rebuilt, once, from a full read;
// - a month that froze since (today moved on) is built.
// Rows written with an updatedAt older than the stamp (a clock set back on another desk) are
// not seen until the next full rebuild.
import { groupsOf, mergeGroups, type KpiGroup } from '../../../shared/domain/kpi/kpi-group';
import {
  frozenThrough,
  monthEnd,
  monthStart,
  nextMonth,
  ROLLUP_META,
  type KpiRollup,
} from '../../../shared/domain/kpi/kpi-rollup';
import { plusDays, plusMonths } from '../../../shared/domain/reminders/dates';
import type { IsoDate, Settings } from '../../../shared/domain/types';
import type { AppDb } from '../../db/app-db';
import {
  readAllMonthRecords,
  readMonthRecords,
  readRollupState,
  stampOf,
  writeRollups,
  type MonthRecords,
} from '../../db/repositories/kpi-rollup-queries';
import { resultsOf } from './dashboard-data';

/** Days after a case's end date within which its policies end (chained merge windows). */
export const CASE_SPAN_DAYS = 62;

export interface FrozenMonths {
  /** The last frozen month today. */
  through: string;
  /** Every frozen month's groups, names left out (`staff` null). */
  groups: KpiGroup[];
  /** What this call rebuilt: 'all', or the months. */
  rebuilt: 'all' | string[];
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/** The frozen months' rows from some records: one roll-up per month that has policies. */
function rollUp(
  records: MonthRecords,
  today: IsoDate,
  settings: Settings,
  keep: (month: string) => boolean,
): Map<string, KpiGroup[]> {
  const results = resultsOf({ ...records, staff: [], settings }, today, null);
  const groups = mergeGroups(
    groupsOf(results.filter((r) => keep(r.policy.endDate.slice(0, 7)))).map((g) => ({
      ...g,
      staff: null,
    })),
  );
  const byMonth = new Map<string, KpiGroup[]>();
  for (const g of groups) {
    const list = byMonth.get(g.month);
    if (list) list.push(g);
    else byMonth.set(g.month, [g]);
  }
  return byMonth;
}

const policyStart = (p: { startDate?: IsoDate | null; endDate: IsoDate }) =>
  p.startDate ?? plusDays(plusMonths(p.endDate, -12), 1);

export async function frozenMonths(
  db: AppDb,
  today: IsoDate,
  settings: Settings,
): Promise<FrozenMonths> {
  const through = frozenThrough(today);
  const state = await readRollupState(db);
  const { meta } = state;
  let full = !meta?.stamp || !meta.through || meta.through > through;
  const touched = new Set<string>();
  const changed = [...state.changedPolicies, ...state.changedCases];
  if (meta?.stamp && !full) {
    // More rows at exactly the stamp than at the build: written in the same millisecond as it
    // (or under a test's fixed clock), so unseen by the range above the stamp.
    if (state.atStamp > (meta.atStamp ?? 0)) full = true;
    const created = changed.filter((r) => r.createdAt === r.updatedAt).length;
    if (state.total !== (meta.rows ?? 0) + created) full = true;
    for (const p of state.changedPolicies) {
      if (p.createdAt !== p.updatedAt) full = true;
      const from = plusDays(policyStart(p), -31).slice(0, 7);
      for (const m of monthsBetween(from, p.endDate.slice(0, 7))) touched.add(m);
    }
    for (const c of state.changedCases) {
      const to = plusDays(c.endDate, CASE_SPAN_DAYS).slice(0, 7);
      for (const m of monthsBetween(c.endDate.slice(0, 7), to)) touched.add(m);
    }
    const builtThrough = meta.through ?? through;
    if (builtThrough < through) {
      for (const m of monthsBetween(nextMonth(builtThrough), through)) touched.add(m);
    }
  }
  const stale = [...touched].filter((m) => m <= through).sort();
  let rows = state.rows;
  let rebuilt: FrozenMonths['rebuilt'] = [];
  if (full) {
    const records = await readAllMonthRecords(db);
    const built = rollUp(records, today, settings, (m) => m <= through);
    const put: KpiRollup[] = [...built].map(([month, groups]) => ({ month, groups }));
    const emptied = rows.map((r) => r.month).filter((m) => !built.has(m));
    const stamp = stampOf([...records.policies, ...records.cases], null, state.total);
    await writeRollups(db, put, emptied, { month: ROLLUP_META, groups: [], through, ...stamp });
    rows = put;
    rebuilt = 'all';
  } else if (meta) {
    // The newest write seen becomes the stamp; with none, the stamp stays (fewer rows at it:
    // rows moved on from it, and those were seen above it).
    const stamp = changed.length
      ? stampOf(changed, null, state.total)
      : { stamp: meta.stamp ?? '', atStamp: state.atStamp, rows: state.total };
    let put: KpiRollup[] = [];
    let emptied: string[] = [];
    if (stale.length) {
      const first = stale[0] as string;
      const last = stale.at(-1) as string;
      const records = await readMonthRecords(db, monthStart(first), monthEnd(last));
      const wanted = new Set(stale);
      const built = rollUp(records, today, settings, (m) => wanted.has(m));
      put = [...built].map(([month, groups]) => ({ month, groups }));
      emptied = stale.filter((m) => !built.has(m));
      const replaced = new Set(stale);
      rows = [...rows.filter((r) => !replaced.has(r.month)), ...put];
      rebuilt = stale;
    }
    if (
      stale.length ||
      stamp.stamp !== meta.stamp ||
      stamp.atStamp !== meta.atStamp ||
      meta.through !== through
    ) {
      await writeRollups(db, put, emptied, { month: ROLLUP_META, groups: [], through, ...stamp });
    }
  }
  return {
    through,
    groups: rows.filter((r) => r.month <= through).flatMap((r) => r.groups),
    rebuilt,
  };
}
