// The signed-in person's data keys, in this window's memory only: never in the database,
// localStorage or a store that persists; dropped on sign-out, parked on lock (below). The
// keys are non-extractable CryptoKeys; with them the session keeps the wrap they came from and
// the key that opened it (non-extractable too), so the owner can wrap them for a new staff
// member or a reset without typing their password again.
import type { DataKeys, KeyWrap } from '../../../shared/crypto/keys';
import type { Id } from '../../../shared/domain/types';
import { setRecordKeys } from '../../db/record-keys';
import { onSessionEnd } from '../session/session-store';

export interface HeldKeys {
  staffId: Id;
  keys: DataKeys;
  /** The wrap the keys were opened from, and its KEK: the source for wrapping them again. */
  wrap: KeyWrap;
  kek: CryptoKey;
}

let held: HeldKeys | null = null;

export function holdKeys(keys: HeldKeys): void {
  held = keys;
  parked = null;
  // The window's repositories seal and open customer records with them.
  setRecordKeys(keys.keys);
}

/** The keys the person signed in at this window holds, or null (locked, PIN unlock, none yet). */
export function heldKeys(): HeldKeys | null {
  return held;
}

export function dropKeys(): void {
  held = null;
  setRecordKeys(null);
}

// A lock parks the keys for the person who locked: the repositories lose them at once (nothing
// is sealed or opened while locked), and only that person's PIN unlock within this session
// brings them back (PRIVACY.md: a PIN unlocks only within a session). Held in this window's
// memory like the keys themselves, never stored. Sign-out, a password sign-in, a reload and
// the last wrong PIN forget them; the password opens the keys again from their wrap.
let parked: HeldKeys | null = null;

onSessionEnd((end) => {
  parked = end.trigger === 'sign-out' ? null : held;
  dropKeys();
});

/** After the person's PIN unlock: their parked keys back in hand. False when none are parked. */
export function restoreParkedKeys(staffId: Id): boolean {
  if (!parked || parked.staffId !== staffId) return false;
  holdKeys(parked);
  parked = null;
  return true;
}

/** Too many wrong PINs (or a password sign-in): only the password opens the keys now. */
export function forgetParkedKeys(): void {
  parked = null;
}
