// The figures worker's handler map (served by worker-rpc): the dashboard and its drill-down
// lists, computed on the worker's own connection so reading 100k policies and working out
// their statuses never blocks the window. Only the small results cross back.
import type { DataKeys } from '../../../shared/crypto/keys';
import type { IsoDate } from '../../../shared/domain/types';
import { setRecordKeys } from '../../db/record-keys';
import type { AppDb } from '../../db/app-db';
import { workerDbConnections } from '../../db/worker-connections';
import { figuresScopeOf, readPolicyParties } from '../../db/repositories/kpi-queries';
import {
  dashboardFromRollups,
  figureGroups,
  openMonthsFrom,
  openMonthsRecords,
  sharedKpiRecords,
} from './figures-reads';
import { drillDown, periodMonths, type DrillFilter, type Period } from './dashboard-data';
import { readComplaintRateRecords } from '../../db/repositories/complaint-rate-queries';
import { complaintRates } from '../../../shared/domain/kpi/complaint-rates';
import {
  readFeedbackReceived,
  readPerformanceRecords,
} from '../../db/repositories/performance-queries';
import { readCaseParties, readRiskRecords } from '../../db/repositories/risk-queries';
import { riskList, type RiskReason } from '../../../shared/domain/kpi/risk-list';
import { monthlyReview } from './monthly-review';
import { performanceData } from './performance-data';
import { firstTierOfPolicies, tierData } from './tier-data';

/** A drill-down row: the figure's facts plus who and which car, for the person reading it. */
export interface DrillRow {
  policyId: string;
  clientName: string;
  plate: string | null;
  insurer: string;
  kind: 'compulsory' | 'commercial';
  endDate: IsoDate;
  premium: number | null;
  status: 'renewed' | 'lost' | 'lapsed' | 'pending';
  staff: string | null;
  lostReason: string | null;
  renewedInsurer: string | null;
  renewedPremium: number;
}

/** A risk list row: the rule's facts plus who and which car, for the person reading it. */
export interface RiskRow {
  caseId: string;
  clientId: string;
  clientName: string;
  plate: string | null;
  endDate: IsoDate;
  daysLeft: number;
  staff: string | null;
  quotedPremium: number | null;
  expiringPremium: number | null;
  reasons: RiskReason[];
}

/** The most risk rows returned; the card says how many there are in all. */
export const RISK_LIMIT = 200;

/** The most rows one drill-down returns; the screen says when a list was cut. */
export const DRILL_LIMIT = 5000;

