// Regenerates the README screenshots from the web build with the sample agency loaded:
//   npm run build:web && npx tsx scripts/screenshots.ts
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';

const PORT = 4199;
// The sample agency's owner; only for these pictures, on a throwaway browser profile.
const OWNER_PASSWORD = 'Xuebao-Sample-2026!';
// Vite itself, not through npx: killing npx would leave the preview server running.
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start on ${url}`);
}

try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({
    viewport: { width: 1360, height: 820 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await page.goto(`http://127.0.0.1:${PORT}/#/clients`);
  // A fresh profile starts at owner setup (the real Argon2id cost: a few seconds).
  await page.getByTestId('setup-name').fill('陈店长');
  await page.getByTestId('setup-password').fill(OWNER_PASSWORD);
  await page.getByTestId('setup-confirm').fill(OWNER_PASSWORD);
  await page.getByTestId('setup-submit').click();
  // The recovery sheet, shown once (issue 11): kept, then on.
  await page.getByTestId('recovery-saved').click({ timeout: 60_000 });
  await page.getByTestId('recovery-continue').click();
  await page.getByTestId('signed-in-as').waitFor({ timeout: 60_000 });
  await page.getByTestId('load-sample').click();
  await page.getByTestId('client-row').first().waitFor();
  // Hide toasts so they do not cover the drawer title in the pictures.
  await page.addStyleTag({ content: '.ant-message { display: none !important; }' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshots/clients-list.png' });
  await page.getByTestId('client-row').nth(2).click();
  await page.getByTestId('vehicle-card').first().waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'docs/screenshots/client-detail.png' });
  await page.keyboard.press('Escape');
  // Through the menu: a reload would sign out (the session lives in the window).
  await page.locator('li[role="menuitem"][data-menu-id$="-today"]').click();
  await page.getByTestId('today-row').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshots/today.png' });
  await page.locator('li[role="menuitem"][data-menu-id$="-dashboard"]').click();
  await page.getByTestId('months-chart').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'docs/screenshots/dashboard.png' });
  // Further down the same page: the risk list and staff performance (worker-read cards).
  await page.getByTestId('staff-performance-row').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('risk-list').scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshots/dashboard-people.png' });
  await browser.close();
  console.log('screenshots written to docs/screenshots/');
} finally {
  server.kill();
}
