// The signed-in person's data keys, in this window's memory only: never in the database,
// localStorage or a store that persists, and dropped on lock and sign-out (onSessionEnd). The
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

// A lock or sign-out ends what the keys were opened for; a PIN unlock does not bring them back.
onSessionEnd(() => dropKeys());
