// Keyboard-only work on the Today list: J/K or arrows move, Enter opens the full script,
// 1-8 log an outcome, N writes a note, Ctrl+Z undoes the last outcome. Ignored while typing in
// a field or while an outcome dialog is open.
import { useEffect, useRef } from 'react';
import { OUTCOME_KEYS, type OutcomeKey } from './outcome-keys';
import { NOTE_BOX_ID } from './note-box';
import { useTodayUi } from './today-store';

interface Handlers {
  count: number;
  onPick(key: OutcomeKey): void;
  /** Ctrl+Z: undo the last outcome while its toast is shown. */
  onUndo(): void;
}

function typing(target: EventTarget | null): boolean {
  return !!(target as HTMLElement | null)?.closest?.(
    'input:not([type=radio]):not([type=checkbox]), textarea, select, [contenteditable="true"], .ant-select',
  );
}

export function useTodayKeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const ui = useTodayUi.getState();
      if (
        event.key.toLowerCase() === 'z' &&
        (event.ctrlKey || event.metaKey) &&
        !typing(event.target) &&
        !ui.dialog &&
        ui.lastUndo
      ) {
        event.preventDefault();
        latest.current.onUndo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const { count, onPick } = latest.current;
      if (ui.dialog && ui.dialog !== 'script') return;
      if (count === 0) return;
      const index = Math.min(ui.activeIndex, count - 1);
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'arrowdown') {
        event.preventDefault();
        if (!ui.dialog) ui.setActiveIndex(Math.min(count - 1, index + 1));
      } else if (key === 'k' || key === 'arrowup') {
        event.preventDefault();
        if (!ui.dialog) ui.setActiveIndex(Math.max(0, index - 1));
      } else if (key === 'n' && !ui.dialog) {
        // N: write a note for this call; it is saved with the next outcome.
        event.preventDefault();
        document.getElementById(NOTE_BOX_ID)?.focus();
      } else if (key === 'enter' && !ui.dialog) {
        // A focused button handles its own Enter.
        if ((event.target as HTMLElement | null)?.closest?.('button, a')) return;
        event.preventDefault();
        ui.openDialog('script');
      } else {
        const pick = OUTCOME_KEYS.find((k) => k.key === event.key);
        if (!pick) return;
        event.preventDefault();
        ui.openDialog(null);
        onPick(pick);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
