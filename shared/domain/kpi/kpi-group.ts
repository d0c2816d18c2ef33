// A group of due policies that count alike in every figure: same month, kind, insurer,
// assignee, status, lost reason and renewal insurer. A policy's result is a group of one; a
// frozen month's roll-up (kpi-rollup.ts) keeps its policies as a few hundred groups. Premiums
// are whole cents, so sums do not depend on the order they are added in.
import type { Id, PolicyKind } from '../types';
import type { PolicyResult, RenewalStatus } from './renewal-status';

export interface KpiGroup {
  /** YYYY-MM the policies are due in (their end date's month). */
  month: string;
  kind: PolicyKind;
  insurer: string;
  /** The case's assignee (null: unassigned or no case). */
  assigneeId: Id | null;
  /** The assignee's name as the figures show it; null: unassigned, or gone from staff. */
  staff: string | null;
  status: RenewalStatus;
  lostReason: string | null;
  renewedInsurer: string | null;
  count: number;
  /** Whole cents: the expiring premiums. */
  premiumDue: number;
  /** Whole cents: the renewals' premiums (renewed groups only). */
  premiumRenewed: number;
}

export const toCents = (amount: number | null | undefined): number =>
  Math.round((amount ?? 0) * 100);
export const fromCents = (cents: number): number => cents / 100;

/** One group per result. */
export function groupsOf(results: readonly PolicyResult[]): KpiGroup[] {
  return results.map((r) => ({
    month: r.policy.endDate.slice(0, 7),
    kind: r.policy.kind,
    insurer: r.policy.insurer,
    assigneeId: r.assigneeId ?? null,
    staff: r.staff,
    status: r.status,
    lostReason: r.lostReason,
    renewedInsurer: r.renewedInsurer,
    count: 1,
    premiumDue: toCents(r.policy.premium),
    premiumRenewed: r.status === 'renewed' ? toCents(r.renewedPremium) : 0,
  }));
}

const SEP = '\u0000';

/** Groups with the same key merged (counts and premiums added). */
export function mergeGroups(groups: readonly KpiGroup[]): KpiGroup[] {
  const merged = new Map<string, KpiGroup>();
  for (const g of groups) {
    const key = [
      g.month,
      g.kind,
      g.insurer,
      g.assigneeId ?? SEP,
      g.staff ?? SEP,
      g.status,
      g.lostReason ?? SEP,
      g.renewedInsurer ?? SEP,
    ].join(SEP);
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...g });
    else {
      seen.count += g.count;
      seen.premiumDue += g.premiumDue;
      seen.premiumRenewed += g.premiumRenewed;
    }
  }
  return [...merged.values()];
}
