// The main screens, reached the way a person reaches them, for the checks that walk every screen
// (accessibility, English text). Each opener waits until the screen shows its content.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { listGbkCsv } from '../fixtures/generate-lists';
import { makePolicies, type FixturePolicy } from '../fixtures/generate-policy-data';
import { signIn } from './desk-helpers';

export type Lang = 'zh-CN' | 'en';

/** A list with no insurer named anywhere, so the preview asks for one (the richest state). */
export function writeCsvWithoutInsurer(): { file: string; policies: FixturePolicy[] } {
  const dir = mkdtempSync(join(tmpdir(), 'screens-e2e-'));
  const file = join(dir, 'list.csv');
  const policies = makePolicies(4, { seed: 41, year: 2026 });
  writeFileSync(file, listGbkCsv(policies));
  return { file, policies };
}

/** The sample agency, loaded once on an empty desk. */
export async function loadSample(page: Page): Promise<void> {
  await page.goto('/#/clients');
  await signIn(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('sample-banner')).toBeVisible({ timeout: 60_000 });
  // The plan (Today's and the task list's rows) is computed after the first screen painted.
  await menu(page, 'today');
  await expect(page.getByTestId('today-row').first()).toBeVisible({ timeout: 60_000 });
}

export async function setLanguage(page: Page, lang: Lang): Promise<void> {
  await page.evaluate((l) => window.localStorage.setItem('renewal-desk:locale', l), lang);
  await page.reload();
  // A reload forgets who was signed in (the session lives in the window only).
  await signIn(page);
}

/** Through the menu, as a person does (a hash-only goto can leave the old screen up). */
async function menu(page: Page, route: string): Promise<void> {
  // The customer detail is a drawer over the menu: close it first, as a person would (Esc).
  const drawer = page.locator('.ant-drawer-mask');
  if (await drawer.isVisible()) {
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  }
  await page.locator(`li[role="menuitem"][data-menu-id$="-${route}"]`).click();
}

export interface Screen {
  name: string;
  open(page: Page): Promise<void>;
}

/** A screen reached from the menu, ready once the first `ready` element shows. */
function menuScreen(name: string, route: string, ready: string, timeout?: number): Screen {
  return {
    name,
    async open(page) {
      await menu(page, route);
      await expect(page.getByTestId(ready).first()).toBeVisible({ timeout });
    },
  };
}

export function mainScreens(csvFile: string): Screen[] {
  return [
    menuScreen('today', 'today', 'today-row', 20_000),
    // The first visit after a reload reads the customer summaries; on a loaded machine that
    // took 21 s (the default 10 s failed twice).
    menuScreen('customer list', 'clients', 'client-row', 30_000),
    {
      name: 'customer detail',
      async open(page) {
        await menu(page, 'clients');
        await page.getByTestId('client-row').first().click();
        await expect(page.getByTestId('detail-phones')).toBeVisible();
      },
    },
    {
      name: 'import preview',
      async open(page) {
        await menu(page, 'import');
        const again = page.getByTestId('import-again');
        if (await again.isVisible()) await again.click();
        await page.getByTestId('import-drop').locator('input[type=file]').setInputFiles(csvFile);
        await expect(page.getByTestId('import-review')).toBeVisible({ timeout: 30_000 });
        await expect(page.getByTestId('preview-row').first()).toBeVisible();
      },
    },
    menuScreen('tasks', 'tasks', 'task-row', 30_000),
    menuScreen('scripts', 'scripts', 'scripts-page'),
    menuScreen('settings', 'settings', 'current-staff-select', 30_000),
    // The figures are computed in a worker after the screen opens: ready once a person's row
    // of the performance table shows (the last card to fill).
    menuScreen('dashboard', 'dashboard', 'staff-performance-row', 30_000),
    {
      name: 'monthly review',
      async open(page) {
        await menu(page, 'dashboard');
        await page.getByTestId('open-review').click();
        await expect(page.getByTestId('review-totals')).toBeVisible({ timeout: 30_000 });
      },
    },
    menuScreen('complaints', 'complaints', 'complaints-page'),
    {
      // A complaint's detail with its steps and escalation: recorded on the first visit
      // (anonymous, severe: it escalates at once), opened from the list after that.
      name: 'complaint detail',
      async open(page) {
        await menu(page, 'complaints');
        await expect(page.getByTestId('complaints-page')).toBeVisible();
        const row = page.getByTestId('feedback-open').first();
        if (await row.isVisible()) {
          await row.click();
        } else {
          await page.getByTestId('feedback-new').click();
          await page
            .getByTestId('feedback-form')
            .getByText(/^(严重|Severe)$/)
            .click();
          await page.getByTestId('feedback-text').fill('The quote was higher than on the phone');
          await page.getByTestId('feedback-save').click();
        }
        await expect(page.getByTestId('complaint-detail')).toBeVisible();
        await expect(page.getByTestId('complaint-actions')).toBeVisible();
      },
    },
  ];
}
