// Storage of the frozen months (shared/domain/kpi/kpi-rollup.ts) and the reads around them:
// what changed since the roll-ups were built (the updatedAt indexes of v5), the records of some
// months only, and the records of the open months (every policy ending from a date on).
import type { KpiRollup } from '../../../shared/domain/kpi/kpi-rollup';
import { ROLLUP_META } from '../../../shared/domain/kpi/kpi-rollup';
import type { IsoDate, IsoDateTime, Policy, RenewalCase } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

/** Where the policies and cases stand: the newest updatedAt, the rows carrying it, all rows. */
export interface DataStamp {
  stamp: IsoDateTime;
  atStamp: number;
  rows: number;
}

export interface RollupState {
  meta: KpiRollup | undefined;
  rows: KpiRollup[];
  /** Policies and cases written after the meta's stamp (none without a meta). */
  changedPolicies: Policy[];
  changedCases: RenewalCase[];
  /** Policies and cases written exactly at the meta's stamp (counted, not read). */
  atStamp: number;
  /** Policies and cases in all. */
  total: number;
}

/** The roll-ups and what changed since they were built, in one read transaction. */
export async function readRollupState(db: AppDb): Promise<RollupState> {
  return db.transaction('r', [db.kpiRollups, db.policies, db.cases], async () => {
    const all = await db.kpiRollups.toArray();
    const meta = all.find((r) => r.month === ROLLUP_META);
    const rows = all.filter((r) => r.month !== ROLLUP_META);
    const since = meta?.stamp ?? '';
    const [changedPolicies, changedCases, policiesAt, casesAt, policyCount, caseCount] =
      await Promise.all([
        meta ? db.policies.where('updatedAt').above(since).toArray() : [],
        meta ? db.cases.where('updatedAt').above(since).toArray() : [],
        meta ? db.policies.where('updatedAt').equals(since).count() : 0,
        meta ? db.cases.where('updatedAt').equals(since).count() : 0,
        db.policies.count(),
        db.cases.count(),
      ]);
    return {
      meta,
      rows,
      changedPolicies,
      changedCases,
      atStamp: policiesAt + casesAt,
      total: policyCount + caseCount,
    };
  });
}

/** The newest updatedAt among some policies and cases, and how many carry it. */
export function stampOf(
  rows: readonly { updatedAt: IsoDateTime }[],
  floor: DataStamp | null,
  total: number,
): DataStamp {
  let stamp = floor?.stamp ?? '';
  for (const r of rows) if (r.updatedAt > stamp) stamp = r.updatedAt;
  let atStamp = 0;
  for (const r of rows) if (r.updatedAt === stamp) atStamp++;
  return { stamp, atStamp, rows: total };
}

export interface MonthRecords {
  policies: Policy[];
  cases: RenewalCase[];
}

/** Every policy and case (a full rebuild), in one read transaction. */
export async function readAllMonthRecords(db: AppDb): Promise<MonthRecords> {
  return db.transaction('r', [db.policies, db.cases], async () => {
    const [policies, cases] = await Promise.all([db.policies.toArray(), db.cases.toArray()]);
    return { policies, cases };
  });
}

/**
 * The policies ending between `from` and `to` (inclusive), with every policy and case of their
 * cars (a later policy is the renewal; the case carries the outcome).
 */
export async function readMonthRecords(
  db: AppDb,
  from: IsoDate,
  to: IsoDate,
): Promise<MonthRecords> {
  return db.transaction('r', [db.policies, db.cases], async () => {
    const ending = await db.policies.where('endDate').between(from, to, true, true).toArray();
    const vehicleIds = [...new Set(ending.map((p) => p.vehicleId))];
    if (vehicleIds.length === 0) return { policies: [], cases: [] };
    const [policies, cases] = await Promise.all([
      db.policies.where('vehicleId').anyOf(vehicleIds).toArray(),
      db.cases.where('vehicleId').anyOf(vehicleIds).toArray(),
    ]);
    return { policies, cases };
  });
}

/**
 * The open months' records: every policy ending on or after `from` (their renewals end later
 * still, so they are among them) and the cases that can cover them (a case's end date is the
 * earliest of its policies', within `caseMarginDays` before).
 */
export async function readOpenRecords(
  db: AppDb,
  from: IsoDate,
  caseFrom: IsoDate,
): Promise<MonthRecords> {
  return db.transaction('r', [db.policies, db.cases], async () => {
    const [policies, cases] = await Promise.all([
      db.policies.where('endDate').aboveOrEqual(from).toArray(),
      db.cases.where('endDate').aboveOrEqual(caseFrom).toArray(),
    ]);
    return { policies, cases };
  });
}

/** Puts the rebuilt months (and deletes the emptied ones) with the new meta, in one write. */
export async function writeRollups(
  db: AppDb,
  put: readonly KpiRollup[],
  emptied: readonly string[],
  meta: KpiRollup,
): Promise<void> {
  await db.transaction('rw', [db.kpiRollups], async () => {
    if (emptied.length) await db.kpiRollups.bulkDelete([...emptied]);
    await db.kpiRollups.bulkPut([...put, meta]);
  });
}

export interface ChangedSince {
  policies: Policy[];
  cases: RenewalCase[];
  /** Policies and cases carrying exactly the stamp. */
  atStamp: number;
  total: number;
}

/** Policies and cases written after `stamp` (index ranges), and the counts that check it. */
export async function readChangedSince(db: AppDb, stamp: IsoDateTime): Promise<ChangedSince> {
  return db.transaction('r', [db.policies, db.cases], async () => {
    const [policies, cases, policiesAt, casesAt, policyCount, caseCount] = await Promise.all([
      db.policies.where('updatedAt').above(stamp).toArray(),
      db.cases.where('updatedAt').above(stamp).toArray(),
      db.policies.where('updatedAt').equals(stamp).count(),
      db.cases.where('updatedAt').equals(stamp).count(),
      db.policies.count(),
      db.cases.count(),
    ]);
    return {
      policies,
      cases,
      atStamp: policiesAt + casesAt,
      total: policyCount + caseCount,
    };
  });
}

/** The newest updatedAt of policies and cases, how many rows carry it, and all rows. */
export async function readDataStamp(db: AppDb): Promise<DataStamp> {
  return db.transaction('r', [db.policies, db.cases], async () => {
    const [lastPolicy, lastCase, policyCount, caseCount] = await Promise.all([
      db.policies.orderBy('updatedAt').last(),
      db.cases.orderBy('updatedAt').last(),
      db.policies.count(),
      db.cases.count(),
    ]);
    const a = lastPolicy?.updatedAt ?? '';
    const b = lastCase?.updatedAt ?? '';
    const stamp = a > b ? a : b;
    const [policiesAt, casesAt] = stamp
      ? await Promise.all([
          db.policies.where('updatedAt').equals(stamp).count(),
          db.cases.where('updatedAt').equals(stamp).count(),
        ])
      : [0, 0];
    return { stamp, atStamp: policiesAt + casesAt, rows: policyCount + caseCount };
  });
}