/** `dbNamed`: the worker's own connections; the window's fallback passes its open database. */
export function kpiHandlers(dbNamed: (name: string) => Promise<AppDb> = workerDbConnections()) {
  // One read of every policy and case for the calls of one refresh (figures-reads.ts).
  const readKpiRecords = sharedKpiRecords();
  // The open months' records, kept between calls and brought up to date by what was written.
  const readOpen = openMonthsRecords();
  /** The kpi records and the period's cases, tasks and feedback, read side by side. */
  async function periodWork(db: AppDb, today: IsoDate, period: Period) {
    const { from, to } = periodMonths(period, today);
    const [records, work] = await Promise.all([
      readKpiRecords(db),
      readPerformanceRecords(db, from, to),
    ]);
    return { records, work };
  }
  return {
    /**
     * The window's data keys (or none), sent before each call: the drill-downs and the risk list
     * open the customers' names with them (the summaries hold none since schema v8).
     */
    keys: ({ keys }: { keys: DataKeys | null }) => {
      setRecordKeys(keys);
      return null;
    },
    /**
     * Opens the connection and reads the open months' records into this worker's memory
     * (openMonthsRecords), so the first figures after sign-in only read what changed since.
     * Runs while the person signs in when the app opens on the dashboard; nothing is returned
     * and nothing is computed for anyone until a signed-in call asks (and its role is checked).
     */
    warm: async (args: { dbName: string; today: IsoDate }) => {
      const db = await dbNamed(args.dbName);
      const { from, caseFrom } = openMonthsFrom(args.today);
      await readOpen(db, from, caseFrom);
    },

    // `actor`: who asks. Staff get the figures of their own cases (figuresScopeOf), whatever
    // the window asked for: the role is checked here, on the worker's side.
    dashboard: async (args: { dbName: string; actor: string; today: IsoDate; period: Period }) => {
      const db = await dbNamed(args.dbName);
      const scope = await figuresScopeOf(db, args.actor);
      // Frozen months from their roll-ups, the open ones computed now (figures-reads.ts).
      return dashboardFromRollups(db, args.today, args.period, scope, readOpen);
    },

    drillDown: async (args: {
      dbName: string;
      actor: string;
      today: IsoDate;
      filter: DrillFilter;
    }) => {
      const db = await dbNamed(args.dbName);
      const scope = await figuresScopeOf(db, args.actor);
      const records = await readKpiRecords(db);
      // The first-contact tier needs the tasks: read only when the list is a tier's.
      let firstTierOf: ((policyId: string) => string | null) | undefined;
      if (args.filter.firstTier !== undefined) {
        const { from, to } = args.filter.month
          ? { from: args.filter.month, to: args.filter.month }
          : periodMonths(args.filter.period, args.today);
        firstTierOf = firstTierOfPolicies(await readPerformanceRecords(db, from, to));
      }
      const all = drillDown(records, args.today, args.filter, scope, firstTierOf);
      const shown = all.slice(0, DRILL_LIMIT);
      const parties = await readPolicyParties(
        db,
        shown.map((r) => r.policy.id),
      );
      const rows: DrillRow[] = shown.map((r) => ({
        policyId: r.policy.id,
        clientName: parties.get(r.policy.id)?.clientName ?? '',
        plate: parties.get(r.policy.id)?.plate ?? null,
        insurer: r.policy.insurer,
        kind: r.policy.kind,
        endDate: r.policy.endDate,
        premium: r.policy.premium ?? null,
        status: r.status,
        staff: r.staff,
        lostReason: r.lostReason,
        renewedInsurer: r.renewedInsurer,
        renewedPremium: r.renewedPremium,
      }));
      return { rows, total: all.length };
    },

    /** The staff performance card: one row per person (staff: their own row only). */
    performance: async (args: {
      dbName: string;
      actor: string;
      today: IsoDate;
      period: Period;
    }) => {
      const db = await dbNamed(args.dbName);
      const scope = await figuresScopeOf(db, args.actor);
      // The rates from the figures' groups (roll-ups + open months), not a read of every
      // policy and case; the work from the period's cases and tasks.
      const { from, to } = periodMonths(args.period, args.today);
      const figures = await figureGroups(db, args.today, scope, readOpen);
      const work = await readPerformanceRecords(db, from, to);
      return performanceData(figures, work, args.today, args.period, scope);
    },

    /** Renewal rate by the tier at first contact, for a period. */
    tierRates: async (args: { dbName: string; actor: string; today: IsoDate; period: Period }) => {
      const db = await dbNamed(args.dbName);
      const scope = await figuresScopeOf(db, args.actor);
      const { records, work } = await periodWork(db, args.today, args.period);
      return tierData(records, work, args.today, args.period, scope);
    },

    /** The risk list: open cases needing attention now, with why (staff: their own cases). */
    risks: async (args: { dbName: string; actor: string; today: IsoDate }) => {
      const db = await dbNamed(args.dbName);
      const scope = await figuresScopeOf(db, args.actor);
      const records = await readRiskRecords(db, scope?.staffId ?? null);
      const all = riskList(records.cases, records.openComplaintClients, args.today);
      const shown = all.slice(0, RISK_LIMIT);
      const [parties, staff] = await Promise.all([readCaseParties(db, shown), db.staff.toArray()]);
      const nameOf = new Map(staff.map((s) => [s.id, s.name]));
      const rows: RiskRow[] = shown.map((r) => ({
        caseId: r.caseId,
        clientId: r.clientId,
        clientName: parties.get(r.caseId)?.clientName ?? '',
        plate: parties.get(r.caseId)?.plate ?? null,
        endDate: r.endDate,
        daysLeft: r.daysLeft,
        staff: (r.assigneeId && nameOf.get(r.assigneeId)) || null,
        quotedPremium: r.quotedPremium,
        expiringPremium: r.expiringPremium,
        reasons: r.reasons,
      }));
      return { rows, total: all.length };
    },

    // Complaints per 100 contacts by staff and by script version, for the period.
    complaintRates: async (args: {
      dbName: string;
      actor: string;
      today: IsoDate;
      period: Period;
    }) => {
      const db = await dbNamed(args.dbName);
      const scope = await figuresScopeOf(db, args.actor);
      const { from, to } = periodMonths(args.period, args.today);
      return complaintRates({
        ...(await readComplaintRateRecords(db)),
        from,
        to,
        staffId: scope?.staffId ?? null,
      });
    },

    /** One month's review: its figures and its complaints (staff: their own). */
    monthlyReview: async (args: {
      dbName: string;
      actor: string;
      today: IsoDate;
      month: string;
    }) => {
      const db = await dbNamed(args.dbName);
      const scope = await figuresScopeOf(db, args.actor);
      // The month's groups (roll-ups + open months) and its feedback: no tasks, no read of
      // every policy and case.
      const figures = await figureGroups(db, args.today, scope, readOpen);
      const feedback = await readFeedbackReceived(db, args.month, args.month);
      return monthlyReview(figures, feedback, args.today, args.month, scope);
    },
  };
}

export type KpiApi = ReturnType<typeof kpiHandlers>;
