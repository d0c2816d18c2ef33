// An e-mail batch sent to a local SMTP server (issue 13 §5, §6), in real Chromium: the owner
// keeps the agency's SMTP account in Settings (the authorisation code goes to main, which keeps
// it sealed), two customers get an e-mail address and their consent, the batch preview names
// them, "send" delivers one message to each through main's mail service, with the
// List-Unsubscribe header and the opt-out footer; opening the batch again sends nothing twice,
// and the customer's history shows the e-mail. Main's router and handlers run in Node through
// the shell bridge (tests/e2e/shell-bridge.ts), which replaces only Electron's IPC transport:
// this build cannot hold Electron itself here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { EMAIL_OPT_OUT } from '../../shared/domain/contact/opt-out';
import { listWorkbook } from '../fixtures/generate-lists';
import { decodeMailBody, startLocalSmtp } from '../support/local-smtp';
import {
  chinaToday,
  importList,
  openSelect,
  openToday,
  signIn,
  thisYearList,
} from './desk-helpers';
import { installShellBridge } from './shell-bridge';

const ACCOUNT = 'desk@example.cn';
const AUTH_CODE = 'abcdefghijklmnop';

/** Gives the customer on Today's row `row` an e-mail address and renewal consent by e-mail. */
async function emailWithConsent(
  page: Page,
  row: number,
  address: string,
): Promise<{ name: string; url: string }> {
  await expect(page.getByTestId('today-page')).toBeVisible();
  await page.getByTestId('today-row').nth(row).click();
  const name = ((await page.getByTestId('panel-name').textContent()) ?? '').trim();
  await page.getByTestId('open-customer').click();
  await expect(page.getByTestId('detail-name')).toHaveText(name);
  const url = page.url();
  await page.getByTestId('edit-client').click();
  const form = page.getByRole('dialog', { name: '编辑客户' });
  await form.getByLabel('电子邮箱').fill(address);
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toBeHidden();
  await page.getByTestId('edit-contact-prefs').click();
  const channels = await openSelect(page.getByTestId('consent-channel').getByRole('combobox'));
  await channels.getByTitle('邮件', { exact: true }).click();
  await page.getByTestId('add-consent').click();
  await expect(page.getByTestId('consent-row')).toContainText('邮件 · 续保与营销');
  await page.getByTestId('prefs-save').click();
  await expect(page.getByTestId('contact-prefs').getByTestId('consent-line')).toContainText('邮件');
  // Back to Today the way a person does (the customer opened over it).
  await page.goBack();
  await expect(page.getByTestId('today-page')).toBeVisible();
  return { name, url };
}

test('an e-mail batch reaches the local SMTP server through main, once per customer', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const smtp = await startLocalSmtp({ user: ACCOUNT, authCode: AUTH_CODE });
  try {
    const shell = await installShellBridge(page, baseURL ?? '');
    // Mid-morning China time, so the e-mail hours (08:00–21:00) allow sending.
    await page.clock.install({ time: new Date(`${chinaToday()}T10:00:00+08:00`) });
    const dir = mkdtempSync(join(tmpdir(), 'email-batch-e2e-'));
    const list = join(dir, '人保续保清单.xlsx');
    writeFileSync(list, listWorkbook(thisYearList(chinaToday(), 21)));

    await page.goto('/#/today');
    await signIn(page);
    await importList(page, list);

    // The agency's SMTP account, kept by main; the connection test signs in to the server.
    // The e-mail template signs with the assignee's phone, which nobody entered yet: every
    // staff member the list was shared between gets one.
    await page.locator('li[role="menuitem"][data-menu-id$="-settings"]').click();
    const staffRows = page.getByRole('row').filter({ has: page.getByTestId('staff-active') });
    await expect(staffRows.first()).toBeVisible();
    const staffCount = await staffRows.count();
    for (let i = 0; i < staffCount; i++) {
      await staffRows
        .nth(i)
        .getByRole('button', { name: /编\s*辑/ })
        .click();
      const staffDialog = page.getByRole('dialog', { name: '编辑员工' });
      await staffDialog.getByLabel('电话').fill(`1390000123${i}`);
      await staffDialog.getByRole('button', { name: /保\s*存/ }).click();
      await expect(staffDialog).toBeHidden();
    }
    const smtpForm = page.getByTestId('smtp-form');
    await smtpForm.getByLabel('服务器').fill('127.0.0.1');
    await smtpForm.getByLabel('端口').fill(String(smtp.port));
    const security = await openSelect(smtpForm.getByRole('combobox', { name: '加密' }));
    await security.getByTitle('不加密（不建议）').click();
    await smtpForm.getByLabel('邮箱账号').fill(ACCOUNT);
    await smtpForm.getByLabel('发件人名称').fill('平安车险续保');
    await smtpForm.getByLabel('授权码').fill(AUTH_CODE);
    await page.getByTestId('smtp-save').click();
    await expect(page.getByText('邮件设置已保存')).toBeVisible();
    await expect(smtpForm.getByLabel('授权码')).toHaveAttribute(
      'placeholder',
      '已保存（留空不变）',
    );
    await page.getByRole('button', { name: '测试连接' }).click();
    await expect(page.getByText('已连上邮件服务器并登录成功')).toBeVisible();
    expect(smtp.received).toHaveLength(0); // a connection test sends nothing

    await openToday(page);
    const first = await emailWithConsent(page, 0, 'kehu.yi@example.com');
    const second = await emailWithConsent(page, 1, 'kehu.er@example.com');
    expect(second.name).not.toBe(first.name);

    // The preview names both; sending delivers one message to each.
    await page.getByTestId('batch-open').click();
    const batch = page.getByTestId('email-batch');
    await expect(batch.getByTestId('batch-send-count')).toHaveText('将发送 2 封');
    await expect(batch.getByTestId('batch-send-row')).toHaveCount(2);
    await page.getByTestId('batch-send').click();
    await expect(batch.getByTestId('batch-result')).toContainText('已发送 2 封', {
      timeout: 30_000,
    });
    expect(shell.invoked.filter((c) => c === 'mail:send')).toHaveLength(2);
    await expect.poll(() => smtp.received.length).toBe(2);
    expect(smtp.received.map((m) => m.to.join()).sort()).toEqual([
      'kehu.er@example.com',
      'kehu.yi@example.com',
    ]);
    for (const mail of smtp.received) {
      expect(mail.from).toBe(ACCOUNT);
      expect(mail.raw).toMatch(
        /^List-Unsubscribe: <mailto:desk@example\.cn\?subject=unsubscribe>/m,
      );
      const body = decodeMailBody(mail.raw);
      expect(body).toContain(EMAIL_OPT_OUT);
    }
    const bodies = smtp.received.map((m) => decodeMailBody(m.raw)).join('\n');
    expect(bodies).toContain(first.name.slice(0, 1));

    // Opened again, the batch has nothing left to send: the keys are on the tasks.
    await page.keyboard.press('Escape');
    await page.getByTestId('batch-open').click();
    await expect(batch.getByTestId('batch-send-count')).toHaveText('将发送 0 封');
    expect(smtp.received).toHaveLength(2);

    // The customer's history shows the e-mail.
    await page.keyboard.press('Escape');
    await page.goto(first.url);
    const contact = page.locator('[data-testid="timeline-entry"][data-kind="contact"]');
    await expect(contact.first()).toContainText('邮件 · 已发送');
  } finally {
    await smtp.close();
  }
});
