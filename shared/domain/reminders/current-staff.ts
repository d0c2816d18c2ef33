// "The staff member using this computer" is a setting that points at a staff record. The
// record can go away underneath it (sample data removed, an import undone, a person
// deactivated); every reader then falls back to everyone instead of filtering on an id that
// matches nothing, and the screens say so.
import type { Id, Settings, Staff } from '../types';

export interface CurrentStaff {
  /** The current staff member's id, or null for "everyone". */
  id: Id | null;
  /** The setting names someone who is gone or inactive: it was ignored. */
  stale: boolean;
}

export function currentStaffOf(
  settings: Pick<Settings, 'currentStaffId'> | undefined,
  staff: readonly Pick<Staff, 'id' | 'active' | 'deletedAt'>[],
): CurrentStaff {
  const wanted = settings?.currentStaffId ?? null;
  if (wanted === null) return { id: null, stale: false };
  const found = staff.find((s) => s.id === wanted);
  return found && found.active && !found.deletedAt
    ? { id: wanted, stale: false }
    : { id: null, stale: true };
}
