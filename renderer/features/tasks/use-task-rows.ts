// The task list under the current filters, live. "Mine" means settings.currentStaffId; when
// no current staff member is set it shows everyone (and the screen says so).
import { useLiveQuery } from 'dexie-react-hooks';
import { currentStaffOf } from '../../../shared/domain/reminders/current-staff';
import { seesEveryonesTasks } from '../../services/session/audited';
import { useSession } from '../../services/session/session-store';
import type { Settings, Staff } from '../../../shared/domain/types';
import { listTaskViews, type TaskView } from '../../db/repositories/plan-queries';
import { listStaff } from '../../db/repositories/staff-repository';
import { useDb } from '../../services/db/db-context';
import { useSettings } from '../../services/settings/use-settings';
import { useToday } from '../../ui/use-today';
import type { TaskFilters } from './tasks-store';

export const UNASSIGNED = '__unassigned__';

export function assigneeFilter(
  filters: TaskFilters,
  settings: Settings | undefined,
  staff: readonly Staff[],
) {
  const mine = currentStaffOf(settings, staff).id;
  if (filters.scope === 'mine' && mine) return mine;
  if (filters.staffId === UNASSIGNED) return null;
  return filters.staffId ?? undefined;
}

export function useTaskRows(filters: TaskFilters): {
  rows: TaskView[] | undefined;
  settings: Settings | undefined;
  staff: Staff[];
  today: string;
} {
  const db = useDb();
  const today = useToday();
  const settings = useSettings();
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];
  // Staff see their own tasks only.
  const user = useSession((s) => s.user);
  const ownOnly = user && !seesEveryonesTasks(user) ? user.id : null;
  const assigneeId = ownOnly ?? assigneeFilter(filters, settings, staff);
  const loaded = settings !== undefined;
  const rows = useLiveQuery(
    () =>
      loaded
        ? listTaskViews(db, {
            today,
            now: new Date().toISOString(),
            assigneeId,
            ...(filters.tier ? { tier: filters.tier } : {}),
            ...(filters.status ? { status: filters.status } : {}),
            overdueOnly: filters.overdueOnly,
          })
        : Promise.resolve(undefined),
    [db, today, loaded, assigneeId, filters.tier, filters.status, filters.overdueOnly],
  );
  return { rows, settings, staff, today };
}
