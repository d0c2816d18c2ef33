// UI state of the task list: filters, the selected rows, the tab. Tasks come from live queries.
import { create } from 'zustand';
import type { TaskStatus } from '../../../shared/domain/types';

export interface TaskFilters {
  scope: 'mine' | 'everyone';
  tier: string | null;
  status: TaskStatus | null;
  /** A staff id, '__unassigned__', or null for any. */
  staffId: string | null;
  overdueOnly: boolean;
}

interface TasksUiState {
  filters: TaskFilters;
  selectedTaskIds: string[];
  tab: 'list' | 'assignment';
  setFilter<K extends keyof TaskFilters>(key: K, value: TaskFilters[K]): void;
  setSelected(ids: string[]): void;
  setTab(tab: 'list' | 'assignment'): void;
}

export const useTasksUi = create<TasksUiState>((set) => ({
  filters: { scope: 'everyone', tier: null, status: 'pending', staffId: null, overdueOnly: false },
  selectedTaskIds: [],
  tab: 'list',
  setFilter: (key, value) =>
    set((s) => ({ filters: { ...s.filters, [key]: value }, selectedTaskIds: [] })),
  setSelected: (selectedTaskIds) => set({ selectedTaskIds }),
  setTab: (tab) => set({ tab }),
}));
