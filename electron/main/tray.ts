// The tray icon: the app's home while the window is closed. Shows the count of due calls in
// the tooltip, next to the icon on macOS, and as the dock/taskbar badge where supported.
import type { MenuItemConstructorOptions } from 'electron';

export interface TrayLike {
  setToolTip(text: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click' | 'double-click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayDeps<T extends TrayLike> {
  createTray: () => T;
  buildMenu: (template: MenuItemConstructorOptions[]) => unknown;
  setBadgeCount: (count: number) => boolean;
  platform: string;
  onOpen: () => void;
  onQuit: () => void;
}

export interface AppTray {
  setDueCount(count: number): void;
  destroy(): void;
}

export const trayTooltip = (count: number): string =>
  count > 0 ? `续保助手：${count} 个待办到期` : '续保助手：暂无到期待办';

export function createAppTray<T extends TrayLike>(deps: TrayDeps<T>): AppTray {
  const tray = deps.createTray();
  tray.setContextMenu(
    deps.buildMenu([
      { label: '打开续保助手', click: () => deps.onOpen() },
      { type: 'separator' },
      { label: '退出', click: () => deps.onQuit() },
    ]),
  );
  // Windows and Linux open on a left click; macOS shows the menu on click by itself.
  if (deps.platform !== 'darwin') tray.on('click', () => deps.onOpen());
  tray.on('double-click', () => deps.onOpen());

  const setDueCount = (count: number) => {
    tray.setToolTip(trayTooltip(count));
    if (deps.platform === 'darwin') tray.setTitle(count > 0 ? String(count) : '');
    deps.setBadgeCount(count); // a no-op where the platform has no badge
  };
  setDueCount(0);
  return { setDueCount, destroy: () => tray.destroy() };
}
