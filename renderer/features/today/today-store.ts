// UI state of the Today screen: whose tasks, which row, which channel, which outcome dialog.
// Tasks themselves come from live queries.
import { create } from 'zustand';
import type { Channel } from '../../../shared/domain/types';

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
  setStaff(staff: StaffChoice): void;
  setActiveIndex(index: number): void;
  setChannel(channel: Channel | null): void;
  openDialog(dialog: OutcomeDialog): void;
}

export const useTodayUi = create<TodayUiState>((set) => ({
  staff: 'settings',
  activeIndex: 0,
  channel: null,
  dialog: null,
  setStaff: (staff) => set({ staff, activeIndex: 0, channel: null }),
  setActiveIndex: (activeIndex) => set({ activeIndex, channel: null }),
  setChannel: (channel) => set({ channel }),
  openDialog: (dialog) => set({ dialog }),
}));
