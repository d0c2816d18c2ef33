// Editing a script template the way people edit text: a placeholder chip inserts at the caret
// and typing goes on after it, Ctrl+S saves a new version, switching template with unsaved
// edits asks first, and the preview's customer picker takes pinyin initials.
import { expect, test } from '@playwright/test';
import { loadSample } from './screens';

test('placeholder at the caret, Ctrl+S, unsaved edits guarded, pinyin in the preview picker', async ({
  page,
}) => {
  await loadSample(page);
  await page.goto('/#/scripts');
  await page.getByTestId('template-d30-call').click();
  const body = page.getByTestId('script-body');
  await body.fill('您好，');
  // Caret after "您好": the chip's token goes there and the focus stays in the text.
  await body.press('End');
  await body.press('ArrowLeft');
  await page.getByTestId('placeholder-chip-客户姓名').click();
  await expect(body).toBeFocused();
  await page.keyboard.type('先生');
  await expect(body).toHaveValue('您好{客户姓名}先生，');

  await page.keyboard.press('Control+s');
  await expect(page.locator('.ant-message')).toContainText('已保存为第 2 版');
  await expect(page.getByTestId('scripts-page').locator('h4')).toContainText('第 2 版');

  // Unsaved edits: switching asks; "keep editing" keeps them, "discard" switches.
  await body.fill('改了一半');
  await page.getByTestId('template-d15-call').click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText('放弃未保存的修改');
  await confirm.getByRole('button', { name: '继续编辑' }).click();
  await expect(body).toHaveValue('改了一半');
  await page.getByTestId('template-d15-call').click();
  await page.getByTestId('discard-edits').click();
  await expect(page.getByTestId('scripts-page').locator('h4')).toContainText('到期前15天');
  // A saved template switches without asking.
  await page.getByTestId('template-d7-call').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('scripts-page').locator('h4')).toContainText('到期前7天');

  // The preview picker: pinyin initials find 张三.
  await page.getByTestId('preview-client').click();
  await page.keyboard.type('zs');
  await expect(page.locator('.ant-select-item-option').filter({ hasText: '张三' })).toBeVisible();
  await expect(page.locator('.ant-select-item-option').filter({ hasNotText: '张' })).toHaveCount(0);
});
