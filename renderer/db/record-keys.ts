// The data keys the repositories of this JavaScript context seal and open customer records
// with (issue 11). The window sets them from the signed-in person's keys and clears them on
// lock and sign-out; a worker gets them from the window with its calls. Memory only.
import type { DataKeys } from '../../shared/crypto/keys';

let current: DataKeys | null = null;
const dropListeners = new Set<() => void>();

export function setRecordKeys(keys: DataKeys | null): void {
  current = keys;
  // Whatever this context keeps in the clear for the keys' holder goes with them.
  if (!keys) for (const l of dropListeners) l();
}

/** The keys held in this context, or null (locked, signed out, or the agency has none yet). */
export function recordKeys(): DataKeys | null {
  return current;
}

/** Calls `listener` whenever this context's keys are dropped. */
export function onRecordKeysDropped(listener: () => void): void {
  dropListeners.add(listener);
}
