// Tray, lifecycle, notifier adapters and host handlers, with Electron faked.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createElectronNotifier } from '../../../electron/notifications/electron-notifier';
import { createNodeNotifierAdapter } from '../../../electron/notifications/node-notifier-adapter';
import { chooseNotifierKind } from '../../../electron/notifications/notifier';
import { createHostHandlers } from '../../../electron/main/host-handlers';
import type { HostHandlerDeps } from '../../../electron/main/host-handlers';
import * as lifecycle from '../../../electron/main/lifecycle';
import type { LifecycleApp } from '../../../electron/main/lifecycle';
import { createAppTray } from '../../../electron/main/tray';
import type { TrayLike } from '../../../electron/main/tray';
import { tempDir } from './scheduler-harness';

function fakeApp(lock = true) {
  const listeners = new Map<string, () => void>();
  let login = { openAtLogin: false, openAsHidden: false, args: [] as string[] };
  const app = {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    setLoginItemSettings: vi.fn((settings) => (login = { ...login, ...settings })),
    getLoginItemSettings: () => ({ openAtLogin: login.openAtLogin, wasOpenedAsHidden: false }),
  } as unknown as LifecycleApp & { quit: ReturnType<typeof vi.fn> };
  return { app, listeners, login: () => login };
}

describe('lifecycle', () => {
  it('a second instance quits at once; the first one focuses its window', () => {
    const second = fakeApp(false);
    const focus = vi.fn();
    expect(lifecycle.ensureSingleInstance(second.app, focus)).toBe(false);
    expect(second.app.quit).toHaveBeenCalled();

    const first = fakeApp(true);
    expect(lifecycle.ensureSingleInstance(first.app, focus)).toBe(true);
    first.listeners.get('second-instance')?.();
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('a second instance started while the desk is locked brings the locked window back (from the tray or minimised)', () => {
    // Main does not know about the lock (the window shows the sign-in screen itself), so the
    // rule is the same as unlocked: restore, show, focus; nothing is sent to the page.
    const first = fakeApp(true);
    const calls: string[] = [];
    const window = {
      isMinimized: () => true,
      restore: () => void calls.push('restore'),
      show: () => void calls.push('show'),
      focus: () => void calls.push('focus'),
    };
    lifecycle.ensureSingleInstance(first.app, () => lifecycle.showAndFocus(window));
    first.listeners.get('second-instance')?.();
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('closing hides to the tray; a real quit closes', () => {
    const { app, listeners } = fakeApp();
    const quit = lifecycle.createQuitState(app);
    let onClose: ((e: { preventDefault(): void }) => void) | undefined;
    const window = { on: (_: 'close', l: typeof onClose) => (onClose = l), hide: vi.fn() };
    lifecycle.hideOnClose(window, quit);
    const closeEvent = { preventDefault: vi.fn() };
    onClose?.(closeEvent);
    expect(closeEvent.preventDefault).toHaveBeenCalled();
    expect(window.hide).toHaveBeenCalled();
    listeners.get('before-quit')?.(); // tray "退出" → app.quit()
    const finalClose = { preventDefault: vi.fn() };
    onClose?.(finalClose);
    expect(finalClose.preventDefault).not.toHaveBeenCalled();
  });

  it('start at login is registered hidden, and a --hidden launch starts in the tray', () => {
    const { app, login } = fakeApp();
    lifecycle.setStartAtLogin(app, true);
    expect(login()).toMatchObject({ openAtLogin: true, openAsHidden: true, args: ['--hidden'] });
    expect(lifecycle.getStartAtLogin(app)).toBe(true);
    lifecycle.setStartAtLogin(app, false);
    expect(lifecycle.getStartAtLogin(app)).toBe(false);
    expect(lifecycle.launchedHidden(app, ['electron', '.', '--hidden'])).toBe(true);
    expect(lifecycle.launchedHidden(app, ['electron', '.'])).toBe(false);
  });

  it('resume from sleep runs the catch-up', () => {
    let onResume: (() => void) | undefined;
    const resume = vi.fn(async () => undefined);
    lifecycle.catchUpOnResume({ on: (_e, l) => (onResume = l) }, resume);
    onResume?.();
    expect(resume).toHaveBeenCalledTimes(1);
  });

  it('showAndFocus restores a minimised window', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    lifecycle.showAndFocus(window);
    expect(
      [window.restore, window.show, window.focus].every((f) => f.mock.calls.length === 1),
    ).toBe(true);
  });
});

describe('tray', () => {
  function setup(platform: string) {
    const tray: TrayLike & { tip?: string; title?: string } = {
      setToolTip(text) {
        this.tip = text;
      },
      setTitle(title) {
        this.title = title;
      },
      setContextMenu: vi.fn(),
      on: vi.fn(),
      destroy: vi.fn(),
    };
    let template: { label?: string; click?: () => void }[] = [];
    const badge = vi.fn(() => true);
    const onOpen = vi.fn();
    const onQuit = vi.fn();
    const appTray = createAppTray({
      createTray: () => tray,
      buildMenu: (t) => (template = t as typeof template),
      setBadgeCount: badge,
      platform,
      onOpen,
      onQuit,
    });
    return { tray, appTray, template: () => template, badge, onOpen, onQuit };
  }

  it('has open and quit in its menu', () => {
    const { template, onOpen, onQuit } = setup('win32');
    const labelled = template().filter((entry) => entry.label);
    expect(labelled.map((entry) => entry.label)).toEqual(['打开续保助手', '退出']);
    labelled[0]?.click?.();
    labelled[1]?.click?.();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onQuit).toHaveBeenCalledTimes(1);
  });

  it('shows the due count in the tooltip, the macOS title and the badge', () => {
    const { tray, appTray, badge } = setup('darwin');
    appTray.setDueCount(12);
    expect(tray.tip).toBe('续保助手：12 个待办到期');
    expect(tray.title).toBe('12');
    expect(badge).toHaveBeenLastCalledWith(12);
    appTray.setDueCount(0);
    expect(tray.title).toBe('');
    expect(tray.tip).toBe('续保助手：暂无到期待办');
  });

  it('follows the language chosen in Settings: menu and tooltip in English', () => {
    const { tray, appTray, template } = setup('win32');
    appTray.setDueCount(3);
    appTray.setLanguage('en');
    expect(
      template()
        .filter((e) => e.label)
        .map((e) => e.label),
    ).toEqual(['Open Renewal Desk', 'Quit']);
    expect(tray.tip).toBe('Renewal Desk: 3 tasks due');
    appTray.setDueCount(0);
    expect(tray.tip).toBe('Renewal Desk: nothing due');
    appTray.setLanguage('zh-CN');
    expect(tray.tip).toBe('续保助手：暂无到期待办');
  });
});

describe('notifiers', () => {
  it('chooses Electron notifications wherever Electron supports them', () => {
    expect(chooseNotifierKind('win32', true)).toBe('electron');
    expect(chooseNotifierKind('darwin', true)).toBe('electron');
    expect(chooseNotifierKind('linux', true)).toBe('electron');
    expect(chooseNotifierKind('linux', false)).toBe('node-notifier');
  });

  it('Electron adapter shows the title/body and forwards the click', () => {
    const made: { options: unknown; listeners: Map<string, () => void>; shown: boolean }[] = [];
    class FakeNotification {
      listeners = new Map<string, () => void>();
      shown = false;
      constructor(readonly options: unknown) {
        made.push(this);
      }
      on(event: string, listener: () => void) {
        this.listeners.set(event, listener);
      }
      show() {
        this.shown = true;
      }
    }
    const onClick = vi.fn();
    createElectronNotifier(FakeNotification, '/icon.png').show({ title: 'T', body: 'B', onClick });
    expect(made[0]?.options).toEqual({ title: 'T', body: 'B', icon: '/icon.png' });
    expect(made[0]?.shown).toBe(true);
    made[0]?.listeners.get('click')?.();
    expect(onClick).toHaveBeenCalled();
  });

  it('node-notifier adapter maps to title/message and reports failures', () => {
    const notify = vi.fn((_options: unknown, callback?: (error: Error | null) => void) =>
      callback?.(new Error('no daemon')),
    );
    const onError = vi.fn();
    createNodeNotifierAdapter({ notify }, { appName: '续保助手', onError }).show({
      title: 'T',
      body: '',
    });
    expect(notify.mock.calls[0]?.[0]).toEqual({ title: 'T', message: 'T', 'app-name': '续保助手' });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'no daemon' }));
  });
});

