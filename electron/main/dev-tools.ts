// DevTools exist only in development. In a packaged build anyone at the desk could otherwise
// open them (Ctrl+Shift+I, F12, Cmd+Opt+I) and read every customer record straight out of
// IndexedDB. Three layers: webPreferences.devTools is false (window.ts), no menu item carries
// a DevTools accelerator (app-menu.ts), and here the shortcuts are swallowed and any DevTools
// window that opens anyway (a Chromium default, a future API) is closed at once.

/** Set by the real-Electron suite to get packaged behaviour from an unpackaged run. */
export const AS_PACKAGED_ENV = 'RENEWAL_DESK_AS_PACKAGED';

/**
 * DevTools only when unpackaged. The environment can only take them away, never grant them:
 * an environment variable is something anyone can set on a packaged app.
 */
export function devToolsAllowed(isPackaged: boolean, env: NodeJS.ProcessEnv): boolean {
  return !isPackaged && env[AS_PACKAGED_ENV] !== '1';
}

/** The parts of Electron's `Input` (before-input-event) the guard looks at. */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
}

// By physical key (`code`): with Option held, macOS reports `key` as a dead key ("ˆ" for I).
const PANEL_KEYS = new Set(['KeyI', 'KeyJ', 'KeyC']); // DevTools, console, inspect element

/**
 * Chromium's and Electron's DevTools shortcuts: F12; Ctrl+Shift+I/J/C (Windows, Linux);
 * Cmd+Opt+I/J/C and Cmd+Shift+C (macOS).
 */
export function isDevToolsShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  if (input.code === 'F12' || input.key === 'F12') return true;
  if (!PANEL_KEYS.has(input.code)) return false;
  if (input.control && input.shift) return true;
  if (input.meta && (input.alt || input.shift)) return true;
  return false;
}

interface InputEvent {
  preventDefault(): void;
}
export interface DevToolsContents {
  on(event: 'before-input-event', listener: (event: InputEvent, input: KeyInput) => void): unknown;
  on(event: 'devtools-opened', listener: () => void): unknown;
  closeDevTools(): void;
}

/** Packaged builds: swallow the DevTools shortcuts and close DevTools whenever they open. */
export function guardDevTools(contents: DevToolsContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isDevToolsShortcut(input)) event.preventDefault();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
}
