// App lifecycle rules: one instance, close hides to the tray, quit only from the tray (or the
// OS), start at login hidden, and catch-up after sleep.

export const HIDDEN_ARG = '--hidden';

export interface LifecycleApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'before-quit', listener: () => void): unknown;
  setLoginItemSettings(settings: {
    openAtLogin: boolean;
    openAsHidden?: boolean;
    args?: string[];
  }): void;
  getLoginItemSettings(options?: { args?: string[] }): {
    openAtLogin: boolean;
    wasOpenedAsHidden?: boolean;
  };
}

/**
 * Takes the single-instance lock. The second process gets false and quits; the first one
 * is told (`second-instance`) and brings its window forward.
 */
export function ensureSingleInstance(app: LifecycleApp, focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', focusExisting);
  return true;
}

export interface QuitState {
  readonly quitting: boolean;
  /** Marks a real quit (tray menu, OS shutdown, app.quit) so close events stop hiding. */
  markQuitting(): void;
}

export function createQuitState(app: LifecycleApp): QuitState {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  return {
    get quitting() {
      return quitting;
    },
    markQuitting: () => {
      quitting = true;
    },
  };
}

export interface HideableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
}

/** Closing the window keeps the app (and its reminders) running in the tray. */
export function hideOnClose(window: HideableWindow, quit: QuitState): void {
  window.on('close', (event) => {
    if (quit.quitting) return;
    event.preventDefault();
    window.hide();
  });
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function showAndFocus(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Start at login, hidden in the tray (macOS: openAsHidden; Windows: our --hidden argument). */
export function setStartAtLogin(app: LifecycleApp, enabled: boolean): void {
  app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true, args: [HIDDEN_ARG] });
}

export function getStartAtLogin(app: LifecycleApp): boolean {
  // Windows matches the registry entry by its arguments, so ask with the same ones.
  return app.getLoginItemSettings({ args: [HIDDEN_ARG] }).openAtLogin;
}

export function launchedHidden(app: LifecycleApp, argv: readonly string[]): boolean {
  return argv.includes(HIDDEN_ARG) || app.getLoginItemSettings().wasOpenedAsHidden === true;
}

export interface PowerMonitorLike {
  on(event: 'resume', listener: () => void): unknown;
}

/** After sleep, timers are late or lost: run the scheduler's catch-up. */
export function catchUpOnResume(powerMonitor: PowerMonitorLike, resume: () => Promise<void>): void {
  powerMonitor.on('resume', () => void resume().catch(() => undefined));
}
