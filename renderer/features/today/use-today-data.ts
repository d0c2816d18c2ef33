// Everything the Today screen reads, live: the settings, staff, current scripts and the ids of my
// pending tasks due today or earlier in priority order (listTodayOrder; full views are built
// only for the rows on screen, use-task-window.ts), refreshed on every write and once a minute
// (overdue flags and due call-backs depend on the clock).
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentStaffOf } from '../../../shared/domain/reminders/current-staff';
import { seesEveryonesTasks } from '../../services/session/audited';
import { useSession } from '../../services/session/session-store';
import type { Id, Script, Settings, Staff } from '../../../shared/domain/types';
import {
  todayFirstPageOffThread,
  todayOrderOffThread,
} from '../../services/today/today-order-client';
import { watchTodayOrderInputs } from '../../db/repositories/today-order';
import { listWorkedToday } from '../../db/repositories/call-progress';
import { listCurrentScripts } from '../../db/repositories/script-repository';
import { getSettings } from '../../db/repositories/settings-repository';
import { listStaff } from '../../db/repositories/staff-repository';
import { useDb } from '../../services/db/db-context';
import { useSettings } from '../../services/settings/use-settings';
import { markFirstScreenShown } from '../../services/reminders/first-screen';
import { useToday } from '../../ui/use-today';
import type { StaffChoice } from './today-store';

export const UNASSIGNED = '__unassigned__';
/** Rows asked for before the whole order: a screenful or two of the list. */
const FIRST_PAGE = 40;

export interface TodayData {
  today: string;
  settings: Settings | undefined;
  staff: Staff[];
  scripts: Script[];
  /**
   * Due task ids, most important first; undefined until the first query returns. For everyone
   * this may first be only the first rows (`complete` false) while the whole order loads.
   */
  ids: Id[] | undefined;
  /** `ids` holds every due task (the day's progress can be counted). */
  complete: boolean;
  /** Bumped each minute: views that depend on the clock re-read. */
  tick: number;
  /** The staff filter in effect: undefined = everyone, null = unassigned. */
  staffId: Id | null | undefined;
  /** Following the settings, which name a staff member who is gone: showing everyone. */
  staleCurrentStaff: boolean;
  /** Tasks with an outcome logged today (for "done 10/56"). */
  workedToday: ReadonlySet<Id>;
}

const NONE: ReadonlySet<Id> = new Set();

function useMinuteTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return tick;
}

export function resolveStaff(
  choice: StaffChoice,
  settings: Settings | undefined,
  staff: readonly Staff[],
): Id | null | undefined {
  if (choice === 'settings') return currentStaffOf(settings, staff).id ?? undefined;
  if (choice === 'all') return undefined;
  if (choice === UNASSIGNED) return null;
  return choice;
}

export function useTodayData(picked: StaffChoice): TodayData {
  const db = useDb();
  // Staff see their own tasks only, whatever the picker says (it is not offered to them).
  const user = useSession((s) => s.user);
  const choice: StaffChoice = user && !seesEveryonesTasks(user) ? user.id : picked;
  const today = useToday();
  const tick = useMinuteTick();
  const settings = useSettings();
  const staff = useLiveQuery(() => listStaff(db), [db]);
  const scripts = useLiveQuery(() => listCurrentScripts(db), [db]);
  const staffId = resolveStaff(choice, settings, staff ?? []);
  const staleCurrentStaff =
    choice === 'settings' && staff !== undefined && currentStaffOf(settings, staff).stale;
  // The first page shown while the whole order is still on its way, for this day and choice.
  const view = `${today}|${choice}`;
  const [firstPage, setFirstPage] = useState<{ view: string; ids: Id[] } | null>(null);
  // Reads the settings itself instead of waiting for the settings query above: the task rows
  // need no extra round trip and render on start.
  const order = useLiveQuery(
    async () => {
      const [current, people] = await Promise.all([getSettings(db), listStaff(db)]);
      const now = new Date().toISOString();
      const staffId = resolveStaff(choice, current, people);
      // The order is computed in a worker (30k due tasks for a manager would block the window
      // for 400 ms); the counts only make the live query re-run when what it reads changes,
      // so they run beside the order rather than before it.
      const [, ids] = await Promise.all([
        watchTodayOrderInputs(db, today),
        (async () => {
          if (staffId) return (await todayOrderOffThread(db, { today, now, staffId })).ids;
          // Everyone's (or the unassigned) tasks: the first rows come from the stored sort key
          // (v9) and show at once; the whole order follows unless those were all.
          const page = await todayFirstPageOffThread(db, {
            today,
            now,
            staffId,
            limit: FIRST_PAGE,
          });
          if (page.complete) return page.ids;
          setFirstPage((was) => (was?.view === view ? was : { view, ids: page.ids }));
          return (await todayOrderOffThread(db, { today, now, staffId })).ids;
        })(),
      ]);
      return { view, ids };
    },
    // `tick` re-runs it each minute: overdue flags and due call-backs follow the clock.
    [db, today, choice, tick],
  );
  const whole = order?.view === view ? order.ids : undefined;
  const early = firstPage?.view === view ? firstPage.ids : undefined;
  // Before anything for this view arrives, the previous view's rows stay (as before).
  const ids = whole ?? early ?? order?.ids;
  const workedToday = useLiveQuery(async () => {
    const [current, people] = await Promise.all([getSettings(db), listStaff(db)]);
    return listWorkedToday(db, { today, staffId: resolveStaff(choice, current, people) });
  }, [db, today, choice]);
  const painted = ids !== undefined;
  useEffect(() => {
    // Opened straight onto Today (a notification click): the first plan run may start now.
    if (!painted) return;
    const frame = requestAnimationFrame(() => markFirstScreenShown());
    return () => cancelAnimationFrame(frame);
  }, [painted]);
  return {
    today,
    settings,
    staff: staff ?? [],
    scripts: scripts ?? [],
    ids,
    complete: whole !== undefined,
    tick,
    staffId,
    staleCurrentStaff,
    workedToday: workedToday ?? NONE,
  };
}
