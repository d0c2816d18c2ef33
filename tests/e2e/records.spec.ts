// A new user's first session with customer records, in real Chromium on the web build.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './desk-helpers';

async function search(page: Page, text: string) {
  const box = page.getByTestId('client-search').locator('input');
  await box.fill(text);
}

test('empty state, sample data, search, create with a bad phone, edit, reload, delete and undo', async ({
  page,
}) => {
  await page.goto('/#/clients');
  await signIn(page);

  // A new user sees the empty state with both ways forward.
  await expect(page.getByTestId('clients-empty')).toBeVisible();
  await expect(page.getByRole('button', { name: '导入名单' }).first()).toBeVisible();

  // Load the sample agency: clearly marked, removable.
  await page.getByTestId('load-sample').click();
  // Generating the sample agency takes a while on a loaded machine (as in screens.ts).
  await expect(page.getByTestId('sample-banner')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('client-row').first()).toBeVisible();

  // Pinyin initials find 张三.
  await search(page, 'zs');
  await expect(page.getByTestId('client-row').filter({ hasText: '张三' }).first()).toBeVisible();

  // Full pinyin, then Enter in the search box opens the first result; ↓ moves into the list.
  await search(page, 'zhangsan');
  await expect(page.getByTestId('client-row').first()).toContainText('张三');
  await page.getByTestId('client-search').locator('input').press('ArrowDown');
  await expect(page.getByTestId('client-list')).toBeFocused();
  await page.getByTestId('client-search').locator('input').press('Enter');
  // A phone's last four digits: take them from 张三's detail view.
  await expect(page.getByTestId('detail-phones')).toBeVisible();
  const phones = (await page.getByTestId('detail-phones').textContent()) ?? '';
  const lastFour = phones.replace(/\D/g, '').slice(7, 11);
  expect(lastFour).toMatch(/^\d{4}$/);
  await page.keyboard.press('Escape');
  await search(page, lastFour);
  await expect(page.getByTestId('client-row').filter({ hasText: '张三' }).first()).toBeVisible();

  // A plate typed with a space and lower case, province optional.
  await page.getByTestId('client-row').filter({ hasText: '张三' }).first().click();
  const plate = (
    (await page.getByTestId('vehicle-card').first().locator('strong').first().textContent()) ?? ''
  ).trim();
  expect(plate.length).toBeGreaterThanOrEqual(7);
  await page.keyboard.press('Escape');
  const typed = `${plate.slice(1, 2).toLowerCase()} ${plate.slice(2)}`;
  await search(page, typed);
  await expect(page.getByTestId('client-row').filter({ hasText: plate }).first()).toBeVisible();

  // Create a customer with a bad phone number, see the error beside the field, fix it.
  await search(page, '');
  await page.getByTestId('new-client').click();
  await page.getByTestId('form-name').fill('欧阳测试');
  await page.getByTestId('form-phones').fill('1381234567');
  await page.getByTestId('form-plate').fill('沪A 9X7Y6');
  await page.getByTestId('form-policy-no').fill('PDZA202600000000000001');
  await page.getByTestId('form-insurer').click();
  await page.getByTitle('平安').click();
  await page.getByTestId('form-end').click();
  await page.getByTestId('form-end').fill('2027-01-15');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  const phoneError = page
    .locator('#phones_help, .ant-form-item-explain-error')
    .filter({ hasText: /手机|号码/ });
  await expect(phoneError.first()).toBeVisible();
  await page.getByTestId('form-phones').fill('+86 138-1234-5678');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('detail-name')).toHaveText('欧阳测试');
  await expect(page.getByTestId('detail-phones')).toHaveText('13812345678');

  // Edit (the customer, not the contact preferences, which have their own edit button).
  await page.getByTestId('edit-client').click();
  await page.getByTestId('form-name').fill('欧阳改名');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('detail-name')).toHaveText('欧阳改名');
  await page.keyboard.press('Escape');

  // Reload: everything is still there.
  await page.reload();
  await signIn(page);
  await search(page, 'oygm');
  await expect(page.getByTestId('client-row').filter({ hasText: '欧阳改名' })).toHaveCount(1);

  // Delete, then undo.
  await page.getByTestId('client-row').filter({ hasText: '欧阳改名' }).click();
  await page.getByRole('button', { name: /删\s*除/ }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /删\s*除/ })
    .click();
  await expect(page.getByTestId('client-row').filter({ hasText: '欧阳改名' })).toHaveCount(0);
  await page.getByTestId('undo-delete').click();
  await expect(page.getByTestId('client-row').filter({ hasText: '欧阳改名' })).toHaveCount(1);

  // The list masks phone numbers.
  await expect(page.getByTestId('client-row').filter({ hasText: '欧阳改名' })).toContainText(
    '138****5678',
  );
});
