// The application menu: only what the app needs. Electron's default menu carries Reload,
// Force Reload and Toggle Developer Tools (Ctrl+Shift+I), which a packaged build must not have.
// macOS needs a menu for the app name, quit/hide and the Edit items (without them Cmd+C/V do
// nothing in text fields) and a Window menu; Windows and Linux get no menu bar at all.
import type { MenuItemConstructorOptions } from 'electron';
import { shellText } from './shell-text';

const macAppMenu = (): MenuItemConstructorOptions => ({
  role: 'appMenu',
  submenu: [
    { role: 'hide', label: shellText.appMenu.hide },
    { role: 'hideOthers', label: shellText.appMenu.hideOthers },
    { role: 'unhide', label: shellText.appMenu.unhide },
    { type: 'separator' },
    { role: 'quit', label: shellText.appMenu.quit },
  ],
});

const editMenu = (): MenuItemConstructorOptions => ({
  label: shellText.editMenu.label,
  submenu: [
    { role: 'undo', label: shellText.editMenu.undo },
    { role: 'redo', label: shellText.editMenu.redo },
    { type: 'separator' },
    { role: 'cut', label: shellText.editMenu.cut },
    { role: 'copy', label: shellText.editMenu.copy },
    { role: 'paste', label: shellText.editMenu.paste },
    { role: 'selectAll', label: shellText.editMenu.selectAll },
  ],
});

const windowMenu = (): MenuItemConstructorOptions => ({
  label: shellText.windowMenu.label,
  role: 'window',
  submenu: [
    { role: 'minimize', label: shellText.windowMenu.minimize },
    { role: 'zoom', label: shellText.windowMenu.zoom },
    { role: 'close', label: shellText.windowMenu.close },
  ],
});

const developMenu = (): MenuItemConstructorOptions => ({
  label: shellText.developMenu.label,
  submenu: [
    { role: 'reload', label: shellText.developMenu.reload },
    { role: 'toggleDevTools', label: shellText.developMenu.devTools },
  ],
});

/** The menu template, or null for "no menu at all" (packaged Windows and Linux). */
export function appMenuTemplate(
  platform: string,
  options: { devTools: boolean },
): MenuItemConstructorOptions[] | null {
  const dev = options.devTools ? [developMenu()] : [];
  if (platform === 'darwin') return [macAppMenu(), editMenu(), windowMenu(), ...dev];
  return dev.length ? dev : null;
}

export interface MenuApi<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M | null): void;
}

/** Replaces Electron's default menu; must run before the first window is created. */
export function installAppMenu<M>(
  Menu: MenuApi<M>,
  platform: string,
  options: { devTools: boolean },
): void {
  const template = appMenuTemplate(platform, options);
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
}
