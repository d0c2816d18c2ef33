// The list's filters, and the route id that carries a drill-down from the dashboard
// (`staff:<id>`, `script:<scriptId>`) rather than one feedback to open.
import { isOpenComplaint, isOverdue } from '../../../shared/domain/complaints/complaint-workflow';
import type { Feedback, FeedbackKind } from '../../../shared/domain/types';

export type StateFilter = 'all' | 'open' | 'overdue' | 'escalated';

export interface ComplaintFilters {
  kind: FeedbackKind | 'all';
  state: StateFilter;
  aboutStaffId: string | null;
  scriptId: string | null;
}

export const NO_FILTERS: ComplaintFilters = {
  kind: 'all',
  state: 'all',
  aboutStaffId: null,
  scriptId: null,
};

/** What a route id asks for: a drill-down filter, or the feedback to show. */
export function readRouteId(id: string | undefined): {
  filters: Partial<ComplaintFilters>;
  selected: string | null;
} {
  if (!id) return { filters: {}, selected: null };
  if (id.startsWith('staff:'))
    return { filters: { kind: 'complaint', aboutStaffId: id.slice(6) }, selected: null };
  if (id.startsWith('script:'))
    return { filters: { kind: 'complaint', scriptId: id.slice(7) }, selected: null };
  return { filters: {}, selected: id };
}

export function matches(f: Feedback, filters: ComplaintFilters, now: string): boolean {
  if (filters.kind !== 'all' && f.kind !== filters.kind) return false;
  if (filters.aboutStaffId && f.aboutStaffId !== filters.aboutStaffId) return false;
  if (filters.scriptId && f.scriptId !== filters.scriptId) return false;
  const open = !!f.state && isOpenComplaint({ state: f.state });
  switch (filters.state) {
    case 'open':
      return open;
    case 'overdue':
      return !!f.state && !!f.dueAt && isOverdue({ state: f.state, dueAt: f.dueAt }, now);
    case 'escalated':
      return open && f.escalations.length > 0;
    default:
      return true;
  }
}
