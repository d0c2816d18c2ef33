// Reads for the dashboard's risk list (issue 12): the open cases with what the rule needs
// (their attempts' outcomes, the expiring premium) and the customers with an open complaint,
// in one read transaction; then the names and plates of the few rows shown.
import type { RiskCase } from '../../../shared/domain/kpi/risk-list';
import type { ComplaintState, Id, Policy } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { customerNames } from './client-crypto';
import { ALL_TASKS_FROM, tasksOfCases } from './tasks-of-cases';
import { plusDays } from '../../../shared/domain/reminders/dates';

const OPEN_CASE_STATES = ['open', 'contacted', 'quoted'] as const;
const OPEN_COMPLAINT_STATES: ComplaintState[] = ['received', 'acknowledged', 'investigating'];

export interface RiskRecords {
  cases: RiskCase[];
  openComplaintClients: Set<Id>;
}

/** `staffId`: only that person's cases (a staff member reading); null: everyone's. */
export async function readRiskRecords(db: AppDb, staffId: Id | null): Promise<RiskRecords> {
  return db.transaction('r', [db.cases, db.tasks, db.policies, db.feedback], async () => {
    const cases = (
      await db.cases
        .where('state')
        .anyOf([...OPEN_CASE_STATES])
        .toArray()
    ).filter((c) => !c.deletedAt && (staffId === null || c.assigneeId === staffId));
    const [tasks, policies, complaints] = await Promise.all([
      tasksOfCases(
        db,
        cases.map((c) => c.id),
      ),
      policiesOfCases(db, cases),
      db.feedback.where('state').anyOf(OPEN_COMPLAINT_STATES).toArray(),
    ]);
    const outcomes = new Map<Id, RiskCase['outcomes'][number][]>();
    for (const t of tasks) {
      if (t.deletedAt) continue;
      const list = outcomes.get(t.caseId) ?? [];
      for (const a of t.attempts) list.push(a.outcome);
      outcomes.set(t.caseId, list);
    }
    const premium = new Map<Id, number>();
    for (const p of policies) if (p && !p.deletedAt && p.premium) premium.set(p.id, p.premium);
    return {
      cases: cases.map((c) => {
        const known = c.policyIds.filter((id) => premium.has(id));
        return {
          id: c.id,
          clientId: c.clientId,
          endDate: c.endDate,
          state: c.state,
          assigneeId: c.assigneeId ?? null,
          quotedPremium: c.quotedPremium ?? null,
          expiringPremium: known.length
            ? known.reduce((sum, id) => sum + (premium.get(id) ?? 0), 0)
            : null,
          outcomes: outcomes.get(c.id) ?? [],
        };
      }),
      openComplaintClients: new Set(
        complaints
          .filter((f) => !f.deletedAt && f.kind === 'complaint' && f.clientId)
          .map((f) => f.clientId as Id),
      ),
    };
  });
}

/**
 * The policies of the open cases. Past a few thousand, through one range of the end-date index
 * (a case's policies end on or after its end date, within its merge window) rather than one
 * read per key.
 */
export async function policiesOfCases(
  db: AppDb,
  cases: readonly { endDate: string; policyIds: readonly Id[] }[],
  threshold = ALL_TASKS_FROM,
): Promise<(Policy | undefined)[]> {
  const ids = cases.flatMap((c) => c.policyIds);
  if (ids.length <= threshold) return db.policies.bulkGet(ids);
  const wanted = new Set(ids);
  const ends = cases.map((c) => c.endDate).sort();
  const from = ends[0] as string;
  const to = plusDays(ends.at(-1) as string, 62);
  const found = new Map<Id, Policy>();
  for (const p of await db.policies.where('endDate').between(from, to, true, true).toArray()) {
    if (wanted.has(p.id)) found.set(p.id, p);
  }
  const missing = ids.filter((id) => !found.has(id));
  const stragglers = missing.length ? await db.policies.bulkGet(missing) : [];
  for (const p of stragglers) if (p) found.set(p.id, p);
  return ids.map((id) => found.get(id));
}

export interface CaseParty {
  clientName: string;
  plate: string | null;
}

/** The customer's name and the car's plate of each case shown. */
export async function readCaseParties(
  db: AppDb,
  cases: readonly { caseId: Id; clientId: Id }[],
): Promise<Map<Id, CaseParty>> {
  // Sealed customers' names are opened after the read (this runs in the figures worker, which
  // gets the window's keys with each call).
  const tables = [db.cases, db.clients, db.clientSummaries, db.vehicles];
  const read = await db.transaction('r', tables, async () => {
    const stored = await db.cases.bulkGet(cases.map((c) => c.caseId));
    const ids = cases.map((c) => c.clientId);
    const [rows, summaries] = await Promise.all([
      db.clients.bulkGet(ids),
      db.clientSummaries.bulkGet(ids),
    ]);
    const vehicles = await db.vehicles.bulkGet(stored.map((c) => c?.vehicleId ?? ''));
    return { rows, summaries, vehicles };
  });
  const names = await customerNames(read.rows, read.summaries);
  const parties = new Map<Id, CaseParty>();
  cases.forEach((c, i) => {
    parties.set(c.caseId, {
      clientName: names[i] ?? '',
      plate: read.vehicles[i]?.plate ?? null,
    });
  });
  return parties;
}
