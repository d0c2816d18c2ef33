// Step one of the plan: bring the renewal cases in line with the policies. New cycles within
// reach get a case, a newer policy (or a policy marked renewed) closes a case as renewed, a
// case past its lapsed window closes as lapsed. Existing cases are matched, never duplicated.
import { plusDays as addDays } from './dates';
import type { Id, IsoDate, IsoDateTime, Policy, RenewalCase, Settings, Vehicle } from '../types';
import {
  caseIdFor,
  caseLeadDays,
  groupPolicyCycles,
  isClosedState,
  type PolicyCycle,
  isCycleRenewed,
  laterKindsByCycle,
  matchCase,
} from './cases';
import { groupBy, indexBy } from '../collections';

export interface CaseStamp {
  now: IsoDateTime;
  actor: string;
}

export interface ReconciledCases {
  /** Every case by id, input order first, then the new ones. */
  cases: Map<Id, RenewalCase>;
  /** The input vehicles by id (built here once; the plan needs them too). */
  vehicles: Map<Id, Vehicle>;
  /** Ids of cases created or changed (to be written). */
  changed: Set<Id>;
  /** Open cases whose policies are all gone (deleted or undone import). */
  orphans: Set<Id>;
  /** Policies of each case, for premiums and the 业务员 named in the import. */
  policiesByCase: Map<Id, Policy[]>;
  created: number;
  closed: number;
}

function sameIds(a: readonly Id[], b: readonly Policy[]): boolean {
  return a.length === b.length && b.every((p) => a.includes(p.id));
}

/** The case as it was before the plan closed it as renewed (see `closedByPolicy`). */
function reopen(c: RenewalCase): RenewalCase {
  const { closedByPolicy, ...rest } = c;
  return {
    ...rest,
    // Stryker disable next-line OptionalChaining,LogicalOperator,StringLiteral: only called with closedByPolicy set
    state: closedByPolicy?.state ?? 'open',
    // Stryker disable next-line OptionalChaining,LogicalOperator: only called with closedByPolicy set
    closedAt: closedByPolicy?.closedAt ?? null,
  };
}

export function reconcileCases(
  input: {
    today: IsoDate;
    settings: Settings;
    vehicles: readonly Vehicle[];
    policies: readonly Policy[];
    cases: readonly RenewalCase[];
  },
  stamp: CaseStamp,
): ReconciledCases {
  const { today, settings } = input;
  const window = settings.mergeWindowDays;
  const vehicles = indexBy(input.vehicles, (v) => v.id);
  const minEnd = addDays(today, -settings.lapsedDaysAfter);
  const maxEnd = addDays(today, caseLeadDays(settings) + window);
  // A new cycle gets a case when its end date is within [minEnd, activeTo] (cycleIsActive).
  const activeTo = addDays(today, caseLeadDays(settings));
  const casesByVehicle = groupBy(input.cases, (c) => c.vehicleId);
  const out = indexBy(input.cases, (c) => c.id);
  const result: ReconciledCases = {
    cases: out,
    vehicles,
    changed: new Set(),
    orphans: new Set(),
    policiesByCase: new Map(),
    created: 0,
    closed: 0,
  };
  // `next` is always a fresh object here (never an input record), so it is stamped in place.
  const write = (next: RenewalCase): void => {
    next.updatedAt = stamp.now;
    next.updatedBy = stamp.actor;
    out.set(next.id, next);
    result.changed.add(next.id);
  };

  for (const [vehicleId, policies] of groupBy(input.policies, (p) => p.vehicleId)) {
    const vehicle = vehicles.get(vehicleId);
    if (!vehicle || vehicle.deletedAt) continue;
    // Most cars have nothing within reach today and no case: skip them before grouping. Not
    // skipping only costs time: such a car would get no case below either (a new case needs its
    // cycle's first end date in [minEnd, activeTo], and activeTo < maxEnd).
    if (
      // Stryker disable next-line ConditionalExpression: not skipping only costs time
      !casesByVehicle.has(vehicleId) &&
      // Stryker disable next-line ConditionalExpression,LogicalOperator: not skipping only costs time
      !policies.some((p) => p.endDate >= minEnd && p.endDate <= maxEnd)
    )
      continue;
    const cycles = groupPolicyCycles(policies, window);
    const candidates = [...(casesByVehicle.get(vehicleId) ?? [])];
    const later = laterKindsByCycle(cycles);
    for (let index = 0; index < cycles.length; index++) {
      const cycle = cycles[index] as PolicyCycle;
      const renewed = isCycleRenewed(cycle, later[index] ?? new Set());
      const found = matchCase(cycle, candidates, window);
      if (found) {
        candidates.splice(candidates.indexOf(found), 1);
        result.policiesByCase.set(found.id, cycle.policies);
        // Closed as renewed by a later policy that is gone again (its import undone): back
        // to the state it had, as if that policy had never come.
        const reopened = !renewed && found.state === 'renewed' && found.closedByPolicy;
        let next = reopened ? reopen(found) : found;
        if (!isClosedState(next.state)) {
          if (
            !sameIds(next.policyIds, cycle.policies) ||
            next.endDate !== cycle.endDate ||
            next.clientId !== vehicle.ownerId
          ) {
            next = {
              ...next,
              policyIds: cycle.policies.map((p) => p.id),
              endDate: cycle.endDate,
              clientId: vehicle.ownerId,
            };
          }
        }
        if (renewed && next.state !== 'renewed') {
          // A renewal found after a loss or a lapse is a win-back: renewed wins.
          const before = { state: next.state, closedAt: next.closedAt ?? null };
          next = { ...next, state: 'renewed', closedAt: stamp.now, closedByPolicy: before };
          result.closed++;
        } else if (
          !isClosedState(next.state) &&
          today > addDays(next.endDate, settings.lapsedDaysAfter)
        ) {
          next = { ...next, state: 'lapsed', closedAt: stamp.now };
          result.closed++;
        }
        if (next !== found) write(next);
        continue;
      }
      // cycleIsActive(cycle.endDate, today, settings), on the bounds computed once above.
      if (renewed || cycle.endDate < minEnd || cycle.endDate > activeTo) continue;
      if (cycle.policies.every((p) => p.status === 'lost' || p.status === 'lapsed')) continue;
      const id = caseIdFor(vehicleId, cycle.endDate);
      result.policiesByCase.set(id, cycle.policies);
      write({
        id,
        createdAt: stamp.now,
        updatedAt: stamp.now,
        updatedBy: stamp.actor,
        vehicleId,
        clientId: vehicle.ownerId,
        policyIds: cycle.policies.map((p) => p.id),
        endDate: cycle.endDate,
        state: 'open',
        assigneeId: null,
        assignReason: null,
        lostReason: null,
        closedAt: null,
        quotedPremium: null,
      });
      result.created++;
    }
    // Stryker disable next-line BlockStatement: the loop after this one marks them too
    for (const left of candidates) {
      // Stryker disable next-line ConditionalExpression,CallExpression: the loop after this one marks them too
      if (!isClosedState(left.state)) result.orphans.add(left.id);
    }
  }
  // Cases of vehicles that have no policies at all any more.
  for (const c of input.cases) {
    if (!result.policiesByCase.has(c.id) && !isClosedState(c.state)) result.orphans.add(c.id);
  }
  return result;
}
