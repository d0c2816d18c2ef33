// UI state of the Scripts screen: which template is open and which customer previews it.
import { create } from 'zustand';

interface ScriptsUiState {
  templateId: string | null;
  previewClientId: string | null;
  select(templateId: string): void;
  setPreviewClient(id: string | null): void;
}

export const useScriptsUi = create<ScriptsUiState>((set) => ({
  templateId: null,
  previewClientId: null,
  select: (templateId) => set({ templateId }),
  setPreviewClient: (previewClientId) => set({ previewClientId }),
}));
