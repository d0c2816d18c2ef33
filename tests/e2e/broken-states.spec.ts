// The two states users hit before they were fixed: undoing next year's list left the cars
// renewed (no calls) and the "import finished" panel on screen; a current staff member who was
// deleted (with the sample data) left Today empty behind a raw id.
import { expect, test } from '@playwright/test';
import { countOf, importList, openToday, signIn, undoBatch, writeTwoYears } from './desk-helpers';

test('undoing next year’s list brings the calls back and clears its result', async ({ page }) => {
  const files = writeTwoYears(11);
  await importList(page, files.first);
  await openToday(page);
  await expect(page.getByTestId('today-row').first()).toBeVisible({ timeout: 20_000 });
  const due = await countOf(page);
  expect(due).toBeGreaterThan(0);

  await importList(page, files.second);
  await openToday(page);
  await expect(page.getByTestId('today-empty')).toBeVisible({ timeout: 20_000 });

  await page.locator('li[role="menuitem"][data-menu-id$="-import"]').click();
  await expect(page.getByTestId('result-title')).toBeVisible();
  await expect(await undoBatch(page, '人保续保清单-次年.xlsx')).toContainText('已撤销');
  await expect(page.getByTestId('result-title')).toBeHidden();

  await openToday(page);
  await expect(page.getByTestId('today-row').first()).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => countOf(page), { timeout: 20_000 }).toBe(due);
});

test('a deleted current staff member: Today shows everyone and says why', async ({ page }) => {
  const files = writeTwoYears(11);
  await page.goto('/#/clients');
  await signIn(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('sample-banner')).toBeVisible();

  // This computer's staff member: someone from the sample agency.
  await page.goto('/#/settings');
  await signIn(page);
  await page.getByTestId('current-staff-select').click();
  await page.locator('.ant-select-dropdown .ant-select-item-option').first().click();
  await expect(page.getByTestId('stale-me')).toHaveCount(0);

  await page.goto('/#/clients');
  await signIn(page);
  await page.getByTestId('remove-sample').click();
  await page
    .locator('.ant-popover')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByTestId('sample-banner')).toBeHidden();

  await importList(page, files.first);
  await openToday(page);
  await expect(page.getByTestId('stale-current-staff')).toBeVisible();
  await expect(page.getByTestId('today-row').first()).toBeVisible({ timeout: 20_000 });
  expect(await countOf(page)).toBeGreaterThan(0);
  await expect(page.getByTestId('today-staff')).toContainText('全部人员');

  await page.getByTestId('stale-current-staff').getByRole('button').click();
  await expect(page.getByTestId('stale-me')).toBeVisible();
});
