// Every channel through the one gate, in real Chromium: SMS is refused without consent and
// says so; the consent recorded on the customer (with its evidence) brings the QR code holding
// an sms: link with the filled text and the opt-out sentence; "mark as sent" lands in the
// customer's history; a customer who closed calls but agreed to texts is offered texts only (no
// call button, no dial QR); with texts closed too the plan takes them off Today; the batch
// preview skips a customer on the e-mail do-not-contact list with the reason in words.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { listWorkbook } from '../fixtures/generate-lists';
import { chinaToday, importList, openToday, signIn, thisYearList } from './desk-helpers';

/** Opens the selected customer from Today's panel; returns the address of their screen. */
async function openCustomerFromToday(page: Page): Promise<string> {
  const name = ((await page.getByTestId('panel-name').textContent()) ?? '').trim();
  await page.getByTestId('open-customer').click();
  await expect(page.getByTestId('detail-name')).toHaveText(name);
  return page.url();
}

async function backToToday(page: Page): Promise<void> {
  await page.goBack();
  await expect(page.getByTestId('today-page')).toBeVisible();
}

const channel = (page: Page, name: string) =>
  page.getByTestId('task-panel').getByTestId('channel-picker').getByText(name, { exact: true });

test('consent brings the SMS QR code, mark as sent reaches the history, do-not-contact blocks with the reason', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Mid-morning China time on the real date, so the contact hours allow texts and calls
  // whenever the test runs (the time keeps running from there).
  await page.clock.install({ time: new Date(`${chinaToday()}T10:00:00+08:00`) });
  const dir = mkdtempSync(join(tmpdir(), 'channels-e2e-'));
  const list = join(dir, '人保续保清单.xlsx');
  writeFileSync(list, listWorkbook(thisYearList(chinaToday(), 13)));

  await page.goto('/#/today');
  await signIn(page);
  await importList(page, list);
  await openToday(page);
  await expect(page.getByTestId('today-row').first()).toBeVisible({ timeout: 30_000 });
  const panel = page.getByTestId('task-panel');
  // The renewal's contact record: nothing yet.
  await expect(panel.getByTestId('contact-record')).toContainText('还没有联系记录');

  // SMS without consent: refused with the reason in words, no QR code, nothing to mark.
  await channel(page, '短信').click();
  const blocked = panel.getByTestId('gate-blocked');
  await expect(blocked).toHaveAttribute('data-reasons', 'no_consent');
  await expect(blocked).toContainText('客户没有同意通过这个渠道接收此类消息');
  await expect(blocked).toContainText('需要先修改客户的联系偏好');
  await expect(panel.getByTestId('sms-qr')).toHaveCount(0);
  await expect(panel.getByTestId('mark-sent')).toBeDisabled();
  // The template names the staff member's phone, which nobody entered yet: named, not sent.
  await expect(panel.getByTestId('script-missing')).toContainText('业务员电话');

  // The assignee's phone goes in (Settings → staff), so the text is complete.
  const assignee = ((await panel.getByRole('row', { name: /负责人/ }).textContent()) ?? '')
    .replace(/^负责人\s*:?/, '')
    .trim();
  await page.locator('li[role="menuitem"][data-menu-id$="-settings"]').click();
  await page
    .getByRole('row', { name: new RegExp(assignee) })
    .getByRole('button', { name: /编\s*辑/ })
    .click();
  const staffDialog = page.getByRole('dialog', { name: '编辑员工' });
  await staffDialog.getByLabel('电话').fill('13900001234');
  await staffDialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(staffDialog).toBeHidden();
  await openToday(page);
  // The text is complete now: only the missing consent keeps the QR code away.
  await channel(page, '短信').click();
  await expect(panel.getByTestId('script-missing')).toHaveCount(0);
  await expect(panel.getByTestId('gate-blocked')).toHaveAttribute('data-reasons', 'no_consent');
  await expect(panel.getByTestId('sms-qr')).toHaveCount(0);
  await expect(panel.getByTestId('mark-sent')).toBeDisabled();

  // The consent is recorded on the customer: SMS, renewals and marketing, verbally, by me.
  const customer = await openCustomerFromToday(page);
  await page.getByTestId('edit-contact-prefs').click();
  await page.getByTestId('add-consent').click();
  await expect(page.getByTestId('consent-row')).toContainText('短信 · 续保与营销 · 电话口头同意');
  await page.getByTestId('prefs-save').click();
  await expect(page.getByTestId('contact-prefs').getByTestId('consent-line')).toContainText(
    '记录人 王店主',
  );
  await backToToday(page);

  // Now the QR code holds an sms: link with the filled text and the opt-out sentence.
  await channel(page, '短信').click();
  await expect(panel.getByTestId('gate-blocked')).toHaveCount(0);
  const qr = panel.getByTestId('sms-qr');
  await expect(qr).toBeVisible();
  const held = (await qr.getAttribute('data-qr-text')) ?? '';
  expect(held).toMatch(/^sms:1\d{10}\?body=/);
  expect(held).toContain('13900001234');
  // The opt-out sentence, once.
  expect(held.split('拒收请回复R')).toHaveLength(2);
  await expect(panel.getByTestId('script-text')).toContainText('拒收请回复R');

  // Mark as sent: recorded, and shown in the customer's history with purpose and consent.
  await panel.getByTestId('mark-sent').click();
  await expect(page.getByTestId('outcome-toast')).toContainText('已记录：已发送');
  await page.goto(customer);
  const contact = page.locator('[data-testid="timeline-entry"][data-kind="contact"]');
  await expect(contact).toHaveCount(1);
  await expect(contact).toContainText('短信 · 已发送');
  await expect(contact).toContainText('用途：续保营销');
  await expect(contact).toContainText('依据：续保与营销同意（电话口头同意');

  // Another customer asked not to be called but agreed to texts: Today stops offering the call
  // (no call button, no dial QR) and picks the SMS instead.
  await backToToday(page);
  await channel(page, '电话').click();
  await expect(panel.getByTestId('tel-link').first()).toBeEnabled();
  const textsOnly = ((await page.getByTestId('panel-name').textContent()) ?? '').trim();
  const textsOnlyPage = await openCustomerFromToday(page);
  await page.getByTestId('edit-contact-prefs').click();
  await page.getByTestId('prefs-dnc-channels-input').getByText('电话', { exact: true }).click();
  await page.getByTestId('add-consent').click();
  await page.getByTestId('prefs-save').click();
  await expect(page.getByTestId('prefs-dnc-channels')).toHaveText('电话');
  await backToToday(page);
  await page.getByTestId('today-row').filter({ hasText: textsOnly }).first().click();
  await expect(page.getByTestId('panel-name')).toHaveText(textsOnly);
  await expect(channel(page, '电话')).toHaveCount(0);
  await expect(panel.getByTestId('tel-link')).toHaveCount(0);
  await expect(panel.getByTestId('dial-qr-button')).toHaveCount(0);
  // The SMS is chosen in its place, and the gate lets it through (consent on record).
  await expect(
    panel.getByTestId('channel-picker').getByRole('radio', { name: '短信' }),
  ).toBeChecked();
  await expect(panel.getByTestId('gate-blocked')).toHaveCount(0);

  // The texts opted out too: no channel is left, so the plan takes the reminder off Today.
  await page.goto(textsOnlyPage);
  await page.getByTestId('edit-contact-prefs').click();
  await page.getByTestId('prefs-opted-out').getByText('短信', { exact: true }).click();
  await page.getByTestId('prefs-save').click();
  await backToToday(page);
  await expect(page.getByTestId('today-row').filter({ hasText: textsOnly })).toHaveCount(0, {
    timeout: 30_000,
  });

  // A customer with an e-mail address who asked for no e-mail: the batch preview skips them
  // with the reason in words (the others have no address).
  // The list just changed under the panel, which can still show the customer who left it for a
  // moment (seen in a full suite run): pick the first row on the list, someone else.
  await page.getByTestId('today-row').first().click();
  await expect(page.getByTestId('panel-name')).not.toHaveText(textsOnly);
  await page.getByTestId('open-customer').click();
  await expect(page.getByTestId('detail-name')).not.toBeEmpty();
  const noMail = ((await page.getByTestId('detail-name').textContent()) ?? '').trim();
  await page.getByTestId('edit-client').click();
  const form = page.getByRole('dialog', { name: '编辑客户' });
  await form.getByLabel('电子邮箱').fill('kehu@example.com');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toBeHidden();
  await page.getByTestId('edit-contact-prefs').click();
  await page.getByTestId('prefs-dnc-channels-input').getByText('邮件', { exact: true }).click();
  await page.getByTestId('prefs-save').click();
  await expect(page.getByTestId('prefs-dnc-channels')).toHaveText('邮件');
  await backToToday(page);
  await page.getByTestId('batch-open').click();
  const batch = page.getByTestId('email-batch');
  await expect(batch.getByTestId('batch-send-count')).toHaveText('将发送 0 封');
  const skipped = batch.getByTestId('batch-skip-row').filter({ hasText: noMail });
  await expect(skipped).toHaveAttribute('data-reasons', /^do_not_contact\b/);
  await expect(skipped).toContainText('客户在勿扰名单上');
  await expect(page.getByTestId('batch-send')).toBeDisabled();
});
