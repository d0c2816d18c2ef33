// Main-process entry: wiring only. Every rule lives in a module that takes Electron's APIs as
// arguments (and is unit-tested with fakes); this file hands them the real ones.
import { join } from 'node:path';
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  dialog,
  nativeImage,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import nodeNotifier from 'node-notifier';
import { scheduleJob } from 'node-schedule';
import { DEFAULT_LANG } from '../../shared/i18n';
import { createElectronNotifier } from '../notifications/electron-notifier';
import { createNodeNotifierAdapter } from '../notifications/node-notifier-adapter';
import { chooseNotifierKind } from '../notifications/notifier';
import { createNotifiedStore } from '../scheduler/notified-store';
import { createPlanStore } from '../scheduler/plan-store';
import { createReminderScheduler } from '../scheduler/scheduler';
import type { ReminderScheduler } from '../scheduler/scheduler';
import { installAppMenu } from './app-menu';
import { APP_START_URL, appOrigin } from './app-origin';
import { createAuditHeadStore } from './audit-head-store';
import { devToolsAllowed, guardDevTools } from './dev-tools';
import { createHostHandlers } from './host-handlers';
import { registerIpcHandlers, sendEvent } from './ipc';
import * as lifecycle from './lifecycle';
import { startLockSignals } from './lock-signals';
import { APP_SCHEME_PRIVILEGES, installAppProtocol } from './protocol';
import { hardenWebContents, installPermissionHandlers, openExternalSafely } from './security';
import { createAppTray } from './tray';
import { createMainWindow } from './window';
import { loadWindowState, trackWindowState } from './window-state';
import { createBackupFolder } from './backup-folder';
import { createMailService } from './mail/mail-service';
import { createMailSettingsStore } from './mail/mail-settings-store';
import { safeStorageBox } from './mail/safe-storage-box';
import { createSmsService } from './sms/sms-service';
import { createSmsSettingsStore } from './sms/sms-settings-store';

/** Must equal electron-builder.yml appId: Windows matches toasts to the Start-menu shortcut by it. */
const APP_ID = 'cn.renewaldesk.app';
// main.cjs sits in dist/electron; the renderer build in dist/renderer.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');
const assetsDir = join(__dirname, 'assets');

// Dev server and a throwaway profile only for unpackaged runs (dev, the real-Electron tests).
const devUrl = app.isPackaged ? undefined : process.env.RENDERER_URL;
const testUserData = app.isPackaged ? undefined : process.env.RENEWAL_DESK_USER_DATA_DIR;
if (testUserData) app.setPath('userData', testUserData);
const trustedOrigin = appOrigin(devUrl);
const devTools = devToolsAllowed(app.isPackaged, process.env);

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

let mainWindow: BrowserWindow | null = null;
const focusWindow = () => {
  if (mainWindow && !mainWindow.isDestroyed()) lifecycle.showAndFocus(mainWindow);
};

if (lifecycle.ensureSingleInstance(app, focusWindow)) {
  app.whenReady().then(start, (error: unknown) => {
    console.error('续保助手 failed to start:', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const quit = lifecycle.createQuitState(app);
  installAppProtocol(protocol, rendererDir);
  installPermissionHandlers(session.defaultSession, trustedOrigin);
  installAppMenu(Menu, process.platform, { devTools });
  const shellOpen = (url: string) => shell.openExternal(url);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { trustedOrigin, openExternal: shellOpen });
    if (!devTools) guardDevTools(contents);
  });

  const openTask = (taskId: string | null) => {
    focusWindow();
    if (taskId && mainWindow && !mainWindow.isDestroyed()) {
      sendEvent(mainWindow.webContents, 'openTask', { taskId });
    }
  };
  const scheduler = createScheduler(userData, openTask);
  await scheduler.start();
  // The window locks itself; main only tells it when (OS lock screen, sleep, system idle).
  const lockSignals = startLockSignals({
    powerMonitor,
    lock: (reason) => {
      if (mainWindow && !mainWindow.isDestroyed()) {
        sendEvent(mainWindow.webContents, 'sessionLock', { reason });
      }
    },
  });

  const tray = createAppTray({
    createTray: () => new Tray(trayImage()),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    setBadgeCount: (count) => app.setBadgeCount(count),
    platform: process.platform,
    onOpen: focusWindow,
    onQuit: () => {
      quit.markQuitting();
      app.quit();
    },
  });
  tray.setLanguage(scheduler.currentPlan()?.lang ?? DEFAULT_LANG);
  tray.setDueCount(scheduler.currentPlan()?.dueCount ?? 0);

  registerIpcHandlers(
    createHostHandlers({
      version: app.getVersion(),
      platform: process.platform,
      userDataDir: userData,
      defaultSaveDir: app.getPath('downloads'),
      getStartAtLogin: () => lifecycle.getStartAtLogin(app),
      setStartAtLogin: (enabled) => lifecycle.setStartAtLogin(app, enabled),
      syncPlan: async (plan) => {
        await scheduler.sync(plan);
        tray.setLanguage(plan.lang ?? DEFAULT_LANG);
        tray.setDueCount(plan.dueCount);
      },
      openExternal: (url) => openExternalSafely(shellOpen, url),
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      setIdleLockMinutes: (minutes) => lockSignals.setIdleMinutes(minutes),
      auditHead: createAuditHeadStore(userData),
      backups: createBackupFolder({
        userDataDir: userData,
        pickFolder: async () => {
          const options: Electron.OpenDialogOptions = {
            properties: ['openDirectory', 'createDirectory'],
          };
          const result = mainWindow
            ? await dialog.showOpenDialog(mainWindow, options)
            : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
      }),
      mail: createMailService(createMailSettingsStore(userData, safeStorageBox())),
      sms: createSmsService(createSmsSettingsStore(userData, safeStorageBox())),
    }),
    { trustedOrigin, appWebContentsId: () => mainWindow?.webContents.id },
  );

  const stateFile = join(userData, 'window-state.json');
  const state = await loadWindowState(
    stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow(BrowserWindow, {
    preloadPath,
    startUrl: devUrl ?? APP_START_URL,
    state,
    startHidden: lifecycle.launchedHidden(app, process.argv),
    devTools,
  });
  lifecycle.hideOnClose(mainWindow, quit);
  trackWindowState(mainWindow, stateFile);

  lifecycle.catchUpOnResume(powerMonitor, () => scheduler.resume());
  app.on('activate', focusWindow); // macOS dock icon
  app.on('window-all-closed', () => undefined); // the tray keeps the app (and reminders) alive
  app.on('before-quit', () => {
    scheduler.stop();
    lockSignals.stop();
  });
}

function createScheduler(
  userData: string,
  openTask: (taskId: string | null) => void,
): ReminderScheduler {
  const iconPath = join(assetsDir, 'tray@2x.png');
  const notifier =
    chooseNotifierKind(process.platform, Notification.isSupported()) === 'electron'
      ? createElectronNotifier(Notification, iconPath)
      : createNodeNotifierAdapter(nodeNotifier, { appName: '续保助手', iconPath });
  return createReminderScheduler({
    scheduleJob: (date, callback) => scheduleJob(date, callback),
    notifier,
    notified: createNotifiedStore(userData),
    planStore: createPlanStore(userData),
    onOpen: openTask,
  });
}

function trayImage() {
  // macOS wants a monochrome "template" image that it tints for light and dark menu bars.
  const name = process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png';
  const image = nativeImage.createFromPath(join(assetsDir, name));
  if (process.platform === 'darwin') image.setTemplateImage(true);
  return image;
}
