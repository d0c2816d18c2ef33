// A day at the renewal desk, in real Chromium on the web build: import an insurer's list,
// see today's calls, log outcomes with the keyboard only, read the filled script, then import
// next year's list and see the cases renewed.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  OFFSETS,
  countOf,
  importList,
  openToday,
  signIn,
  focusTodayList,
  writeTwoYears,
} from './desk-helpers';

test('import, today calls, keyboard outcomes, filled script, next year renews', async ({
  page,
}) => {
  const { policies, first, second } = writeTwoYears();

  // A new desk: nothing to call yet.
  await page.goto('/#/today');
  await signIn(page);
  // The plan's first run starts after sign-in (it waits for the first screen): up to 30 s here.
  await expect(page.getByTestId('today-empty')).toContainText('今天没有要打的电话', {
    timeout: 30_000,
  });

  await importList(page, first);
  await openToday(page);
  const rows = page.getByTestId('today-row');
  await expect(rows.first()).toBeVisible({ timeout: 20_000 });
  const start = await countOf(page);
  expect(start).toBeGreaterThanOrEqual(OFFSETS.length);
  // The menu shows the same due count as the tray.
  await expect(page.getByTestId('due-badge')).toContainText(String(start));
  // Most urgent first: the car ending tomorrow carries the urgent tier.
  await expect(rows.first().getByTestId('tier-tag')).toHaveText(/紧急|核实/);

  // The filled script for the selected task: the customer's plate and surname, nothing missing.
  const panel = page.getByTestId('task-panel');
  const name = ((await panel.getByTestId('panel-name').textContent()) ?? '').trim();
  const plate = ((await panel.getByTestId('panel-plate').textContent()) ?? '').trim();
  expect(policies.some((p) => p.insured === name && p.plate === plate)).toBe(true);
  const script = panel.getByTestId('script-text');
  await expect(script).toContainText(plate);
  await expect(script).toContainText(name.slice(0, 1));
  await expect(script).not.toContainText('undefined');
  // The e-mail greets the customer by full name; copy is offered for texts.
  await panel.getByTestId('channel-picker').getByText('邮件').click();
  await expect(script).toContainText(`尊敬的${name}`);
  await expect(panel.getByTestId('copy-text')).toBeVisible();
  await panel.getByTestId('channel-picker').getByText('电话').click();

  // Enter opens the full script; Esc closes it. Keyboard only from here on.
  await focusTodayList(page);
  await page.keyboard.press('Enter');
  const full = page.getByTestId('script-full');
  await expect(full).toBeVisible();
  await expect(full).toContainText(plate);
  await expect(full).not.toContainText('undefined');
  await expect(full).not.toContainText('null');
  await page.keyboard.press('Escape');
  await expect(full).toBeHidden();

  if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, 'today.png') });
  // 1 = no answer: the task moves to the next working day and leaves today's list.
  await page.keyboard.press('1');
  await expect.poll(() => countOf(page)).toBe(start - 1);

  // J moves down, K back up; the selection follows.
  const selected = page.locator('[data-testid="today-row"][aria-selected="true"]');
  const firstId = await selected.getAttribute('data-task-id');
  await page.keyboard.press('j');
  await expect(selected).not.toHaveAttribute('data-task-id', firstId ?? '');
  await page.keyboard.press('k');
  await expect(selected).toHaveAttribute('data-task-id', firstId ?? '');

  // 4 = quoted: type the amount, Enter.
  await page.keyboard.press('4');
  await expect(page.getByTestId('quoted-amount')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3600');
  await page.keyboard.press('Enter');
  await expect.poll(() => countOf(page)).toBe(start - 2);

  // 3 = call back at the suggested time (the chosen preset has the focus): Enter accepts it.
  await page.keyboard.press('3');
  await expect(page.getByTestId('callback-presets').locator('input:checked')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => countOf(page)).toBeLessThanOrEqual(start - 2);
  await expect(page.getByTestId('outcome-dialog')).toBeHidden();

  // 5 = renewed with the prefilled insurer and premium.
  const renewedPlate = ((await panel.getByTestId('panel-plate').textContent()) ?? '').trim();
  await page.keyboard.press('5');
  await expect(page.getByTestId('renewed-insurer')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('outcome-dialog')).toBeHidden();
  await expect(rows.filter({ hasText: renewedPlate })).toHaveCount(0);

  // The task list shows the outcomes recorded.
  await page.locator('li[role="menuitem"][data-menu-id$="-tasks"]').click();
  await expect(page.getByTestId('tasks-page')).toBeVisible();
  await expect(page.getByTestId('task-row').first()).toBeVisible();

  // Next year's list renews every car: nothing left to call, cases closed as renewed.
  await importList(page, second);
  await openToday(page);
  await expect(page.getByTestId('today-empty')).toBeVisible({ timeout: 20_000 });
  if (process.env.SHOTS)
    await page.screenshot({ path: join(process.env.SHOTS, 'today-empty.png') });
  await page.locator('li[role="menuitem"][data-menu-id$="-tasks"]').click();
  await page.getByTestId('filter-status').click();
  await page.getByTitle('全部状态').click();
  await expect(page.getByTestId('case-state').filter({ hasText: '已续保' }).first()).toBeVisible();
  await expect(page.getByTestId('case-state').filter({ hasText: '跟进中' })).toHaveCount(0);
  if (process.env.SHOTS) {
    await page.screenshot({ path: join(process.env.SHOTS, 'tasks.png') });
    await page.goto('/#/scripts');
    await signIn(page);
    await page.getByTestId('template-d7-sms').click();
    await page.getByTestId('preview-client').click();
    await page.keyboard.press('Enter');
    await page.screenshot({ path: join(process.env.SHOTS, 'scripts.png') });
  }
});