describe('host handlers', () => {
  const deps = (over: Partial<HostHandlerDeps> = {}): HostHandlerDeps => ({
    version: '0.1.0',
    platform: 'win32',
    userDataDir: 'C:/Users/a/AppData/Roaming/续保助手',
    defaultSaveDir: '/downloads',
    getStartAtLogin: () => true,
    setStartAtLogin: vi.fn(),
    syncPlan: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => true),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    setIdleLockMinutes: vi.fn(),
    auditHead: { read: vi.fn(), append: vi.fn(), replace: vi.fn() },
    backups: { write: vi.fn(), list: vi.fn(), chooseFolder: vi.fn(), read: vi.fn() },
    mail: { get: vi.fn(), set: vi.fn(), test: vi.fn(), send: vi.fn() },
    sms: { get: vi.fn(), set: vi.fn(), send: vi.fn(), pullReplies: vi.fn(), ackReplies: vi.fn() },
    ...over,
  });

  it('app:info reports the electron host and userData as the data location', async () => {
    await expect(createHostHandlers(deps()).appInfo(undefined)).resolves.toEqual({
      host: 'electron',
      version: '0.1.0',
      platform: 'win32',
      dataLocation: 'C:/Users/a/AppData/Roaming/续保助手',
    });
  });

  it('file:save writes where the user chose, and writes nothing when cancelled', async () => {
    const target = join(await tempDir(), 'export.xlsx');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const request = {
      suggestedName: '客户.xlsx',
      data: new Uint8Array([80, 75]),
      filterName: 'Excel',
      extensions: ['xlsx'],
    };
    await expect(createHostHandlers(deps({ showSaveDialog })).saveFile(request)).resolves.toEqual({
      saved: true,
      path: target,
    });
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/downloads', '客户.xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
    expect([...(await readFile(target))]).toEqual([80, 75]);
    const writeFile = vi.fn();
    await expect(createHostHandlers(deps({ writeFile })).saveFile(request)).resolves.toEqual({
      saved: false,
    });
    expect(writeFile).not.toHaveBeenCalled();
  });
});
