// What became of each due policy: the definitions the dashboard, its tooltips, the export and
// the `cli kpi` command share (issue 12). A policy is due in the month of its end date; it is
//   renewed  when a later policy of the same vehicle and kind starts no later than 30 days
//            after its end (from any insurer: the agency kept the customer), or a `renewed`
//            outcome was logged on its case;
//   lost     when a `lost` outcome was logged on its case and it was not renewed afterwards;
//   lapsed   when neither, and today is more than 30 days after its end;
//   pending  otherwise.
// An outcome applies to every policy of its case; of several outcomes the last one counts.
import { diffDays, plusDays, plusMonths } from '../reminders/dates';
import type { Id, IsoDate, IsoDateTime, PolicyKind } from '../types';

/** Days after the end date within which a later policy still counts as the renewal. */
export const RENEWAL_GRACE_DAYS = 30;

export type RenewalStatus = 'renewed' | 'lost' | 'lapsed' | 'pending';

/** The facts of a policy the figures need: no personal data. */
export interface KpiPolicy {
  id: Id;
  vehicleId: Id;
  kind: PolicyKind;
  insurer: string;
  startDate?: IsoDate | null;
  endDate: IsoDate;
  premium?: number | null;
}

/** A closing outcome logged on a case. Other outcomes (no answer, quoted…) leave the status. */
export interface KpiOutcome {
  outcome: 'renewed' | 'lost';
  at: IsoDateTime;
  /** Lost: the reason chosen. */
  reason?: string | null;
  /** Renewed: where and for how much, when the list of the new policy is not imported. */
  insurer?: string | null;
  premium?: number | null;
}

export interface KpiCase {
  policyIds: readonly Id[];
  outcomes: readonly KpiOutcome[];
  /** Who is responsible for the case (name), if anyone. */
  staff?: string | null;
  /** Their staff id (frozen roll-ups keep the id and name people when shown). */
  assigneeId?: Id | null;
}

export interface PolicyResult {
  policy: KpiPolicy;
  status: RenewalStatus;
  staff: string | null;
  assigneeId?: Id | null;
  /** Renewed: the premium and insurer of the renewal (the later policy, else the outcome). */
  renewedPremium: number;
  renewedInsurer: string | null;
  /** Lost: the reason logged. */
  lostReason: string | null;
}

/** The later policy of the same vehicle and kind that renews `p`, if any. */
export function renewingPolicy(p: KpiPolicy, sameVehicle: readonly KpiPolicy[]): KpiPolicy | null {
  let best: KpiPolicy | null = null;
  for (const q of sameVehicle) {
    if (q.id === p.id || q.vehicleId !== p.vehicleId || q.kind !== p.kind) continue;
    if (q.endDate <= p.endDate) continue;
    // A later policy without a start date is a one-year policy (the day after the same date a
    // year before its end), as lists that give only 到期日 mean.
    const start = q.startDate ?? plusDays(plusMonths(q.endDate, -12), 1);
    if (diffDays(p.endDate, start) > RENEWAL_GRACE_DAYS) continue;
    if (!best || q.endDate < best.endDate) best = q;
  }
  return best;
}

function lastOutcome(outcomes: readonly KpiOutcome[]): KpiOutcome | null {
  let last: KpiOutcome | null = null;
  for (const o of outcomes) if (!last || o.at >= last.at) last = o;
  return last;
}

/** The status of every policy, from the policies, the cases' outcomes and today's date. */
export function renewalStatuses(
  policies: readonly KpiPolicy[],
  cases: readonly KpiCase[],
  today: IsoDate,
): PolicyResult[] {
  const byVehicle = new Map<Id, KpiPolicy[]>();
  for (const p of policies) {
    const list = byVehicle.get(p.vehicleId);
    if (list) list.push(p);
    else byVehicle.set(p.vehicleId, [p]);
  }
  const caseOf = new Map<Id, KpiCase>();
  for (const c of cases) for (const id of c.policyIds) caseOf.set(id, c);

  return policies.map((policy) => {
    const kase = caseOf.get(policy.id);
    const outcome = kase ? lastOutcome(kase.outcomes) : null;
    const later = renewingPolicy(policy, byVehicle.get(policy.vehicleId) ?? []);
    const base = {
      policy,
      staff: kase?.staff ?? null,
      assigneeId: kase?.assigneeId ?? null,
      lostReason: null,
    };
    if (later) {
      return {
        ...base,
        status: 'renewed' as const,
        renewedPremium: later.premium ?? 0,
        renewedInsurer: later.insurer,
      };
    }
    if (outcome?.outcome === 'renewed') {
      return {
        ...base,
        status: 'renewed' as const,
        renewedPremium: outcome.premium ?? 0,
        renewedInsurer: outcome.insurer ?? null,
      };
    }
    const idle = { renewedPremium: 0, renewedInsurer: null };
    if (outcome?.outcome === 'lost') {
      return { ...base, ...idle, status: 'lost' as const, lostReason: outcome.reason ?? null };
    }
    const lapsed = diffDays(policy.endDate, today) > RENEWAL_GRACE_DAYS;
    return { ...base, ...idle, status: lapsed ? ('lapsed' as const) : ('pending' as const) };
  });
}
