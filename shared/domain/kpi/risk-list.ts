// The risk list (issue 12 point 2): open renewals that need the owner's eye now, each with why.
//   no_contact      ends within RISK_DAYS days and nobody has reached the customer yet (no
//                   attempt, or only unanswered and busy ones);
//   high_quote      the quote is more than HIGH_QUOTE_RATIO times the expiring premium: the
//                   customer is likely to shop around;
//   open_complaint  the customer has a complaint still open (received, acknowledged or
//                   under investigation): calling them to sell needs care.
// Only cases still open (not renewed, lost or lapsed) are listed. Pure.
import { diffDays } from '../reminders/dates';
import type { CaseState, Id, IsoDate, Outcome } from '../types';

export const RISK_DAYS = 15;
export const HIGH_QUOTE_RATIO = 1.2;

export type RiskReason = 'no_contact' | 'high_quote' | 'open_complaint';

/** Attempts that did not reach anyone. */
const UNREACHED: ReadonlySet<Outcome> = new Set<Outcome>(['no_answer', 'busy']);
const OPEN_STATES: ReadonlySet<CaseState> = new Set<CaseState>(['open', 'contacted', 'quoted']);

export interface RiskCase {
  id: Id;
  clientId: Id;
  endDate: IsoDate;
  state: CaseState;
  assigneeId: Id | null;
  quotedPremium: number | null;
  /** The premiums of the case's expiring policies added up (null when none is known). */
  expiringPremium: number | null;
  /** The outcomes of every attempt on the case's tasks. */
  outcomes: readonly Outcome[];
}

export interface RiskRow {
  caseId: Id;
  clientId: Id;
  endDate: IsoDate;
  /** Days from today to the end date (negative: already ended). */
  daysLeft: number;
  assigneeId: Id | null;
  quotedPremium: number | null;
  expiringPremium: number | null;
  reasons: RiskReason[];
}

export function riskList(
  cases: readonly RiskCase[],
  openComplaintClients: ReadonlySet<Id>,
  today: IsoDate,
): RiskRow[] {
  const rows: RiskRow[] = [];
  for (const c of cases) {
    if (!OPEN_STATES.has(c.state)) continue;
    const daysLeft = diffDays(today, c.endDate);
    const reasons: RiskReason[] = [];
    const reached = c.state !== 'open' || c.outcomes.some((o) => !UNREACHED.has(o));
    if (!reached && daysLeft >= 0 && daysLeft <= RISK_DAYS) reasons.push('no_contact');
    if (
      c.quotedPremium !== null &&
      c.expiringPremium !== null &&
      c.expiringPremium > 0 &&
      c.quotedPremium > c.expiringPremium * HIGH_QUOTE_RATIO
    ) {
      reasons.push('high_quote');
    }
    if (openComplaintClients.has(c.clientId)) reasons.push('open_complaint');
    if (reasons.length === 0) continue;
    rows.push({
      caseId: c.id,
      clientId: c.clientId,
      endDate: c.endDate,
      daysLeft,
      assigneeId: c.assigneeId,
      quotedPremium: c.quotedPremium,
      expiringPremium: c.expiringPremium,
      reasons,
    });
  }
  return rows.sort(
    (a, b) => a.endDate.localeCompare(b.endDate) || a.caseId.localeCompare(b.caseId),
  );
}
