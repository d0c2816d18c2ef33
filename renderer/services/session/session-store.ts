// Who is signed in at this window, and whether the desk is locked. Locked keeps the person
// (a PIN may unlock) but unmounts every screen; signing out forgets them. Either way the
// in-memory stores holding customer data are dropped through `onSessionEnd`.
import { create } from 'zustand';
import type { LockTrigger } from '../../../shared/domain/identity/lock-policy';
import type { Id, StaffRole } from '../../../shared/domain/types';

export interface SignedIn {
  id: Id;
  name: string;
  role: StaffRole;
}

interface SessionState {
  user: SignedIn | null;
  locked: boolean;
  lockedBy: LockTrigger | null;
  /** Wrong PINs since the last password sign-in. */
  pinFailures: number;
  signIn(user: SignedIn): void;
  lock(trigger: LockTrigger): void;
  unlock(): void;
  pinFailed(): void;
  signOut(): void;
}

export type SessionEnd = { user: SignedIn; trigger: LockTrigger | 'sign-out' };
const endListeners = new Set<(end: SessionEnd) => void>();

/** Called on lock and sign-out: drop whatever holds customer data in memory. */
export function onSessionEnd(listener: (end: SessionEnd) => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

function endSession(end: SessionEnd): void {
  for (const listener of endListeners) listener(end);
}

export const useSession = create<SessionState>((set, get) => ({
  user: null,
  locked: false,
  lockedBy: null,
  pinFailures: 0,
  signIn: (user) => set({ user, locked: false, lockedBy: null, pinFailures: 0 }),
  lock: (trigger) => {
    const { user, locked } = get();
    if (!user || locked) return;
    set({ locked: true, lockedBy: trigger });
    endSession({ user, trigger });
  },
  unlock: () => set({ locked: false, lockedBy: null, pinFailures: 0 }),
  pinFailed: () => set((s) => ({ pinFailures: s.pinFailures + 1 })),
  signOut: () => {
    const { user } = get();
    set({ user: null, locked: false, lockedBy: null, pinFailures: 0 });
    if (user) endSession({ user, trigger: 'sign-out' });
  },
}));

/** The signed-in person, or null while nobody is (the sign-in screen is showing). */
export function currentUser(): SignedIn | null {
  const { user, locked } = useSession.getState();
  return user && !locked ? user : null;
}

/**
 * Locks this window now, as `trigger`. The hook for triggers that come from outside the window
 * (main's powerMonitor: OS lock screen, sleep), so whoever wires them needs nothing else: a
 * lock while nobody is signed in, or already locked, does nothing.
 */
export function lockNow(trigger: LockTrigger): void {
  useSession.getState().lock(trigger);
}
