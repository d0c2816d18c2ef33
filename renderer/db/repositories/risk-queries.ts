// Reads for the dashboard's risk list (issue 12): the open cases with what the rule needs
// (their attempts' outcomes, the expiring premium) and the customers with an open complaint,
// in one read transaction; then the names and plates of the few rows shown.
import type { RiskCase } from '../../../shared/domain/kpi/risk-list';
import type { ComplaintState, Id } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

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
      db.tasks
        .where('caseId')
        .anyOf(cases.map((c) => c.id))
        .toArray(),
      db.policies.bulkGet(cases.flatMap((c) => c.policyIds)),
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

export interface CaseParty {
  clientName: string;
  plate: string | null;
}

/** The customer's name and the car's plate of each case shown. */
export async function readCaseParties(
  db: AppDb,
  cases: readonly { caseId: Id; clientId: Id }[],
): Promise<Map<Id, CaseParty>> {
  return db.transaction('r', [db.cases, db.clients, db.vehicles], async () => {
    const stored = await db.cases.bulkGet(cases.map((c) => c.caseId));
    const clients = await db.clients.bulkGet(cases.map((c) => c.clientId));
    const vehicles = await db.vehicles.bulkGet(stored.map((c) => c?.vehicleId ?? ''));
    const parties = new Map<Id, CaseParty>();
    cases.forEach((c, i) => {
      parties.set(c.caseId, {
        clientName: clients[i]?.name ?? '',
        plate: vehicles[i]?.plate ?? null,
      });
    });
    return parties;
  });
}
