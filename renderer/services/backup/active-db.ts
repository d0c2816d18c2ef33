// Which database the window opens. A restore goes into a new database and the window switches
// to it by name; the previous one stays on disk, untouched, until the owner removes it (issue
// 11 point 5). The name is kept in localStorage, beside the database, per app origin.
//
// A restore in progress is marked there too, before its database is created, and the mark is
// taken away only once the window has switched to it or the failed restore has deleted it. A
// window closed or killed halfway leaves the mark: the next start removes that unfinished
// database (never the active one) before opening the active one (issue 11 point 6). A restore
// runs under a Web Lock, so a second window starting meanwhile leaves a running one alone.
import { DB_NAME } from '../../db/app-db';
import { deleteDbNamed, type DexieOptions } from '../../db/delete-db';

const ACTIVE_DB_KEY = 'renewal-desk:active-db';
const PENDING_RESTORE_KEY = 'renewal-desk:restore-pending';
const RESTORE_LOCK = 'renewal-desk:restore';

function locks(): LockManager | null {
  return (globalThis.navigator as Navigator | undefined)?.locks ?? null;
}

/** Runs a restore under the lock a starting window checks (where Web Locks exist). */
export function whileRestoring<T>(work: () => Promise<T>): Promise<T> {
  const manager = locks();
  return manager ? manager.request(RESTORE_LOCK, work) : work();
}

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

/** Before a restore creates `name`: it is unfinished until `restoreSettled`. */
export function markRestorePending(name: string): void {
  storage()?.setItem(PENDING_RESTORE_KEY, name);
}

/** The restore switched to its database, or removed it after a failure. */
export function restoreSettled(): void {
  storage()?.removeItem(PENDING_RESTORE_KEY);
}

/**
 * At start, before the active database opens: deletes the database of a restore that never
 * finished (its mark is still there). A name the window already switched to is complete (the
 * switch is the last step) and stays. Returns the name removed, or null.
 */
export async function removeUnfinishedRestore(options?: DexieOptions): Promise<string | null> {
  const manager = locks();
  if (!manager) return removeUnlocked(options);
  // Held by another window: its restore is running, not unfinished.
  return manager.request(RESTORE_LOCK, { ifAvailable: true }, (lock) =>
    lock ? removeUnlocked(options) : null,
  );
}

async function removeUnlocked(options?: DexieOptions): Promise<string | null> {
  const pending = storage()?.getItem(PENDING_RESTORE_KEY);
  if (!pending) return null;
  if (pending === activeDbName() || !pending.startsWith(`${DB_NAME}-restored-`)) {
    restoreSettled();
    return null;
  }
  try {
    // Nothing else has it open at start; a blocked deletion (another window holding it) must
    // not hold up this one's start: it stays queued and the mark stays for the next start.
    const deleted = await Promise.race([
      deleteDbNamed(pending, options).then(() => true),
      new Promise<false>((done) => setTimeout(() => done(false), DELETE_WAIT_MS)),
    ]);
    if (!deleted) return null;
  } catch {
    return null;
  }
  restoreSettled();
  return pending;
}

const DELETE_WAIT_MS = 5000;
