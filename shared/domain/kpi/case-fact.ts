// The fact a closed renewal case leaves (issue 12 point 1): written in the same transaction
// that closes the case (renewed, lost, lapsed), rewritten when a closed case changes again (a
// lapse won back by a later policy, a reassignment) and removed when it reopens. No personal
// data: ids, codes, dates, amounts. Pure: the repositories hand it the case's own records.
import { chinaDate } from '../china-date';
import { diffDays } from '../reminders/dates';
import type {
  Channel,
  Feedback,
  Id,
  IsoDate,
  IsoDateTime,
  Policy,
  PolicyKind,
  RenewalCase,
  Task,
} from '../types';
import { renewalStatuses, renewingPolicy } from './renewal-status';
import { kpiPolicyOf, outcomeOf } from './kpi-inputs';

export type ClosedState = 'renewed' | 'lost' | 'lapsed';

/** One policy the case covered: the figures count policies, per kind and month. */
export interface CaseFactLine {
  policyId: Id;
  kind: PolicyKind;
  insurer: string;
  /** YYYY-MM of the policy's end: the month it is due in. */
  month: string;
  /**
   * What the figures count it as (renewal-status.ts): renewed, lost, or else lapsed (the case
   * is closed). It can differ from the case's state: a renewal found 31 days late closes the
   * case as renewed for the plan, yet the policy counts as lapsed.
   */
  status: ClosedState;
  /** The expiring premium. */
  premium: number | null;
  /** The later policy that renewed it (from any insurer), if one is stored. */
  renewedBy: { insurer: string; premium: number | null } | null;
}

export interface CaseFact {
  /** The case's id: one fact per case. */
  id: Id;
  /** YYYY-MM of the case's end date (the earliest of its policies). */
  month: string;
  endDate: IsoDate;
  /** The case's state as it closed (see the lines' `status` for what the figures count). */
  state: ClosedState;
  /** Who closed it: a person's outcome, a later policy found by the plan, or the lapse. */
  closedBy: 'outcome' | 'policy' | 'lapse';
  closedAt: IsoDateTime | null;
  assigneeId: Id | null;
  lines: CaseFactLine[];
  /** The case's policies' kinds, as one value ('both' for a case with 交强 and 商业). */
  kind: PolicyKind | 'both';
  /** The insurer of the expiring policies (the first line's; '' when none named). */
  insurer: string;
  expiringPremium: number;
  /** Renewed: the renewal's premium and insurer (the later policies', else the outcome's). */
  renewedPremium: number | null;
  renewedInsurer: string | null;
  lostReason: string | null;
  /** The tier of the task carrying the first attempt; null when nobody tried. */
  firstTier: string | null;
  attempts: number;
  channels: Channel[];
  /** Days from the first attempt (China date) to the case's end date (negative: after it). */
  firstContactDaysBefore: number | null;
  /** Feedback rows of kind complaint tied to the case. */
  complaintIds: Id[];
}

export interface CaseFactInputs {
  kase: RenewalCase;
  /** Every policy of the case's car (the later ones say who renewed). */
  vehiclePolicies: readonly Policy[];
  /** The case's tasks. */
  tasks: readonly Task[];
  /** Feedback tied to the case. */
  feedback: readonly Pick<Feedback, 'id' | 'kind' | 'deletedAt'>[];
}

const isClosed = (s: string): s is ClosedState => s === 'renewed' || s === 'lost' || s === 'lapsed';

/** Whether a case should carry a fact: closed and not removed. */
export function hasFact(kase: RenewalCase): boolean {
  return isClosed(kase.state) && !kase.deletedAt;
}

/** The fact of a closed case, or null when the case is open or removed. */
export function caseFactOf(input: CaseFactInputs): CaseFact | null {
  const { kase } = input;
  if (!hasFact(kase)) return null;
  const state = kase.state as ClosedState;
  const live = input.vehiclePolicies.filter((p) => !p.deletedAt).map(kpiPolicyOf);
  const own = live.filter((p) => kase.policyIds.includes(p.id));
  const outcome = outcomeOf(kase);
  // The definitions on a date far ahead: what is neither renewed nor lost has lapsed.
  const statuses = renewalStatuses(
    live,
    [{ policyIds: own.map((p) => p.id), outcomes: outcome ? [outcome] : [] }],
    '9999-12-31',
  );
  const statusOf = new Map(statuses.map((r) => [r.policy.id, r.status]));
  const lines: CaseFactLine[] = own.map((p) => {
    const later = renewingPolicy(p, live);
    return {
      policyId: p.id,
      kind: p.kind,
      insurer: p.insurer,
      month: p.endDate.slice(0, 7),
      status: (statusOf.get(p.id) ?? 'lapsed') as ClosedState,
      premium: p.premium ?? null,
      renewedBy: later ? { insurer: later.insurer, premium: later.premium ?? null } : null,
    };
  });
  const kinds = new Set(lines.map((l) => l.kind));
  const attempts = input.tasks
    // A verify task completed along with a call records that same call again: not counted.
    .filter((t) => !t.deletedAt && t.kind !== 'verify')
    .flatMap((t) => t.attempts.map((a) => ({ ...a, tier: t.tier })))
    .sort((a, b) => a.at.localeCompare(b.at));
  const first = attempts[0];
  const renewals = lines.flatMap((l) => (l.renewedBy ? [l.renewedBy] : []));
  const renewedByPolicy = renewals.length > 0;
  const renewed = state === 'renewed';
  return {
    id: kase.id,
    month: kase.endDate.slice(0, 7),
    endDate: kase.endDate,
    state,
    closedBy: kase.closedByPolicy ? 'policy' : state === 'lapsed' ? 'lapse' : 'outcome',
    closedAt: kase.closedAt ?? null,
    assigneeId: kase.assigneeId ?? null,
    lines,
    kind: kinds.size > 1 ? 'both' : (lines[0]?.kind ?? 'commercial'),
    insurer: lines[0]?.insurer ?? '',
    expiringPremium: lines.reduce((sum, l) => sum + (l.premium ?? 0), 0),
    renewedPremium: !renewed
      ? null
      : renewedByPolicy
        ? renewals.reduce((sum, r) => sum + (r.premium ?? 0), 0)
        : (kase.renewedPremium ?? null),
    renewedInsurer: !renewed
      ? null
      : renewedByPolicy
        ? (renewals[0]?.insurer ?? null)
        : (kase.renewedInsurer ?? null),
    lostReason: state === 'lost' ? (kase.lostReason ?? null) : null,
    firstTier: first?.tier ?? null,
    attempts: attempts.length,
    channels: [...new Set(attempts.map((a) => a.channel))].sort(),
    firstContactDaysBefore: first ? diffDays(chinaDate(new Date(first.at)), kase.endDate) : null,
    complaintIds: input.feedback
      .filter((f) => f.kind === 'complaint' && !f.deletedAt)
      .map((f) => f.id)
      .sort(),
  };
}
