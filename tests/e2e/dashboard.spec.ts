// The owner's dashboard as an owner uses it, in real Chromium on the web build: after an import
// and a renewal logged on Today, 业绩 shows the month's figures; a person's row opens the
// policies behind their rate, which export to Excel; Esc comes back to the figures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { listWorkbook } from '../fixtures/generate-lists';
import { chinaToday, importList, signIn, thisYearList, focusTodayList } from './desk-helpers';

const expect = baseExpect.configure({ timeout: 30_000 });
const number = async (text: Promise<string | null>) =>
  Number(((await text) ?? '').replace(/[^\d.]/g, ''));

test('an owner reads the figures, drills down from a person to the list and exports it', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
  const file = join(dir, '人保续保清单.xlsx');
  const list = thisYearList(chinaToday(), 31);
  writeFileSync(file, listWorkbook(list));

  page.on('pageerror', (e) => console.log('page error:', e.message));
  // Empty first: the page says what to do.
  await page.goto('/#/dashboard');
  await signIn(page);
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();

  await importList(page, file);
  // One renewal logged on Today (5 = renewed, prefilled insurer and premium, Enter).
  await page.goto('/');
  // A full load forgets who was signed in.
  await signIn(page);
  await expect(page.getByTestId('today-row').first()).toBeVisible();
  await focusTodayList(page);
  await page.keyboard.press('5');
  await expect(page.getByTestId('renewed-insurer')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('outcome-dialog')).toBeHidden();

  await page.locator('li[role="menuitem"][data-menu-id$="-dashboard"]').click();
  await page.getByTestId('period').getByText('本月').click();
  // Every policy of the list ends within four weeks; the ones ending this month are due now.
  const thisMonth = chinaToday().slice(0, 7);
  const dueThisMonth = list.filter((p) => p.endDate.startsWith(thisMonth)).length;
  await expect(page.getByTestId('tile-due')).toContainText(String(dueThisMonth));
  expect(
    await number(page.getByTestId('tile-rate').locator('.ant-statistic-content').textContent()),
  ).toBeGreaterThan(0);
  await expect(page.getByTestId('months-chart')).toBeVisible();
  await expect(page.getByTestId('load-chart')).toBeVisible();

  // The rate by the tier at first contact: the renewal logged on Today was a first contact.
  await expect(page.getByTestId('rate-by-tier-row').first()).toBeVisible();

  // The risk list says how many renewals need attention and why.
  await expect(page.getByTestId('risk-summary')).toBeVisible();

  // Staff performance: a row per person, volume next to quality.
  await expect(page.getByTestId('staff-performance-row').first()).toBeVisible();

  // A person's row opens the policies behind their figures.
  const staffRow = page.getByTestId('rate-by-staff-row').first();
  const name = ((await staffRow.locator('td').first().textContent()) ?? '').trim();
  const due = Number(((await staffRow.locator('td').nth(1).textContent()) ?? '').trim());
  expect(due).toBeGreaterThan(0);
  await staffRow.click();
  await expect(page.getByTestId('drill-title')).toContainText(name);
  await expect(page.getByTestId('drill-total')).toHaveText(`共 ${due} 条`);
  await expect(page.getByTestId('drill-table').locator('.ant-table-row')).toHaveCount(due);

  // Export the list as Excel.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('drill-export').click();
  await page.getByTestId('drill-export-xlsx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^续保业绩-.+\.xlsx$/);

  // Esc returns to the figures.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rate-by-staff')).toBeVisible();

  // Where the renewal went: logged with the prefilled insurer, the case's policies (both kinds
  // of the car) stayed (the diagonal), none moved, and the count opens those policies.
  await page.getByTestId('period').getByText('全部').click();
  await expect(page.getByTestId('switches-summary')).toContainText('件中，0 件换了保险公司');
  await expect(page.getByTestId('switch-moved')).toHaveCount(0);
  const stayed = page.getByTestId('switch-stayed').first();
  const renewed = Number(((await stayed.textContent()) ?? '').trim());
  expect(renewed).toBeGreaterThan(0);
  await stayed.click();
  await expect(page.getByTestId('drill-total')).toHaveText(`共 ${renewed} 条`);
  await page.keyboard.press('Escape');

  // The monthly review of this month (the renewal was logged in it) prints and exports.
  await page.getByTestId('open-review').click();
  await page.getByTestId('review-month').click();
  await page.getByTitle(thisMonth, { exact: true }).click();
  await expect(page.getByTestId('review-title')).toContainText(thisMonth);
  await expect(page.getByTestId('review-totals')).toContainText(String(dueThisMonth));
  await expect(page.getByTestId('review-complaints-summary')).toContainText('收到 0 件');
  const reviewing = page.waitForEvent('download');
  await page.getByTestId('review-export').click();
  const review = await reviewing;
  expect(review.suggestedFilename()).toMatch(new RegExp(`^${thisMonth} 月度回顾-.+\\.xlsx$`));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rate-by-staff')).toBeVisible();
});
