// The staff performance card's rows for a period (issue 12 point 3): the kpi records' policy
// results for the renewal rates, the period's cases and their tasks for the work done, the
// pending tasks for what is overdue, and the feedback received about each person (complaints,
// satisfaction scores). Within a scope (a staff member
// reading), only that person's row. Pure: the figures worker runs it, tests run it directly.
import {
  staffPerformance,
  type PerformanceFeedback,
  type StaffPerformanceRow,
} from '../../../shared/domain/kpi/staff-performance';
import type { Id, IsoDate, Task } from '../../../shared/domain/types';
import type { PerformanceRecords } from '../../db/repositories/performance-queries';
import {
  inMonths,
  periodMonths,
  resultsOf,
  type FiguresScope,
  type Period,
  type Records,
} from './dashboard-data';

export function performanceData(
  records: Records,
  work: PerformanceRecords,
  today: IsoDate,
  period: Period,
  scope: FiguresScope = null,
): StaffPerformanceRow[] {
  const nameOf = new Map<Id, string>(records.staff.map((s) => [s.id, s.name]));
  const staffName = (id: Id | null | undefined) => (id && nameOf.get(id)) || null;
  const mine = (id: Id | null | undefined) => !scope || id === scope.staffId;
  const { from, to } = periodMonths(period, today);
  const cases = work.cases.filter((c) => mine(c.assigneeId));
  const caseIds = new Set(cases.map((c) => c.id));
  const taskOf = (t: Task) => ({
    caseId: t.caseId,
    kind: t.kind,
    dueDate: t.dueDate,
    status: t.status,
    staff: staffName(t.assigneeId),
    attempts: t.attempts,
  });
  const active = records.staff.filter((s) => s.active && !s.deletedAt && mine(s.id));
  return staffPerformance({
    today,
    results: resultsOf(records, today, scope).filter((r) => inMonths(r, from, to)),
    cases: cases.map((c) => ({ id: c.id, staff: staffName(c.assigneeId) })),
    tasks: work.tasks.filter((t) => caseIds.has(t.caseId)).map(taskOf),
    pending: work.pending.filter((t) => mine(t.assigneeId)).map(taskOf),
    feedback: work.feedback
      .filter((f) => mine(f.aboutStaffId))
      .map((f): PerformanceFeedback => ({
        staff: staffName(f.aboutStaffId),
        complaint: f.kind === 'complaint',
        satisfaction: f.satisfaction?.score ?? null,
      })),
    staff: active.map((s) => s.name),
  });
}
