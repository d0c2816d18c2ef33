// The call loop as a caller works it, keyboard first, in real Chromium on the web build: Today
// opens first with its progress, a note saved with an outcome, the 已记录 toast's undo, a quote
// that schedules its own follow-up (shown on the customer's screen with the note), a call-back
// from a preset, and an impossible typed time refused with a message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { followUpDateAfterQuote } from '../../shared/domain/reminders/follow-up';
import { listWorkbook } from '../fixtures/generate-lists';
import {
  addDays,
  chinaToday,
  countOf,
  expectOutcomesOnOneRow,
  importList,
  signIn,
  thisYearList,
  focusTodayList,
} from './desk-helpers';

// Screens load on first use and the suite shares a busy machine: waits up to 30 s, not 10.
const expect = baseExpect.configure({ timeout: 30_000 });

const selected = (page: Page) => page.locator('[data-testid="today-row"][aria-selected="true"]');

async function openFirstScreen(page: Page) {
  await page.goto('/');
  // A full load forgets who was signed in.
  await signIn(page);
  await expect(page.getByTestId('today-page')).toBeVisible();
  await expect(page.getByTestId('today-row').first()).toBeVisible({ timeout: 20_000 });
  // Keys go to the list, not to a field.
  await focusTodayList(page);
}

/** Opens the selected customer from the panel and returns the address of their screen. */
async function customerAddress(page: Page): Promise<string> {
  const name = ((await page.getByTestId('panel-name').textContent()) ?? '').trim();
  await page.getByTestId('open-customer').click();
  await expect(page.getByTestId('detail-name')).toHaveText(name);
  const url = page.url();
  await page.goBack();
  await expect(page.getByTestId('today-page')).toBeVisible();
  await focusTodayList(page);
  return url;
}

test('note, undo, quote with follow-up, preset call-back, impossible time', async ({ page }) => {
  // A long walk through the loop (an import and four screens): more than the default minute,
  // several on a loaded machine.
  test.setTimeout(420_000);
  const today = chinaToday();
  const dir = mkdtempSync(join(tmpdir(), 'call-loop-'));
  const file = join(dir, '人保续保清单.xlsx');
  writeFileSync(file, listWorkbook(thisYearList(today, 23)));
  await importList(page, file);

  // Today is the first screen, with the day's progress.
  await openFirstScreen(page);
  const start = await countOf(page);
  expect(start).toBeGreaterThan(2);
  await expect(page.getByTestId('today-progress')).toHaveText(`已完成 0/${start}`);
  // At the default 1280×720 the outcome buttons keep one row beside the list.
  expect(page.viewportSize()?.width).toBe(1280);
  await expectOutcomesOnOneRow(page);

  // The full-screen script names the customer and the number to dial.
  const panel = page.getByTestId('task-panel');
  const name = ((await panel.getByTestId('panel-name').textContent()) ?? '').trim();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('script-full-title')).toContainText(name);
  await expect(page.getByTestId('script-full-title')).toContainText(/\d{7,}/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('script-full')).toBeHidden();

  // N writes a note, Ctrl+Enter hands the keys back, 1 logs "no answer" with it.
  const firstId = await selected(page).getAttribute('data-task-id');
  await page.keyboard.press('n');
  await expect(panel.getByTestId('panel-note')).toBeFocused();
  await page.keyboard.type('在开会，下午再打');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(panel.getByTestId('panel-note')).not.toBeFocused();
  await page.keyboard.press('1');
  await expect.poll(() => countOf(page)).toBe(start - 1);
  await expect(page.getByTestId('today-progress')).toHaveText(`已完成 1/${start}`);
  await expect(page.getByTestId('outcome-toast')).toContainText('已记录：未接通');

  // Undo on the toast: the call is back where it was, the progress too.
  await page.getByTestId('undo-outcome').click();
  await expect.poll(() => countOf(page)).toBe(start);
  await expect(page.getByTestId('today-progress')).toHaveText(`已完成 0/${start}`);
  await expect(selected(page)).toHaveAttribute('data-task-id', firstId ?? '');

  // The customer's screen: nothing recorded for the undone call.
  const quotedCustomer = await customerAddress(page);

  // 4 = quoted, with a note written in the dialog; Ctrl+Enter from the note saves.
  await page.keyboard.press('4');
  await expect(page.getByTestId('quoted-amount')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3600');
  await page.getByTestId('dialog-note').click();
  await page.keyboard.type('想和去年的价格比一比');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('outcome-dialog')).toBeHidden();
  const followUp = followUpDateAfterQuote(today, { extraHolidays: [], extraWorkdays: [] });
  await expect(page.getByTestId('outcome-toast')).toContainText(`${followUp} 自动跟进`);
  await expect.poll(() => countOf(page)).toBe(start - 1);

  // The customer's screen shows the call with its note and the follow-up as an open task.
  await page.goto(quotedCustomer);
  const contacts = page.locator('[data-testid="timeline-entry"][data-kind="contact"]');
  await expect(contacts).toHaveCount(1);
  await expect(contacts.first()).toContainText('已报价');
  await expect(contacts.first()).toContainText('报价 3600 元');
  await expect(contacts.first()).toContainText('备注：想和去年的价格比一比');
  await expect(
    page.getByTestId('open-task').filter({ hasText: '跟进' }).filter({ hasText: followUp }),
  ).toHaveCount(1);

  // 3 = call back, "tomorrow 09:00" picked by its number key.
  await openFirstScreen(page);
  const callbackCustomer = await customerAddress(page);
  await page.keyboard.press('3');
  const presets = page.getByTestId('callback-presets');
  await expect(presets.locator('input:checked')).toBeFocused();
  const tomorrowLabel = (await presets.getByText(/明天/).textContent()) ?? '';
  const digit = /^(\d)/.exec(tomorrowLabel.trim())?.[1] ?? '';
  expect(digit).toMatch(/^\d$/);
  await page.keyboard.press(digit);
  await expect(presets.locator('input:checked')).toHaveValue('tomorrow9');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('outcome-dialog')).toBeHidden();
  await expect.poll(() => countOf(page)).toBe(start - 2);
  await page.goto(callbackCustomer);
  await expect(
    page.getByTestId('open-task').filter({ hasText: `${addDays(today, 1)} 09:00` }),
  ).toHaveCount(1);

  // A six-digit year is refused with a message; the dialog stays open.
  await openFirstScreen(page);
  await page.keyboard.press('3');
  const at = page
    .locator(
      '[data-testid="outcome-dialog"] input[data-testid="callback-at"], [data-testid="outcome-dialog"] [data-testid="callback-at"] input',
    )
    .first();
  await at.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('202606-06-05 10:00');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('outcome-dialog')).toContainText('这不是一个有效的时间');
  await expect(page.getByTestId('outcome-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect.poll(() => countOf(page)).toBe(start - 2);
});
