// UI state of the customers screen. Records themselves come from the database (live queries),
// never copies kept here.
import { create } from 'zustand';

export interface ClientFilters {
  insurer: string | null;
  /** `YYYY-MM` */
  month: string | null;
  staffId: string | null;
}

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; clientId: string };

interface ClientsUiState {
  query: string;
  filters: ClientFilters;
  activeIndex: number;
  form: FormState;
  setQuery(query: string): void;
  setFilter<K extends keyof ClientFilters>(key: K, value: ClientFilters[K]): void;
  setActiveIndex(index: number): void;
  openCreate(): void;
  openEdit(clientId: string): void;
  closeForm(): void;
}

export const useClientsUi = create<ClientsUiState>((set) => ({
  query: '',
  filters: { insurer: null, month: null, staffId: null },
  activeIndex: 0,
  form: { mode: 'closed' },
  setQuery: (query) => set({ query, activeIndex: 0 }),
  setFilter: (key, value) =>
    set((s) => ({ filters: { ...s.filters, [key]: value }, activeIndex: 0 })),
  setActiveIndex: (activeIndex) => set({ activeIndex }),
  openCreate: () => set({ form: { mode: 'create' } }),
  openEdit: (clientId) => set({ form: { mode: 'edit', clientId } }),
  closeForm: () => set({ form: { mode: 'closed' } }),
}));
