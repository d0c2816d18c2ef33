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
import { insurerSwitchesOf, type SwitchMatrix } from '../../../shared/domain/kpi/insurer-switches';
import type { KpiGroup } from '../../../shared/domain/kpi/kpi-group';
import {
  byInsurerOf,
  byStaffOf,
  lostReasonsOf,
  totalsOfGroups,
  type InsurerRow,
  type LostReasonRow,
  type StaffRow,
  type TotalsRow,
} from '../../../shared/domain/kpi/kpi-report';
import type { Feedback, Id, IsoDate, IsoDateTime, Staff } from '../../../shared/domain/types';
import type { FiguresScope } from './dashboard-data';

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
  figures: { groups: readonly KpiGroup[]; staff: readonly Staff[] },
  feedback: readonly Feedback[],
  today: IsoDate,
  month: string,
  scope: FiguresScope = null,
): MonthlyReview {
  // The groups are within the scope already (figureGroups).
  const groups = figures.groups.filter((g) => g.month === month);
  const nameOf = new Map<Id, string>(figures.staff.map((s) => [s.id, s.name]));
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
  const totals = totalsOfGroups(groups);
  return {
    month,
    closed: totals.pending === 0,
    totals,
    byStaff: byStaffOf(groups),
    byInsurer: byInsurerOf(groups).filter((row) => row.kind === 'all'),
    lostReasons: lostReasonsOf(groups),
    switches: insurerSwitchesOf(groups),
    complaints: {
      received: list.length,
      open: list.filter((c) => OPEN_STATES.has(c.state)).length,
      overdue: list.filter((c) => c.overdue).length,
      list,
    },
  };
}
