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
  /** Show tasks due after today (the plan makes them 14 days ahead); off by default. */
  upcoming: boolean;
  /** The customer search box (name, pinyin, phone, plate...). */
  search: string;
}

/** What the list opens with; the filter row offers to return here when anything differs. */
export const DEFAULT_FILTERS: TaskFilters = {
  scope: 'everyone',
  tier: null,
  status: 'pending',
  staffId: null,
  overdueOnly: false,
  upcoming: false,
  search: '',
};

export function filtersChanged(filters: TaskFilters): boolean {
  return (Object.keys(DEFAULT_FILTERS) as (keyof TaskFilters)[]).some(
    (k) => filters[k] !== DEFAULT_FILTERS[k],
  );
}

interface TasksUiState {
  filters: TaskFilters;
  selectedTaskIds: string[];
  tab: 'list' | 'assignment';
  setFilter<K extends keyof TaskFilters>(key: K, value: TaskFilters[K]): void;
  resetFilters(): void;
  setSelected(ids: string[]): void;
  setTab(tab: 'list' | 'assignment'): void;
}

export const useTasksUi = create<TasksUiState>((set) => ({
  filters: DEFAULT_FILTERS,
  selectedTaskIds: [],
  tab: 'list',
  setFilter: (key, value) =>
    set((s) => ({ filters: { ...s.filters, [key]: value }, selectedTaskIds: [] })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS, selectedTaskIds: [] }),
  setSelected: (selectedTaskIds) => set({ selectedTaskIds }),
  setTab: (tab) => set({ tab }),
}));
