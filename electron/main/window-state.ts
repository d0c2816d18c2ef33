// Remembers the window's size and position in a small JSON under userData. A saved position
// that no longer lies on any display (a monitor was unplugged) is dropped, keeping the size.
import { writeFileAtomic, readJsonFile } from '../scheduler/atomic-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;

const isInt = (value: unknown): value is number => Number.isInteger(value);

function visibleOnSomeDisplay(rect: Rect, displays: readonly Rect[]): boolean {
  // At least a 100×50 corner of the title bar area must be on a display to be grabbable.
  return displays.some(
    (d) =>
      rect.x + 100 <= d.x + d.width &&
      rect.x + rect.width - 100 >= d.x &&
      rect.y >= d.y &&
      rect.y + 50 <= d.y + d.height,
  );
}

export async function loadWindowState(
  file: string,
  displays: readonly Rect[],
): Promise<WindowState> {
  const raw = (await readJsonFile(file)) as Partial<Record<keyof WindowState, unknown>> | null;
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_WINDOW_STATE };
  const width = isInt(raw.width) ? Math.max(MIN_WIDTH, raw.width) : DEFAULT_WINDOW_STATE.width;
  const height = isInt(raw.height) ? Math.max(MIN_HEIGHT, raw.height) : DEFAULT_WINDOW_STATE.height;
  const state: WindowState = { width, height, maximized: raw.maximized === true };
  if (
    isInt(raw.x) &&
    isInt(raw.y) &&
    visibleOnSomeDisplay({ x: raw.x, y: raw.y, width, height }, displays)
  ) {
    state.x = raw.x;
    state.y = raw.y;
  }
  return state;
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(state));
}

export interface TrackableWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Saves the state a moment after the last move/resize, and at close. */
export function trackWindowState(window: TrackableWindow, file: string, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    const bounds = window.getNormalBounds();
    void saveWindowState(file, { ...bounds, maximized: window.isMaximized() }).catch(
      () => undefined,
    );
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}
