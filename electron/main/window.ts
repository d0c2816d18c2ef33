// The main BrowserWindow factory. Every security option is set explicitly, even where it is
// Electron's default, so a future default change or a copy-paste cannot loosen it silently.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_HEIGHT, MIN_WIDTH } from './window-state';
import type { WindowState } from './window-state';

/** `devTools` is true only in development (dev-tools.ts): a packaged page has none. */
export function secureWebPreferences(preloadPath: string, devTools = false): WebPreferences {
  return {
    preload: preloadPath,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface WindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
  loadURL(url: string): Promise<void>;
}

export type BrowserWindowCtor<W extends WindowLike> = new (
  options: BrowserWindowConstructorOptions,
) => W;

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  state: WindowState;
  /** Started at login into the tray: create the window but do not show it. */
  startHidden: boolean;
  /** DevTools available (development only; see dev-tools.ts). */
  devTools: boolean;
  iconPath?: string;
}

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  const { state } = options;
  return {
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: '续保助手',
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, options.devTools),
  };
}

export function createMainWindow<W extends WindowLike>(
  BrowserWindow: BrowserWindowCtor<W>,
  options: MainWindowOptions,
): W {
  const window = new BrowserWindow(mainWindowOptions(options));
  window.once('ready-to-show', () => {
    if (options.startHidden) return;
    if (options.state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.startUrl);
  return window;
}
