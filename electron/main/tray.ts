// The tray icon: the app's home while the window is closed. Shows the count of due calls in
// the tooltip, next to the icon on macOS, and as the dock/taskbar badge where supported.
import type { MenuItemConstructorOptions } from 'electron';
import { createTranslator, DEFAULT_LANG, type Lang } from '../../shared/i18n';

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
  /** The language chosen in Settings (it arrives with each reminder plan). */
  setLanguage(lang: Lang): void;
  destroy(): void;
}

export const trayTooltip = (count: number, lang: Lang = DEFAULT_LANG): string => {
  const text = createTranslator(lang);
  return count > 0 ? text.t('shell:tray.due', { count }) : text.t('shell:tray.none');
};

export function createAppTray<T extends TrayLike>(deps: TrayDeps<T>): AppTray {
  const tray = deps.createTray();
  let lang: Lang = DEFAULT_LANG;
  let dueCount = 0;
  const buildMenu = () => {
    const text = createTranslator(lang);
    tray.setContextMenu(
      deps.buildMenu([
        { label: text.t('shell:tray.open'), click: () => deps.onOpen() },
        { type: 'separator' },
        { label: text.t('shell:tray.quit'), click: () => deps.onQuit() },
      ]),
    );
  };
  buildMenu();
  // Windows and Linux open on a left click; macOS shows the menu on click by itself.
  if (deps.platform !== 'darwin') tray.on('click', () => deps.onOpen());
  tray.on('double-click', () => deps.onOpen());

  const setDueCount = (count: number) => {
    dueCount = count;
    tray.setToolTip(trayTooltip(count, lang));
    if (deps.platform === 'darwin') tray.setTitle(count > 0 ? String(count) : '');
    deps.setBadgeCount(count); // a no-op where the platform has no badge
  };
  const setLanguage = (next: Lang) => {
    if (next === lang) return;
    lang = next;
    buildMenu();
    tray.setToolTip(trayTooltip(dueCount, lang));
  };
  setDueCount(0);
  return { setDueCount, setLanguage, destroy: () => tray.destroy() };
}
