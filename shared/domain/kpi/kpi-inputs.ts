// The figures' inputs from the stored records: policies and cases as the kpi rules read them
// (renewal-status.ts), with no personal data. A case closed "renewed" or "lost" by a person
// carries that outcome; a case the plan closed because a later policy appeared carries none
// (the later policy itself is the renewal), so taking its import back takes the renewal back.
import type { Id, Policy, RenewalCase, Staff } from '../types';
import type { KpiCase, KpiOutcome, KpiPolicy } from './renewal-status';

export interface KpiRecords {
  policies: readonly Policy[];
  cases: readonly RenewalCase[];
  staff: readonly Staff[];
}

export interface KpiInputs {
  policies: KpiPolicy[];
  cases: KpiCase[];
}

/** The closing outcome a person logged on the case, if any (a plan closing carries none). */
export function outcomeOf(c: RenewalCase): KpiOutcome | null {
  if (c.deletedAt) return null;
  if (c.closedByPolicy) {
    // The plan closed it as renewed when a later policy came, after a person had logged the
    // loss: the loss still stands for the case's policies that later policy does not renew
    // (a case with both kinds, only one of them renewed: the other is lost, not lapsed).
    const before = c.closedByPolicy;
    return before.state === 'lost' && before.closedAt
      ? { outcome: 'lost', at: before.closedAt, reason: c.lostReason ?? null }
      : null;
  }
  if (!c.closedAt) return null;
  if (c.state === 'renewed') {
    return {
      outcome: 'renewed',
      at: c.closedAt,
      insurer: c.renewedInsurer ?? null,
      premium: c.renewedPremium ?? null,
    };
  }
  if (c.state === 'lost') return { outcome: 'lost', at: c.closedAt, reason: c.lostReason ?? null };
  return null;
}

/** A stored policy as the figures read it: no personal data. */
export function kpiPolicyOf(p: Policy): KpiPolicy {
  return {
    id: p.id,
    vehicleId: p.vehicleId,
    kind: p.kind,
    insurer: p.insurer,
    startDate: p.startDate ?? null,
    endDate: p.endDate,
    premium: p.premium ?? null,
  };
}

export function kpiInputsFromRecords(records: KpiRecords): KpiInputs {
  const staffName = new Map<Id, string>(records.staff.map((s) => [s.id, s.name]));
  const policies = records.policies.filter((p) => !p.deletedAt).map(kpiPolicyOf);
  const cases: KpiCase[] = [];
  for (const c of records.cases) {
    if (c.deletedAt) continue;
    const outcome = outcomeOf(c);
    cases.push({
      policyIds: c.policyIds,
      outcomes: outcome ? [outcome] : [],
      // A deactivated or removed staff member keeps the cases they had (past figures stay).
      staff: (c.assigneeId && staffName.get(c.assigneeId)) || null,
      assigneeId: c.assigneeId ?? null,
    });
  }
  return { policies, cases };
}

/** The team's calls per working day: the active staff's daily capacity added up. */
export function teamDailyCapacity(staff: readonly Staff[]): number {
  let total = 0;
  for (const s of staff) if (s.active && !s.deletedAt) total += s.dailyCapacity;
  return total;
}
