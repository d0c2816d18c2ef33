// Which database the window opens. A restore goes into a new database and the window switches
// to it by name; the previous one stays on disk, untouched, until the owner removes it (issue
// 11 point 5). The name is kept in localStorage, beside the database, per app origin.
import { DB_NAME } from '../../db/app-db';

const ACTIVE_DB_KEY = 'renewal-desk:active-db';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function activeDbName(): string {
  const name = storage()?.getItem(ACTIVE_DB_KEY);
  return name && name.startsWith(DB_NAME) ? name : DB_NAME;
}

export function setActiveDbName(name: string): void {
  storage()?.setItem(ACTIVE_DB_KEY, name);
}

/** A fresh name for the database a restore creates. */
export function restoredDbName(now: Date = new Date()): string {
  return `${DB_NAME}-restored-${now.getTime()}`;
}
