// Which loaded tasks the list shows: pending tasks due later than today are hidden unless asked
// for (the plan makes the next 14 days of tasks ahead, which buried today's work; a done or
// cancelled task is a record of what happened and stays), and the search
// box matches the customer the way the customer search does (name, pinyin, phone, plate, VIN,
// policy number, ID number).
import { classifyQuery } from '../../../shared/domain/search/query';
import { matchesSummary } from '../../../shared/domain/search/match';
import { buildClientSummary } from '../../../shared/domain/search/summary';
import type { ClientSummary, IsoDate } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';

const NO_STAFF = new Map<string, { name: string }>();
const summaries = new WeakMap<TaskView, ClientSummary | null>();

/** The customer of a task as the search sees them (this task's car and policies only). */
function summaryOf(view: TaskView): ClientSummary | null {
  let s = summaries.get(view);
  if (s === undefined) {
    s = view.client
      ? buildClientSummary(view.client, view.vehicle ? [view.vehicle] : [], view.policies, NO_STAFF)
      : null;
    summaries.set(view, s);
  }
  return s;
}

/** A pending task not due yet (the plan makes them up to 14 days ahead). */
export function isLater(view: TaskView, today: IsoDate): boolean {
  return view.task.status === 'pending' && view.task.dueDate > today;
}

export function visibleTasks(
  rows: readonly TaskView[],
  opts: { today: IsoDate; upcoming: boolean; search: string },
): TaskView[] {
  const query = classifyQuery(opts.search);
  return rows.filter((v) => {
    if (!opts.upcoming && isLater(v, opts.today)) return false;
    if (query.kind === 'empty') return true;
    const s = summaryOf(v);
    return s !== null && matchesSummary(s, query);
  });
}
