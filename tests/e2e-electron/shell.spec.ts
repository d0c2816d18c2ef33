import { expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { launchApp, launchSecondInstance, newUserDataDir } from './launch';

let app: ElectronApplication;
let page: Page;
let userDataDir: string;

test.beforeEach(async () => {
  userDataDir = newUserDataDir();
  app = await launchApp(userDataDir);
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app.close();
});

test('loads the app from app://, never file://', async () => {
  expect(page.url()).toMatch(/^app:\/\/renderer\//);
});

test('the window has every security option', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    // Electron's own (untyped) accessor for the preferences the page was created with.
    const p = (
      contents as unknown as { getLastWebPreferences(): Record<string, unknown> }
    ).getLastWebPreferences();
    return {
      contextIsolation: p.contextIsolation,
      sandbox: p.sandbox,
      nodeIntegration: p.nodeIntegration,
      webSecurity: p.webSecurity,
      webviewTag: p.webviewTag,
    };
  });
  expect(prefs).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
  });
  // The page sees window.api and nothing of Node or Electron.
  const globals = await page.evaluate(() => ({
    api: Object.keys((window as unknown as { api: object }).api).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(globals).toEqual({
    api: [
      'appInfo',
      'getStartAtLogin',
      'onOpenTask',
      'openExternal',
      'saveFile',
      'setStartAtLogin',
      'syncReminderPlan',
    ],
    require: 'undefined',
    process: 'undefined',
  });
  const info = await page.evaluate(() =>
    (window as unknown as { api: { appInfo(): Promise<{ host: string }> } }).api.appInfo(),
  );
  expect(info.host).toBe('electron');
});

test('every response carries the strict CSP, and eval is blocked', async () => {
  const csp = await app.evaluate(async ({ net }) => {
    const response = await net.fetch('app://renderer/index.html');
    return response.headers.get('content-security-policy');
  });
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const evalResult = await page.evaluate(() => {
    try {
      return String(new Function('return 1 + 1')());
    } catch {
      return 'blocked';
    }
  });
  expect(evalResult).toBe('blocked');
});

test('navigation away and window.open are denied', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(1000);
  expect(page.url()).toMatch(/^app:\/\/renderer\//);
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('only one instance: a second launch exits and brings the first window back', async () => {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide());
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()))
    .toBe(false);
  expect(await launchSecondInstance(userDataDir)).toBe(0);
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()))
    .toBe(true);
});

test('closing the window hides it to the tray; the app keeps running', async () => {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
    .toBe(1);
  expect(
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()),
  ).toBe(false);
});
