import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/main/window';
import type { WindowLike } from '../../../electron/main/window';
import { loadWindowState, trackWindowState } from '../../../electron/main/window-state';
import type { Rect, TrackableWindow } from '../../../electron/main/window-state';

class FakeWindow implements WindowLike {
  static last: FakeWindow | undefined;
  readyListeners: (() => void)[] = [];
  shown = false;
  maximized = false;
  loaded: string | undefined;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.last = this;
  }
  once(_event: 'ready-to-show', listener: () => void) {
    this.readyListeners.push(listener);
  }
  show() {
    this.shown = true;
  }
  maximize() {
    this.maximized = true;
  }
  async loadURL(url: string) {
    this.loaded = url;
  }
}

const base = {
  preloadPath: '/app/dist/electron/preload.cjs',
  startUrl: 'app://renderer/index.html',
  state: { width: 1300, height: 820, x: 10, y: 20, maximized: false },
  startHidden: false,
  devTools: false,
};

describe('main window factory', () => {
  it('sets every security option and the preload', () => {
    const prefs = createMainWindow(FakeWindow, base).options.webPreferences ?? {};
    expect(prefs.preload).toBe(base.preloadPath);
    // Named one by one (not read back from secureWebPreferences) so a loosened option fails here.
    for (const on of ['contextIsolation', 'sandbox', 'webSecurity'] as const) {
      expect(prefs[on], on).toBe(true);
    }
    const off = [
      ...['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames'],
      ...[
        'allowRunningInsecureContent',
        'webviewTag',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'devTools',
      ],
    ] as const;
    for (const key of off) expect(prefs[key], key).toBe(false);
  });

  it('loads the app URL, restores size and position, shows when ready', () => {
    const window = createMainWindow(FakeWindow, base);
    expect(window.loaded).toBe('app://renderer/index.html');
    expect(window.options).toMatchObject({ width: 1300, height: 820, x: 10, y: 20, show: false });
    expect(window.shown).toBe(false);
    window.readyListeners.forEach((listener) => listener());
    expect(window.shown).toBe(true);
  });

  it('stays hidden when started at login into the tray', () => {
    const window = createMainWindow(FakeWindow, { ...base, startHidden: true });
    window.readyListeners.forEach((listener) => listener());
    expect(window.shown).toBe(false);
  });
});

describe('window state', () => {
  const displays: Rect[] = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('remembers size and position across a save and a load', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'win-state-'));
    const file = join(dir, 'window-state.json');
    const listeners = new Map<string, () => void>();
    const window: TrackableWindow = {
      on: (event, listener) => listeners.set(event, listener),
      getNormalBounds: () => ({ x: 100, y: 80, width: 1400, height: 900 }),
      isMaximized: () => true,
    };
    trackWindowState(window, file);
    listeners.get('close')?.();
    await vi.waitFor(async () => expect(JSON.parse(await readFile(file, 'utf8'))).toBeTruthy());
    expect(await loadWindowState(file, displays)).toEqual({
      x: 100,
      y: 80,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('drops a position that is on no display any more, and bad values', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'win-state-'));
    const file = join(dir, 'window-state.json');
    await writeFile(file, JSON.stringify({ x: 5000, y: 3000, width: 200, height: 'big' }));
    expect(await loadWindowState(file, displays)).toEqual({
      width: 960,
      height: 800,
      maximized: false,
    });
    expect(await loadWindowState(join(dir, 'missing.json'), displays)).toEqual({
      width: 1280,
      height: 800,
      maximized: false,
    });
  });
});
