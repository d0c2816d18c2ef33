// Renewal rate by the tier at first contact (issue 12: "by ... tier"): which reminder first
// reached for the customer — the 30-day call, the 15-day, the 7-day, an urgent or lapsed call —
// and how those customers renewed. It tells the owner whether calling earlier pays. A policy
// whose case was never tried counts under null ("not contacted"). Pure.
import type { IsoDateTime } from '../types';
import { countsOf, type KpiCounts } from './kpi-report';
import type { PolicyResult, RenewalStatus } from './renewal-status';

export interface TierTask {
  caseId: string;
  tier: string;
  attempts: readonly { at: IsoDateTime }[];
}

export interface TierRow extends KpiCounts {
  /** null: no attempt was made on the case. */
  tier: string | null;
}

/** The tier of the task that carries each case's earliest attempt. */
export function firstContactTiers(tasks: readonly TierTask[]): Map<string, string> {
  const first = new Map<string, { at: IsoDateTime; tier: string }>();
  for (const task of tasks) {
    for (const a of task.attempts) {
      const seen = first.get(task.caseId);
      if (!seen || a.at < seen.at) first.set(task.caseId, { at: a.at, tier: task.tier });
    }
  }
  return new Map([...first].map(([caseId, { tier }]) => [caseId, tier]));
}

/**
 * One row per first-contact tier, in `order` (the usual reminder order; unknown tiers after
 * it by name), "not contacted" last. `caseOf` maps a policy id to its case id.
 */
export function byFirstTier(
  results: readonly PolicyResult[],
  caseOf: ReadonlyMap<string, string>,
  firstTier: ReadonlyMap<string, string>,
  order: readonly string[],
): TierRow[] {
  const tallies = new Map<string | null, Record<RenewalStatus, number>>();
  for (const r of results) {
    const caseId = caseOf.get(r.policy.id);
    const tier = (caseId !== undefined && firstTier.get(caseId)) || null;
    let t = tallies.get(tier);
    if (!t) tallies.set(tier, (t = { renewed: 0, lost: 0, lapsed: 0, pending: 0 }));
    t[r.status]++;
  }
  const rank = (tier: string | null) => {
    if (tier === null) return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(tier);
    return i === -1 ? order.length : i;
  };
  return [...tallies]
    .map(([tier, counts]) => ({
      tier,
      ...countsOf({ counts }),
    }))
    .sort((a, b) => rank(a.tier) - rank(b.tier) || String(a.tier).localeCompare(String(b.tier)));
}
