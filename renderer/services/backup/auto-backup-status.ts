// What the last automatic backup did, for Settings' backup card: a failure stays shown (also
// after a restart: it is kept in localStorage) until a backup is written again.
import { create } from 'zustand';
import type { TextRef } from '../../../shared/i18n';
import type { AutoBackupFailure, AutoBackupOutcome } from './auto-backup';

const FAILURE_KEY = 'renewal-desk:auto-backup-failure';

export interface AutoBackupFailureNote {
  at: string;
  code: AutoBackupFailure;
  text: TextRef;
}

interface AutoBackupStatus {
  failure: AutoBackupFailureNote | null;
  /** When this window last saw a backup written (the card lists the folder again). */
  writtenAt: string | null;
  note(outcome: AutoBackupOutcome, at: Date): void;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function storedFailure(): AutoBackupFailureNote | null {
  try {
    const note = JSON.parse(storage()?.getItem(FAILURE_KEY) ?? 'null') as AutoBackupFailureNote;
    return note && typeof note.at === 'string' && typeof note.text?.key === 'string' ? note : null;
  } catch {
    return null;
  }
}

export const useAutoBackupStatus = create<AutoBackupStatus>((set) => ({
  failure: storedFailure(),
  writtenAt: null,
  note(outcome, at) {
    if (outcome.kind === 'failed') {
      const failure = { at: at.toISOString(), code: outcome.code, text: outcome.text };
      storage()?.setItem(FAILURE_KEY, JSON.stringify(failure));
      set({ failure });
    } else if (outcome.kind === 'written') {
      storage()?.removeItem(FAILURE_KEY);
      set({ failure: null, writtenAt: at.toISOString() });
    }
  },
}));
