// Full task views for the rows on screen only: the visible range (plus the selected row),
// widened to whole pages so small scrolls do not re-query. useLiveQuery keeps the previous
// result while the next window loads, so loaded rows never blink empty.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';
import { listTaskViewsByIds } from '../../db/repositories/today-order';
import { useDb } from '../../services/db/db-context';

const PAGE = 40;
const EMPTY: ReadonlyMap<Id, TaskView> = new Map();

export interface RowRange {
  start: number;
  end: number;
}

/** Ids of the pages covering `range` and the page holding `active`, in list order. */
export function windowIds(ids: readonly Id[], range: RowRange, active: number): Id[] {
  const pages = new Set<number>([Math.floor(active / PAGE)]);
  const last = Math.max(range.start, range.end - 1);
  for (let p = Math.floor(range.start / PAGE); p <= Math.floor(last / PAGE); p++) pages.add(p);
  return [...pages].sort((a, b) => a - b).flatMap((p) => ids.slice(p * PAGE, (p + 1) * PAGE));
}

export function useTaskWindow(
  ids: readonly Id[] | undefined,
  range: RowRange,
  active: number,
  clock: { today: string; tick: number },
): ReadonlyMap<Id, TaskView> {
  const db = useDb();
  const wanted = ids ? windowIds(ids, range, active) : [];
  const key = wanted.join(',');
  const views = useLiveQuery(
    async () => {
      const now = new Date().toISOString();
      const list = await listTaskViewsByIds(db, wanted, { today: clock.today, now });
      return new Map(list.map((v) => [v.task.id, v]));
    },
    // `wanted` is captured through `key`; `tick` re-reads the clock-dependent overdue flags.
    [db, key, clock.today, clock.tick],
  );
  return views ?? EMPTY;
}
