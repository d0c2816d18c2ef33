// The figures worker's reads, shared between its calls. The dashboard reads the frozen months'
// roll-ups and the open months' records only (dashboardFromRollups); the cards that still need
// every policy and case (staff performance, tier rates, the monthly review, drill-downs) share
// one read while the records stay as they were (the fingerprint: index ends and counts), so a
// refresh that asks five things reads the book once, not five times.
import { groupsOf } from '../../../shared/domain/kpi/kpi-group';
import { frozenThrough, monthStart, nextMonth } from '../../../shared/domain/kpi/kpi-rollup';
import { plusDays } from '../../../shared/domain/reminders/dates';
import type { IsoDate } from '../../../shared/domain/types';
import type { AppDb } from '../../db/app-db';
import {
  kpiRecordsFingerprint,
  readKpiRecords,
  readStaffAndSettings,
} from '../../db/repositories/kpi-queries';
import {
  readChangedSince,
  readDataStamp,
  readOpenRecords,
  stampOf,
  type DataStamp,
  type MonthRecords,
} from '../../db/repositories/kpi-rollup-queries';
import type { Id, Policy, RenewalCase } from '../../../shared/domain/types';
import {
  composeDashboard,
  namedGroups,
  resultsOf,
  type DashboardData,
  type FiguresScope,
  type Period,
  type Records,
} from './dashboard-data';
import { CASE_SPAN_DAYS, frozenMonths } from './frozen-months';

/** How long a read is shared at most, even with an unchanged fingerprint. */
const SHARE_MS = 10_000;

/** One read of every policy and case, shared while the fingerprint stays the same. */
export function sharedKpiRecords(now: () => number = Date.now): (db: AppDb) => Promise<Records> {
  let last: { key: string; at: number; records: Promise<Records> } | null = null;
  return async (db) => {
    const key = `${db.name}|${await kpiRecordsFingerprint(db)}`;
    if (last && last.key === key && now() - last.at < SHARE_MS) return last.records;
    const records = readKpiRecords(db);
    const entry = { key, at: now(), records };
    last = entry;
    records.catch(() => {
      if (last === entry) last = null;
    });
    return records;
  };
}

/** The open months' records a worker keeps between calls, and the stamp they are read at. */
interface OpenMonths {
  db: string;
  from: IsoDate;
  caseFrom: IsoDate;
  policies: Map<Id, Policy>;
  cases: Map<Id, RenewalCase>;
  stamp: DataStamp;
}

/**
 * The open months' records, kept in memory between calls: a call after a write reads only the
 * rows written since (the updatedAt indexes) and applies them; a write it cannot see that way
 * (rows gone, more rows at the stamp than before: written in the same millisecond) or a new
 * first open month reads them all again.
 */
export function openMonthsRecords(): (
  db: AppDb,
  from: IsoDate,
  caseFrom: IsoDate,
) => Promise<MonthRecords> {
  let kept: OpenMonths | null = null;
  return async (db, from, caseFrom) => {
    if (kept && kept.db === db.name && kept.from === from && kept.caseFrom === caseFrom) {
      const changed = await readChangedSince(db, kept.stamp.stamp);
      const rows = [...changed.policies, ...changed.cases];
      const created = rows.filter((r) => r.createdAt === r.updatedAt).length;
      if (changed.atStamp <= kept.stamp.atStamp && changed.total === kept.stamp.rows + created) {
        for (const p of changed.policies) {
          if (p.endDate >= from) kept.policies.set(p.id, p);
          else kept.policies.delete(p.id);
        }
        for (const c of changed.cases) {
          if (c.endDate >= caseFrom) kept.cases.set(c.id, c);
          else kept.cases.delete(c.id);
        }
        if (rows.length) kept.stamp = stampOf(rows, null, changed.total);
        else kept.stamp = { ...kept.stamp, atStamp: changed.atStamp, rows: changed.total };
        return { policies: [...kept.policies.values()], cases: [...kept.cases.values()] };
      }
    }
    // The stamp first: a write landing during the read is seen again next time.
    const stamp = await readDataStamp(db);
    const records = await readOpenRecords(db, from, caseFrom);
    kept = {
      db: db.name,
      from,
      caseFrom,
      policies: new Map(records.policies.map((p) => [p.id, p])),
      cases: new Map(records.cases.map((c) => [c.id, c])),
      stamp,
    };
    return records;
  };
}

/** The first open month on `today` and the first case end date its policies can have. */
export function openMonthsFrom(today: IsoDate): { from: IsoDate; caseFrom: IsoDate } {
  const from = monthStart(nextMonth(frozenThrough(today)));
  return { from, caseFrom: plusDays(from, -CASE_SPAN_DAYS) };
}

/**
 * The dashboard from the frozen months' roll-ups (rebuilt where a write touched them) and the
 * open months computed now: the same figures as dashboardData over every record.
 */
export async function dashboardFromRollups(
  db: AppDb,
  today: IsoDate,
  period: Period,
  scope: FiguresScope,
  readOpen: (
    db: AppDb,
    from: IsoDate,
    caseFrom: IsoDate,
  ) => Promise<MonthRecords> = readOpenRecords,
): Promise<DashboardData> {
  const { groups, liveResults, staff, settings } = await figureGroups(db, today, scope, readOpen);
  return composeDashboard({
    groups,
    loadResults: liveResults,
    staff,
    settings,
    today,
    period,
    scope,
  });
}

/**
 * Every due policy as groups, names joined, within a scope: the frozen months' roll-ups (rebuilt
 * where a write touched them) and the open months computed now (`liveResults`). What the
 * dashboard, the staff performance card and the monthly review count, without a read of every
 * policy and case.
 */
export async function figureGroups(
  db: AppDb,
  today: IsoDate,
  scope: FiguresScope,
  readOpen: (
    db: AppDb,
    from: IsoDate,
    caseFrom: IsoDate,
  ) => Promise<MonthRecords> = readOpenRecords,
) {
  const { staff, settings } = await readStaffAndSettings(db);
  const frozen = await frozenMonths(db, today, settings);
  const firstOpen = monthStart(nextMonth(frozen.through));
  const live = await readOpen(db, firstOpen, plusDays(firstOpen, -CASE_SPAN_DAYS));
  const liveResults = resultsOf({ ...live, staff, settings }, today, scope);
  const groups = [...namedGroups(frozen.groups, staff, scope), ...groupsOf(liveResults)];
  return { groups, liveResults, staff, settings };
}
