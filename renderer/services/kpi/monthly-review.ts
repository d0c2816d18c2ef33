// The monthly review (issue 12 point 2, the "regular review" of the agency policy's section 5):
// one month's figures on one page — totals, by person, by insurer, lost reasons, where renewing
// customers went — and the month's complaints with how each stands. Pure: the figures worker
// reads the records, tests run it directly. No customer's personal values: complaints are listed
// by date, severity, state, who they are about and who handles them.
import { chinaDate } from '../../../shared/domain/china-date';
import type {
  ComplaintState,
  Severity,
} from '../../../shared/domain/complaints/complaint-workflow';
import { insurerSwitches, type SwitchMatrix } from '../../../shared/domain/kpi/insurer-switches';
import {
  byInsurer,
  byStaff,
  lostReasons,
  totalsOf,
  type InsurerRow,
  type LostReasonRow,
  type StaffRow,
  type TotalsRow,
} from '../../../shared/domain/kpi/kpi-report';
import type { Feedback, Id, IsoDate, IsoDateTime } from '../../../shared/domain/types';
import { inMonths, resultsOf, type FiguresScope, type Records } from './dashboard-data';

const OPEN_STATES: ReadonlySet<ComplaintState> = new Set([
  'received',
  'acknowledged',
  'investigating',
]);

export interface ReviewComplaint {
  id: Id;
  receivedOn: IsoDate;
  severity: Severity;
  state: ComplaintState;
  about: string | null;
  handler: string | null;
  dueOn: IsoDate | null;
  /** Still open and past its due date today. */
  overdue: boolean;
}

export interface MonthlyReview {
  month: string;
  /** Whether nothing in the month is pending any more (its figures are final). */
  closed: boolean;
  totals: TotalsRow;
  byStaff: StaffRow[];
  byInsurer: InsurerRow[];
  lostReasons: LostReasonRow[];
  switches: SwitchMatrix;
  complaints: {
    received: number;
    open: number;
    overdue: number;
    list: ReviewComplaint[];
  };
}

const dayOf = (at: IsoDateTime) => chinaDate(new Date(at));

/** `feedback`: the feedback received in the month (any kind; complaints are picked here). */
export function monthlyReview(
  records: Records,
  feedback: readonly Feedback[],
  today: IsoDate,
  month: string,
  scope: FiguresScope = null,
): MonthlyReview {
  const results = resultsOf(records, today, scope).filter((r) => inMonths(r, month, month));
  const nameOf = new Map<Id, string>(records.staff.map((s) => [s.id, s.name]));
  const name = (id: Id | null) => (id && nameOf.get(id)) || null;
  const list: ReviewComplaint[] = feedback
    .filter(
      (f) =>
        f.kind === 'complaint' &&
        f.state !== null &&
        !f.deletedAt &&
        dayOf(f.receivedAt).slice(0, 7) === month &&
        (!scope || f.aboutStaffId === scope.staffId || f.handlerId === scope.staffId),
    )
    .map((f) => {
      const state = f.state as ComplaintState;
      const dueOn = f.dueAt ? dayOf(f.dueAt) : null;
      return {
        id: f.id,
        receivedOn: dayOf(f.receivedAt),
        severity: f.severity,
        state,
        about: name(f.aboutStaffId),
        handler: name(f.handlerId),
        dueOn,
        overdue: OPEN_STATES.has(state) && dueOn !== null && dueOn < today,
      };
    })
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  const totals = totalsOf(results);
  return {
    month,
    closed: totals.pending === 0,
    totals,
    byStaff: byStaff(results),
    byInsurer: byInsurer(results).filter((row) => row.kind === 'all'),
    lostReasons: lostReasons(results),
    switches: insurerSwitches(results),
    complaints: {
      received: list.length,
      open: list.filter((c) => OPEN_STATES.has(c.state)).length,
      overdue: list.filter((c) => c.overdue).length,
      list,
    },
  };
}
