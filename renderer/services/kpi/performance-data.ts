// The staff performance card's rows for a period (issue 12 point 3): the figures' groups (frozen
// roll-ups and open months, figures-reads.ts) for the renewal rates, the period's cases and
// their tasks for the work done, the pending tasks for what is overdue, and the feedback
// received about each person (complaints, satisfaction scores). Within a scope (a staff member
// reading), only that person's row. Pure: the figures worker runs it, tests run it directly.
import {
  staffPerformance,
  type PerformanceFeedback,
  type StaffPerformanceRow,
} from '../../../shared/domain/kpi/staff-performance';
import type { Id, IsoDate, Staff, Task } from '../../../shared/domain/types';
import type { PerformanceRecords } from '../../db/repositories/performance-queries';
import type { KpiGroup } from '../../../shared/domain/kpi/kpi-group';
import { periodMonths, type FiguresScope, type Period } from './dashboard-data';

export function performanceData(
  figures: { groups: readonly KpiGroup[]; staff: readonly Staff[] },
  work: PerformanceRecords,
  today: IsoDate,
  period: Period,
  scope: FiguresScope = null,
): StaffPerformanceRow[] {
  const nameOf = new Map<Id, string>(figures.staff.map((s) => [s.id, s.name]));
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
  const active = figures.staff.filter((s) => s.active && !s.deletedAt && mine(s.id));
  return staffPerformance({
    today,
    // Already within the scope (figureGroups).
    groups: figures.groups.filter((g) => g.month >= from && g.month <= to),
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
