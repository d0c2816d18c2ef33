// Packaged builds: no DevTools, no default menu. Electron faked.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, installAppMenu } from '../../../electron/main/app-menu';
import {
  AS_PACKAGED_ENV,
  devToolsAllowed,
  guardDevTools,
  isDevToolsShortcut,
} from '../../../electron/main/dev-tools';
import type { DevToolsContents, KeyInput } from '../../../electron/main/dev-tools';
import { mainWindowOptions } from '../../../electron/main/window';

const key = (patch: Partial<KeyInput>): KeyInput => ({
  type: 'keyDown',
  key: '',
  code: '',
  control: false,
  shift: false,
  alt: false,
  meta: false,
  ...patch,
});

const ctrlShiftI = key({ key: 'I', code: 'KeyI', control: true, shift: true });
const f12 = key({ key: 'F12', code: 'F12' });
// macOS reports Option+I as the dead key "ˆ"; only the physical code says it is I.
const cmdOptI = key({ key: 'ˆ', code: 'KeyI', meta: true, alt: true });

function fakeContents() {
  const listeners = new Map<string, (...args: never[]) => void>();
  const contents = {
    on: (event: string, listener: (...args: never[]) => void) => listeners.set(event, listener),
    closeDevTools: vi.fn(),
  };
  const press = (input: KeyInput) => {
    const preventDefault = vi.fn();
    (listeners.get('before-input-event') as ((e: unknown, i: KeyInput) => void) | undefined)?.(
      { preventDefault },
      input,
    );
    return preventDefault.mock.calls.length > 0;
  };
  const openDevTools = () => (listeners.get('devtools-opened') as (() => void) | undefined)?.();
  return {
    contents: contents as unknown as DevToolsContents,
    press,
    openDevTools,
    closeDevTools: contents.closeDevTools,
  };
}

describe('DevTools only in development', () => {
  it('allowed unpackaged, never packaged, and the environment can only take them away', () => {
    expect(devToolsAllowed(false, {})).toBe(true);
    expect(devToolsAllowed(true, {})).toBe(false);
    expect(devToolsAllowed(false, { [AS_PACKAGED_ENV]: '1' })).toBe(false);
    expect(devToolsAllowed(true, { [AS_PACKAGED_ENV]: '0' })).toBe(false);
  });

  it.each([
    ['Ctrl+Shift+I', ctrlShiftI],
    ['Ctrl+Shift+J', key({ key: 'J', code: 'KeyJ', control: true, shift: true })],
    ['Ctrl+Shift+C', key({ key: 'C', code: 'KeyC', control: true, shift: true })],
    ['F12', f12],
    ['Cmd+Opt+I', cmdOptI],
    ['Cmd+Opt+J', key({ key: '∆', code: 'KeyJ', meta: true, alt: true })],
    ['Cmd+Shift+C', key({ key: 'c', code: 'KeyC', meta: true, shift: true })],
  ])('recognises %s as a DevTools shortcut', (_name, input) => {
    expect(isDevToolsShortcut(input)).toBe(true);
  });

  it.each([
    ['Ctrl+C', key({ key: 'c', code: 'KeyC', control: true })],
    ['Cmd+C', key({ key: 'c', code: 'KeyC', meta: true })],
    ['Ctrl+I', key({ key: 'i', code: 'KeyI', control: true })],
    ['Shift+I', key({ key: 'I', code: 'KeyI', shift: true })],
    ['F5', key({ key: 'F5', code: 'F5' })],
    ['F12 released', { ...f12, type: 'keyUp' }],
  ])('leaves %s alone', (_name, input) => {
    expect(isDevToolsShortcut(input)).toBe(false);
  });

  it('the guard swallows the shortcuts and nothing else', () => {
    const fake = fakeContents();
    guardDevTools(fake.contents);
    expect(fake.press(ctrlShiftI)).toBe(true);
    expect(fake.press(f12)).toBe(true);
    expect(fake.press(cmdOptI)).toBe(true);
    expect(fake.press(key({ key: 'v', code: 'KeyV', control: true }))).toBe(false);
  });

  it('DevTools that open anyway are closed at once', () => {
    const fake = fakeContents();
    guardDevTools(fake.contents);
    fake.openDevTools();
    expect(fake.closeDevTools).toHaveBeenCalledTimes(1);
  });

  it('the window has DevTools only when told so', () => {
    const base = {
      preloadPath: '/p.cjs',
      startUrl: 'app://renderer/index.html',
      state: { width: 1300, height: 820, maximized: false },
      startHidden: false,
    };
    expect(mainWindowOptions({ ...base, devTools: false }).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ ...base, devTools: true }).webPreferences?.devTools).toBe(true);
  });
});

/** Every role and accelerator anywhere in the menu. */
function flatten(template: MenuItemConstructorOptions[] | null): MenuItemConstructorOptions[] {
  return (template ?? []).flatMap((item) => [
    item,
    ...flatten(Array.isArray(item.submenu) ? item.submenu : null),
  ]);
}
const roles = (template: MenuItemConstructorOptions[] | null) =>
  flatten(template).flatMap((item) => (item.role ? [item.role] : []));

describe('application menu', () => {
  it('packaged Windows and Linux: no menu bar at all', () => {
    expect(appMenuTemplate('win32', { devTools: false })).toBeNull();
    expect(appMenuTemplate('linux', { devTools: false })).toBeNull();
  });

  it('packaged macOS: app menu (hide, quit), Edit for copy/paste, Window; nothing else', () => {
    const template = appMenuTemplate('darwin', { devTools: false });
    expect(template).toHaveLength(3);
    expect(template?.[0]?.role).toBe('appMenu');
    expect(roles(template).sort()).toEqual(
      [
        'appMenu',
        'hide',
        'hideOthers',
        'unhide',
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'window',
        'minimize',
        'zoom',
        'close',
      ].sort(),
    );
    // Nothing that opens DevTools, reloads, or a default submenu (viewMenu, …) that would.
    expect(flatten(template).some((item) => item.accelerator !== undefined)).toBe(false);
  });

  it('development adds reload and DevTools, on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      expect(roles(appMenuTemplate(platform, { devTools: true }))).toEqual(
        expect.arrayContaining(['reload', 'toggleDevTools']),
      );
    }
  });

  it('installs the menu, or null to remove the default one', () => {
    const Menu = { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() };
    installAppMenu(Menu, 'linux', { devTools: false });
    expect(Menu.setApplicationMenu).toHaveBeenLastCalledWith(null);
    installAppMenu(Menu, 'darwin', { devTools: false });
    expect(Menu.setApplicationMenu).toHaveBeenLastCalledWith(
      expect.arrayContaining([expect.objectContaining({ role: 'appMenu' })]),
    );
  });
});
