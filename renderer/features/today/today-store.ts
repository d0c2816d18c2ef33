// UI state of the Today screen: whose tasks, which row, which channel, which outcome dialog,
// the note being written for the selected task, and the last outcome (undoable for a few
// seconds). Tasks themselves come from live queries.
import { create } from 'zustand';
import type { Channel, Id } from '../../../shared/domain/types';
import type { OutcomeUndo } from '../../db/repositories/task-repository';

/** 'settings' = follow settings.currentStaffId; 'all' = everyone; else a staff id. */
export type StaffChoice = 'settings' | 'all' | string;

export type OutcomeDialog =
  'callback' | 'quoted' | 'renewed' | 'lost' | 'do_not_contact' | 'script' | null;

interface TodayUiState {
  staff: StaffChoice;
  activeIndex: number;
  /** Channel chosen by the user for the active task; null = the customer's preferred one. */
  channel: Channel | null;
  dialog: OutcomeDialog;
  /** The note written for one task, saved with its next outcome. */
  note: { taskId: Id; text: string } | null;
  /** The last outcome logged, while its undo is offered. */
  lastUndo: OutcomeUndo | null;
  setStaff(staff: StaffChoice): void;
  setActiveIndex(index: number): void;
  setChannel(channel: Channel | null): void;
  openDialog(dialog: OutcomeDialog): void;
  setNote(taskId: Id, text: string): void;
  setLastUndo(undo: OutcomeUndo | null): void;
}

export const useTodayUi = create<TodayUiState>((set) => ({
  staff: 'settings',
  activeIndex: 0,
  channel: null,
  dialog: null,
  note: null,
  lastUndo: null,
  setStaff: (staff) => set({ staff, activeIndex: 0, channel: null }),
  setActiveIndex: (activeIndex) => set({ activeIndex, channel: null }),
  setChannel: (channel) => set({ channel }),
  openDialog: (dialog) => set({ dialog }),
  setNote: (taskId, text) => set({ note: text ? { taskId, text } : null }),
  setLastUndo: (lastUndo) => set({ lastUndo }),
}));

/** The note written for `taskId`, or ''. */
export function noteFor(state: Pick<TodayUiState, 'note'>, taskId: Id | undefined): string {
  return state.note && state.note.taskId === taskId ? state.note.text : '';
}
