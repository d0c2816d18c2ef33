// The figures worker's reads, shared between its calls. The dashboard reads the frozen months'
// roll-ups and the open months' records only (dashboardFromRollups); the cards that still need
// every policy and case (staff performance, tier rates, the monthly review, drill-downs) share
// one read while the records stay as they were (the fingerprint: index ends and counts), so a
// refresh that asks five things reads the book once, not five times.
import { groupsOf } from '../../../shared/domain/kpi/kpi-group';
import { monthStart, nextMonth } from '../../../shared/domain/kpi/kpi-rollup';
import { plusDays } from '../../../shared/domain/reminders/dates';
import type { IsoDate } from '../../../shared/domain/types';
import type { AppDb } from '../../db/app-db';
import {
  kpiRecordsFingerprint,
  readKpiRecords,
  readStaffAndSettings,
} from '../../db/repositories/kpi-queries';
import { readOpenRecords } from '../../db/repositories/kpi-rollup-queries';
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

/**
 * The dashboard from the frozen months' roll-ups (rebuilt where a write touched them) and the
 * open months computed now: the same figures as dashboardData over every record.
 */
export async function dashboardFromRollups(
  db: AppDb,
  today: IsoDate,
  period: Period,
  scope: FiguresScope,
): Promise<DashboardData> {
  const { staff, settings } = await readStaffAndSettings(db);
  const frozen = await frozenMonths(db, today, settings);
  const firstOpen = monthStart(nextMonth(frozen.through));
  const live = await readOpenRecords(db, firstOpen, plusDays(firstOpen, -CASE_SPAN_DAYS));
  const liveResults = resultsOf({ ...live, staff, settings }, today, scope);
  return composeDashboard({
    groups: [...namedGroups(frozen.groups, staff, scope), ...groupsOf(liveResults)],
    loadResults: liveResults,
    staff,
    settings,
    today,
    period,
    scope,
  });
}
