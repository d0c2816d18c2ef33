// The recovery key waiting to be shown, in memory only. Owner setup and an old owner's first
// sign-in put it here just before signing in; the session gate shows the sheet before any
// screen, and "continue" forgets it: the key is shown once and never stored.
import { create } from 'zustand';

interface PendingSheet {
  text: string;
  /** The backup identity (`AGE-SECRET-KEY-1…`) when it was made with the keys. */
  backupIdentity: string | null;
  ownerName: string;
  createdAt: string;
}

interface RecoverySheetState {
  pending: PendingSheet | null;
  show(sheet: PendingSheet): void;
  done(): void;
}

export const useRecoverySheet = create<RecoverySheetState>((set) => ({
  pending: null,
  show: (pending) => set({ pending }),
  done: () => set({ pending: null }),
}));
