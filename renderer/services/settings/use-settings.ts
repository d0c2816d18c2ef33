// The app settings as a live value: every screen that shows or applies a setting reads it here,
// so a change saved on one card reaches all of them. undefined while the first read runs.
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../db/repositories/settings-repository';
import type { Settings } from '../../../shared/domain/types';
import { useDb } from '../db/db-context';

export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => getSettings(db), [db]);
}
