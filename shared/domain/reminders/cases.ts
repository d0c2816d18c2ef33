// Renewal cases: one per vehicle per expiry cycle. The compulsory and commercial policies of a
// car usually end on different days; those ending within `mergeWindowDays` of the cycle's
// first end date are one case and one call.
import { diffDays as daysBetween, plusDays as addDays } from './dates';
import type { CaseState, Id, IsoDate, Policy, PolicyKind, RenewalCase, Settings } from '../types';

export interface PolicyCycle {
  vehicleId: Id;
  /** Earliest end date in the cycle (the date the customer's cover first runs out). */
  endDate: IsoDate;
  policies: Policy[];
}

export const CLOSED_CASE_STATES: readonly CaseState[] = ['renewed', 'lost', 'lapsed'];

export function isClosedState(state: CaseState): boolean {
  return state === 'renewed' || state === 'lost' || state === 'lapsed';
}

/**
 * Deterministic id for a case created for a cycle, so two recomputes (or two windows) that
 * both create it write the same row instead of duplicating it. The id stays with the case
 * when the cycle's end date moves later (a second policy imported), see `matchCase`.
 */
export function caseIdFor(vehicleId: Id, endDate: IsoDate): Id {
  return `${vehicleId}:${endDate}`;
}

/** Groups one vehicle's live policies into cycles, earliest first. */
export function groupPolicyCycles(
  policies: readonly Policy[],
  mergeWindowDays: number,
): PolicyCycle[] {
  const live = policies.filter((p) => !p.deletedAt);
  // A statement of its own, so the disable comment below covers this line (on a chained call it
  // covered the chain's first line only).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8 sorts short arrays by insertion, asking only whether the result is negative (the stable order on equal dates is pinned by a test)
  live.sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
  const cycles: PolicyCycle[] = [];
  let current: PolicyCycle | null = null;
  for (const policy of live) {
    if (current && daysBetween(current.endDate, policy.endDate) <= mergeWindowDays) {
      current.policies.push(policy);
    } else {
      current = { vehicleId: policy.vehicleId, endDate: policy.endDate, policies: [policy] };
      cycles.push(current);
    }
  }
  return cycles;
}

/** The existing case that stands for `cycle`: shares a policy, or ends within the window. */
export function matchCase(
  cycle: PolicyCycle,
  candidates: readonly RenewalCase[],
  mergeWindowDays: number,
): RenewalCase | undefined {
  // Tiny arrays (a car has one or two cases and policies): plain loops beat Sets here.
  for (const c of candidates) {
    for (const p of cycle.policies) if (c.policyIds.includes(p.id)) return c;
  }
  return candidates.find((c) => Math.abs(daysBetween(c.endDate, cycle.endDate)) <= mergeWindowDays);
}

/** Days before the end date that a case opens: the earliest tier, plus room for verifying. */
export function caseLeadDays(settings: Pick<Settings, 'tiers' | 'urgentDaysBefore'>): number {
  const earliest = Math.max(settings.urgentDaysBefore, ...settings.tiers.map((t) => t.daysBefore));
  // The verify task sits on the working day before the first tier call; 春节 plus a weekend
  // can push that two weeks back.
  return earliest + 15;
}

/** Whether a cycle with no case yet should get one today. */
export function cycleIsActive(
  endDate: IsoDate,
  today: IsoDate,
  settings: Pick<Settings, 'tiers' | 'urgentDaysBefore' | 'lapsedDaysAfter'>,
): boolean {
  return (
    addDays(endDate, -caseLeadDays(settings)) <= today &&
    today <= addDays(endDate, settings.lapsedDaysAfter)
  );
}

/**
 * A cycle is renewed when any of its policies was renewed: marked so by the import, or
 * followed by a later policy of the same kind for the car (next year's list). A later policy
 * of the other kind (commercial ending a month after compulsory) is not a renewal.
 */
export function isCycleRenewed(cycle: PolicyCycle, laterKinds: ReadonlySet<PolicyKind>): boolean {
  return cycle.policies.some((p) => p.status === 'renewed' || laterKinds.has(p.kind));
}

/** For each cycle (in order), the policy kinds that appear in later cycles. */
export function laterKindsByCycle(cycles: readonly PolicyCycle[]): Set<PolicyKind>[] {
  const result: Set<PolicyKind>[] = [];
  let seen = new Set<PolicyKind>();
  for (let i = cycles.length - 1; i >= 0; i--) {
    result[i] = seen;
    // Stryker disable next-line ConditionalExpression: going on computes a set nothing reads
    if (i === 0) break; // nothing earlier needs the kinds of cycle 0
    // A copy per cycle (each cycle keeps its own set), filled without spreading arrays.
    seen = new Set(seen);
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: i is always in range
    for (const p of cycles[i]?.policies ?? []) seen.add(p.kind);
  }
  return result;
}

/** Days from `today` to the case's end date (negative once it has lapsed). */
export function daysToExpiry(endDate: IsoDate, today: IsoDate): number {
  return daysBetween(today, endDate);
}
