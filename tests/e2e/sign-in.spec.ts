// Who is working (issue 10), in Chromium on the web build: owner setup, a staff member added
// and given cases, their view (own tasks, masked numbers, no export), the idle lock and unlock,
// and the owner verifying the audit chain that recorded it all.
import { expect, test } from '@playwright/test';
import { OWNER, signIn } from './desk-helpers';

const CLERK = { name: '小李', password: 'Blue-Harbour-Lantern-42' };

test('owner setup, staff sign-in with own tasks and masked numbers, idle lock, audit verified', async ({
  page,
}) => {
  // One idle minute is waited for for real (Playwright's fake clock stalls the database).
  test.setTimeout(600_000);
  await page.goto('/#/clients');

  // First run: a weak password is refused by the strength meter.
  await expect(page.getByTestId('owner-setup')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('setup-name').fill(OWNER.name);
  await page.getByTestId('setup-password').fill('123456');
  // The meter's dictionaries load on first use (not in the first bundle): up to 30 s here.
  await expect(page.getByTestId('strength-meter')).toHaveAttribute('data-score', '0', {
    timeout: 30_000,
  });
  await page.getByTestId('setup-confirm').fill('123456');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('owner-setup')).toBeVisible();
  await expect(page.getByText('密码太弱')).toBeVisible();
  await page.getByTestId('setup-password').fill('');
  await page.getByTestId('setup-confirm').fill('');
  await signIn(page);
  await expect(page.getByTestId('signed-in-as')).toContainText('店主');

  await page.getByTestId('load-sample').click();
  // Generating the sample agency takes a while on a loaded machine (as in screens.ts).
  await expect(page.getByTestId('sample-banner')).toBeVisible({ timeout: 60_000 });

  // Add a staff member and give them a password; lock after one idle minute.
  await page.locator('li[role="menuitem"][data-menu-id$="-settings"]').click();
  await page.getByTestId('idle-lock-minutes').fill('1');
  await page.getByRole('button', { name: '添加员工' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill(CLERK.name);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  const clerkRow = page.getByRole('row').filter({ hasText: CLERK.name });
  await clerkRow.getByTestId('staff-password').click();
  await page.getByTestId('staff-new-password').fill(CLERK.password);
  await page.getByTestId('staff-password-save').click();
  await expect(clerkRow.getByTestId('staff-password')).toHaveText(/重置密码/);

  // Hand them two cases from the task list.
  await page.locator('li[role="menuitem"][data-menu-id$="-tasks"]').click();
  const rows = page.getByTestId('task-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await rows.nth(0).locator('input[type="checkbox"]').check();
  await rows.nth(1).locator('input[type="checkbox"]').check();
  await page.getByTestId('reassign-to').click();
  await page.locator('.ant-select-item-option').filter({ hasText: CLERK.name }).click();
  await page.getByTestId('reassign-go').click();
  await expect(page.getByTestId('reassign-bar')).toHaveCount(0);

  // Switch user: the clerk signs in.
  await page.getByTestId('switch-user').click();
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await signIn(page, CLERK);
  await expect(page.getByTestId('signed-in-as')).toContainText('业务员');

  // Not offered to staff: import, settings, the audit screen.
  for (const hidden of ['import', 'settings', 'audit']) {
    await expect(page.locator(`li[role="menuitem"][data-menu-id$="-${hidden}"]`)).toHaveCount(0);
  }
  // Only their own tasks, and no export.
  await page.locator('li[role="menuitem"][data-menu-id$="-tasks"]').click();
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText(CLERK.name);
  await expect(page.getByTestId('export-tasks')).toHaveCount(0);

  // The dashboard: their own figures only, and it says so.
  await page.locator('li[role="menuitem"][data-menu-id$="-dashboard"]').click();
  // Worked out in the figures worker: allow for a loaded test machine.
  await expect(page.getByTestId('dashboard-title')).toHaveText('我的续保业绩', { timeout: 60_000 });
  await expect(page.getByTestId('dashboard-own')).toBeVisible();

  // Customers: no export, numbers masked; revealing one is a click (audited).
  await page.locator('li[role="menuitem"][data-menu-id$="-clients"]').click();
  await expect(page.getByTestId('client-row').first()).toBeVisible();
  await expect(page.getByTestId('export-clients')).toHaveCount(0);
  await page.getByTestId('client-row').first().click();
  const phones = page.getByTestId('detail-phones');
  await expect(phones).toBeVisible();
  await expect(phones).toContainText('****');
  await page.getByTestId('reveal-number').first().click();
  await expect(phones).toHaveText(/\d{11}/);
  await page.keyboard.press('Escape');

  // Left alone for the owner's idle minute: the desk locks and shows the sign-in screen.
  await expect(page.getByTestId('sign-in')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('已锁定，请重新登录')).toBeVisible();
  await expect(page.getByTestId('client-row')).toHaveCount(0);
  await page.getByTestId('password-input').fill('wrong-password');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toBeVisible();
  await page.getByTestId('password-input').fill(CLERK.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('signed-in-as')).toContainText(CLERK.name);

  // The owner checks the audit: the clerk's reveal and lock are there, the chain verifies.
  await page.getByTestId('switch-user').click();
  await signIn(page, OWNER);
  await page.locator('li[role="menuitem"][data-menu-id$="-audit"]').click();
  await expect(page.getByTestId('audit-page')).toBeVisible();
  await page.getByTestId('audit-filter-action').fill('reveal');
  await expect(page.getByTestId('audit-row').first()).toContainText(CLERK.name);
  await page.getByTestId('audit-filter-action').fill('unlock-failed');
  await expect(page.getByTestId('audit-row')).toHaveCount(1);
  await page.getByTestId('verify-chain').click();
  await expect(page.getByTestId('verify-result')).toContainText('日志链完整');
});
