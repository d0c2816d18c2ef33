// What several end-to-end flows do the same way: the China date the web build treats as today,
// a list of cars ending in the coming days, importing a file through the screen, opening Today.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { listWorkbook } from '../fixtures/generate-lists';
import { makePolicies, nextYear, type FixturePolicy } from '../fixtures/generate-policy-data';

/** Today's China calendar date: the web build's "today" is the real date. */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Eight cars ending 1 to 28 days from today: urgent, 7-, 15- and 30-day tiers all due.
export const OFFSETS = [1, 2, 4, 6, 9, 13, 20, 27];

export function thisYearList(today: string, seed = 5): FixturePolicy[] {
  return makePolicies(OFFSETS.length, { seed }).map((p, i) => {
    const endDate = addDays(today, OFFSETS[Math.floor(i / 2)] ?? 1);
    return { ...p, endDate, startDate: addDays(endDate, -364) };
  });
}

/**
 * This year's list (thisYearList) and next year's, which renews every car of it, written to a
 * fresh folder as 人保续保清单.xlsx (`first`) and 人保续保清单-次年.xlsx (`second`).
 */
export function writeTwoYears(seed?: number): {
  policies: FixturePolicy[];
  first: string;
  second: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'two-years-e2e-'));
  const policies = thisYearList(chinaToday(), seed);
  const first = join(dir, '人保续保清单.xlsx');
  writeFileSync(first, listWorkbook(policies));
  const second = join(dir, '人保续保清单-次年.xlsx');
  writeFileSync(second, listWorkbook(nextYear(policies)));
  return { policies, first, second };
}

export const OWNER = { name: '王店主', password: 'Renewal-Desk-2026!' };

/**
 * Gets past the first screen: on a fresh database it sets up the owner, on a database with
 * staff it signs in (as the owner unless told otherwise), and when someone is already signed
 * in it does nothing. Every spec calls it after loading the page (sign-in came with issue 10).
 */
export async function signIn(
  page: Page,
  who: { name: string; password: string } = OWNER,
): Promise<RecoverySheetTexts | null> {
  let sheet: RecoverySheetTexts | null = null;
  const setup = page.getByTestId('owner-setup');
  const signInScreen = page.getByTestId('sign-in');
  const signedIn = page.getByTestId('signed-in-as');
  await expect(setup.or(signInScreen).or(signedIn).first()).toBeVisible({ timeout: 30_000 });
  if (await setup.isVisible()) {
    await page.getByTestId('setup-name').fill(who.name);
    await page.getByTestId('setup-password').fill(who.password);
    await page.getByTestId('setup-confirm').fill(who.password);
    await page.getByTestId('setup-submit').click();
    sheet = await keepRecoveryKey(page);
  } else if (await signInScreen.isVisible()) {
    await page.getByTestId('staff-tile').filter({ hasText: who.name }).click();
    await page.getByTestId('password-input').fill(who.password);
    await page.getByTestId('sign-in-submit').click();
  }
  // Argon2id in the auth worker, at the E2E build's cheap cost (services/auth/kdf-cost.ts).
  await expect(signedIn).toContainText(who.name, { timeout: 30_000 });
  return sheet;
}

export interface RecoverySheetTexts {
  recoveryKey: string;
  /** The age identity printed with it (`AGE-SECRET-KEY-1…`). */
  backupIdentity: string;
}

/**
 * Owner setup makes the agency's data keys and backup key and shows the recovery sheet once
 * (issue 11): tick "saved" and continue. Returns what the sheet showed.
 */
export async function keepRecoveryKey(page: Page): Promise<RecoverySheetTexts> {
  const sheet = page.getByTestId('recovery-sheet');
  await expect(sheet).toBeVisible({ timeout: 30_000 });
  const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  const backupIdentity = (await page.getByTestId('recovery-backup-identity').textContent()) ?? '';
  await page.getByTestId('recovery-saved').click();
  await page.getByTestId('recovery-continue').click();
  await expect(sheet).toHaveCount(0);
  return { recoveryKey, backupIdentity };
}

export async function importList(page: Page, file: string): Promise<void> {
  await page.goto('/#/import');
  await signIn(page);
  // The screen keeps the last result until "import another" is clicked.
  const again = page.getByTestId('import-again');
  if (await again.isVisible()) await again.click();
  await page.locator('[data-testid="import-drop"] input[type="file"]').setInputFiles(file);
  await expect(page.getByTestId('import-review')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('commit-import').click();
  await page.getByTestId('confirm-commit').click();
  await expect(page.getByTestId('result-title')).toBeVisible({ timeout: 30_000 });
}

/**
 * Undoes the batch of `file` from the import history (under the import screen's result) and
 * confirms in the dialog. Returns the history row, whose state the caller checks.
 */
export async function undoBatch(page: Page, file: string): Promise<Locator> {
  const row = page.locator(`[data-testid=history-row][data-file="${file}"]`);
  await row.getByTestId('undo-batch').click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /撤\s*销/ })
    .click();
  return row;
}

export async function openToday(page: Page): Promise<void> {
  await page.locator('li[role="menuitem"][data-menu-id$="-today"]').click();
  await expect(page.getByTestId('today-page')).toBeVisible();
}

/**
 * Hands the keys to Today's list: a click on the page's own padding (not the sidebar, whose menu
 * and user buttons grew down to where a fixed spot of the window used to be empty).
 */
export async function focusTodayList(page: Page): Promise<void> {
  // The list first, with its selected row: a key pressed while it still renders (after a back
  // navigation, on a loaded machine) reached nothing (call-loop.spec, once, under load 15).
  await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toBeVisible();
  await page.getByTestId('today-page').click({ position: { x: 4, y: 4 } });
  // The keys go to the list only when no field holds the focus.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement;
        return !!el && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
      }),
    )
    .toBe(true);
}

export const countOf = async (page: Page): Promise<number> =>
  Number(((await page.getByTestId('today-count').textContent()) ?? '').replace(/\D/g, ''));

/** Today's eight outcome buttons sit on one row (they wrapped to two at 1280 px, issue 14). */
export async function expectOutcomesOnOneRow(page: Page): Promise<void> {
  await expect(page.getByTestId('outcome-bar')).toBeVisible();
  const tops = await page
    .getByTestId('outcome-bar')
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(tops).toHaveLength(8);
  expect(new Set(tops).size).toBe(1);
}

/**
 * Opens an antd Select and returns ITS dropdown, found through the combobox's aria-controls.
 * A dropdown another select just closed stays in the page and counts as visible while it fades
 * out: a page-wide `.ant-select-dropdown:visible` locator can resolve to it, then wait for ever
 * on its hidden option (seen in complaints.spec under load).
 */
export async function openSelect(combobox: Locator): Promise<Locator> {
  await combobox.click();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const listId = await combobox.getAttribute('aria-controls');
  if (!listId) throw new Error('the select opened without aria-controls: no dropdown to scope to');
  const page = combobox.page();
  const dropdown = page
    .locator('.ant-select-dropdown')
    .filter({ has: page.locator(`[id="${listId}"]`) });
  await expect(dropdown).toBeVisible();
  return dropdown;
}
