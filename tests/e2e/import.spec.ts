// Importing insurer lists through the UI, in real Chromium on the web build: an .xls with title
// rows and a bad date fixed in place, a GBK CSV whose insurer the user picks, next year's .xlsx
// (renewals, a sold car), re-imports that change nothing, undo, and export → re-import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { writeBigList, writeImportFiles, type ImportFiles } from './fixtures/import-files';
import { OWNER, signIn, undoBatch } from './desk-helpers';

let files: ImportFiles;
test.beforeAll(() => {
  files = writeImportFiles();
});

/**
 * Reading a file runs in the import worker: with the machine at a load of 15-20 it took over
 * 10 s (the review arrived just after the default timeout), hence 30 s as for opening.
 */
async function upload(page: Page, path: string) {
  await page.getByTestId('import-drop').locator('input[type=file]').setInputFiles(path);
  await expect(page.getByTestId('import-review').or(page.getByTestId('import-error'))).toBeVisible({
    timeout: 30_000,
  });
}

/** A fresh page opens the database first: 12 s measured on the loaded machine (10 s failed). */
async function openImport(page: Page) {
  await page.goto('/#/import');
  await signIn(page);
  await expect(page.getByTestId('import-drop')).toBeVisible({ timeout: 30_000 });
}

async function count(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`count-${key}`).locator('.ant-statistic-content').innerText();
  return Number(text.replace(/\D/g, ''));
}

async function expectCounts(page: Page, expected: Record<string, number>) {
  for (const [key, value] of Object.entries(expected)) {
    await expect.poll(() => count(page, key), { message: `count-${key}` }).toBe(value);
  }
}

/** Commit through the confirm dialog with the keyboard: Enter imports. */
async function commitWithEnter(page: Page) {
  await expect(page.getByTestId('commit-import')).toBeEnabled();
  await page.getByTestId('commit-import').click();
  await expect(page.getByTestId('confirm-commit')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('result-title')).toBeVisible();
}

async function again(page: Page) {
  await page.getByTestId('import-again').click();
  await expect(page.getByTestId('import-drop')).toBeVisible();
}

async function searchClients(page: Page, text: string) {
  await page.getByTestId('client-search').locator('input').fill(text);
}

test('import .xls, GBK CSV and next year, fix, re-import, undo, export and re-import', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openImport(page);

  // Empty state says which files work.
  await expect(page.getByTestId('import-drop')).toContainText('.xlsx');
  await expect(page.getByTestId('import-drop')).toContainText('GBK');

  // A PDF renamed .xlsx: a named error, nothing written.
  await upload(page, files.fakeXlsx);
  await expect(page.getByTestId('import-error')).toHaveAttribute('data-code', 'not_spreadsheet');
  await expect(page.getByTestId('import-error')).toContainText('没有写入任何数据');
  await page.getByTestId('choose-another').click();

  // 1. The .xls with title rows: header found in row 4, insurer from the title, one bad date.
  await upload(page, files.xls);
  await expect(
    page.locator('input[data-testid=import-header-row], [data-testid=import-header-row] input'),
  ).toHaveValue('4');
  await expect(page.getByTestId('import-review')).toContainText('人保');
  await expectCounts(page, { rows: 8, new: 7, problems: 1, skipped: 1 });
  await expect(page.getByTestId('commit-blocked')).toBeVisible();
  await expect(page.getByTestId('commit-import')).toBeDisabled();

  // Only problem rows; the problem names sheet, row, column and field.
  await page.getByTestId('only-problems').click();
  await expect(page.getByTestId('preview-row')).toHaveCount(1);
  const problemRow = page.getByTestId('preview-row').first();
  await expect(problemRow).toContainText(`续保清单 第 ${files.badRow} 行`);
  const problem = problemRow.locator('[data-testid=row-problem][data-severity=error]').first();
  await expect(problem).toContainText('列“保险止期”');
  await expect(problem).toContainText('终保日期');
  await expect(problem).toContainText('2026/2/30');

  // Fix it in place: a still-impossible value is refused, the right one taken.
  await problem.getByTestId('fix-problem').click();
  await page.getByTestId('fix-input').fill('2026-02-31');
  await page.getByTestId('fix-input').press('Enter');
  await expect(page.getByTestId('fix-error')).toBeVisible();
  await page.getByTestId('fix-input').fill(files.goodEndDate);
  await page.getByTestId('fix-input').press('Enter');
  await expectCounts(page, { new: 8, problems: 0, skipped: 0 });
  await expect(page.getByTestId('commit-blocked')).toHaveCount(0);
  await commitWithEnter(page);
  await expect(page.getByTestId('result-title')).toHaveText('导入完成');
  await expect(page.getByTestId('result-summary')).toContainText('新增 8');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  // Who imported it, by name (the batch stores the staff id).
  await expect(page.getByTestId('history-row')).toContainText(OWNER.name);

  // 2. The same .xls again: the bad row skipped this time; nothing changes.
  await again(page);
  await upload(page, files.xls);
  await expect(page.getByTestId('previous-batch')).toBeVisible();
  await page.getByTestId('skip-all-errors').click();
  await expectCounts(page, { new: 0, updated: 0, unchanged: 7, skipped: 1 });
  await expect(page.getByTestId('nothing-changes')).toBeVisible();
  await commitWithEnter(page);
  await expect(page.getByTestId('result-title')).toHaveText('没有任何变化');
  await expect(page.getByTestId('history-row')).toHaveCount(1);

  // 3. The GBK CSV names no insurer: every row waits for it; the user picks 平安.
  await again(page);
  await upload(page, files.csv);
  // Asked once for the file (issue 9 §6): the rows carry no problem and nothing is "skipped".
  await expect(page.getByTestId('insurer-needed')).toHaveCount(1);
  await expect(page.getByTestId('insurer-needed')).toContainText('6 行在等待');
  await expectCounts(page, { rows: 6, problems: 0 });
  await expect(page.getByTestId('commit-blocked')).toHaveCount(0);
  await expect(page.getByTestId('commit-import')).toBeDisabled();
  await page.getByTestId('import-insurer').click();
  await page.getByTitle('平安', { exact: true }).click();
  await expectCounts(page, { rows: 6, new: 6, problems: 0 });
  const csvName = files.csvPolicies[0]?.insured as string;
  await expect(page.getByTestId('preview-table')).toContainText(csvName);
  // Esc closes the confirm dialog without importing.
  await page.getByTestId('commit-import').click();
  await expect(page.getByTestId('confirm-commit')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('confirm-commit')).toBeHidden();
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await commitWithEnter(page);
  await expect(page.getByTestId('result-summary')).toContainText('新增 6');

  // 4. Next year's .xlsx: renewals for all eight, one car sold to a new owner.
  await again(page);
  await upload(page, files.nextXlsx);
  await expectCounts(page, { rows: 8, new: 8, renewed: 8, problems: 0 });
  expect(await count(page, 'ownerChanged')).toBeGreaterThanOrEqual(1);
  // The sold car's row says whom it passes from and to (issue 14).
  await expect(
    page.getByTestId('row-change').filter({ hasText: /^车主：\S+ → \S+$/ }),
  ).not.toHaveCount(0);
  await commitWithEnter(page);
  await expect(page.getByTestId('result-summary')).toContainText('续保 8');
  await expect(page.getByTestId('history-row')).toHaveCount(3);

  // 5. Undo: the first batch is refused (next year's list built on it); the CSV batch goes.
  await again(page);
  await undoBatch(page, '人保续保清单2026.xls');
  // Undo starts its own worker, which opens the database first: slow on a loaded machine.
  await expect(page.getByTestId('undo-refused')).toContainText('请先撤销之后的批次', {
    timeout: 30_000,
  });
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /知道了|OK|确\s*定/ })
    .click();
  // The undo runs in the import worker: allow for a loaded test machine.
  await expect(await undoBatch(page, '平安到期清单.csv')).toContainText('已撤销', {
    timeout: 30_000,
  });

  // The CSV again: the insurer picked last time comes from the saved preset. A wrong header
  // row is corrected by hand and read again.
  await upload(page, files.csv);
  await expect(page.getByTestId('insurer-needed')).toHaveCount(0);
  await expect(page.getByTestId('import-review')).toContainText('平安');
  await expectCounts(page, { rows: 6, new: 6 });
  const headerRow = page.locator(
    'input[data-testid=import-header-row], [data-testid=import-header-row] input',
  );
  await headerRow.fill('2');
  await headerRow.press('Enter');
  await expect(page.getByTestId('import-headers')).not.toContainText('保单号码');
  await headerRow.fill('1');
  await headerRow.press('Enter');
  await expect(page.getByTestId('import-headers')).toContainText('保单号码');
  await expectCounts(page, { rows: 6, new: 6 });
  await page.getByTestId('choose-another').click();

  // 6. Export all policies, then import the export: nothing changes.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-policies').hover();
  await page.getByTestId('export-policies-xlsx').click();
  const download = await downloading;
  const exported = join(files.dir, download.suggestedFilename());
  await download.saveAs(exported);
  expect(download.suggestedFilename()).toMatch(/^保单导出-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await upload(page, exported);
  await expectCounts(page, { rows: 16, new: 0, updated: 0, unchanged: 16, problems: 0 });
  await expect(page.getByTestId('nothing-changes')).toBeVisible();
  await commitWithEnter(page);
  await expect(page.getByTestId('result-title')).toHaveText('没有任何变化');

  // The customer list shows the imported customers; the sold car is with its new owner; the
  // undone CSV's customers are gone.
  await page.goto('/#/clients');
  await signIn(page);
  const firstOwner = files.thisYear[2]?.insured as string;
  await searchClients(page, firstOwner);
  await expect(
    page.getByTestId('client-row').filter({ hasText: firstOwner }).first(),
  ).toBeVisible();
  const buyer = files.next.find((p) => p.vin === files.soldVin)?.insured as string;
  await searchClients(page, buyer);
  await expect(page.getByTestId('client-row').filter({ hasText: buyer }).first()).toBeVisible();
  await searchClients(page, csvName);
  await expect(page.getByTestId('no-match')).toBeVisible();

  // Export what the list shows (a search result) from the customer list.
  await searchClients(page, firstOwner);
  const clientDownload = page.waitForEvent('download');
  await page.getByTestId('export-clients').hover();
  await page.getByTestId('export-clients-xlsx').click();
  const clientFile = join(files.dir, 'clients.xlsx');
  await (await clientDownload).saveAs(clientFile);
  const wb = XLSX.read(readFileSync(clientFile));
  const rows = XLSX.utils.sheet_to_json<Record<string, string>>(
    wb.Sheets[wb.SheetNames[0] as string]!,
  );
  expect(rows.length).toBeGreaterThanOrEqual(1);
  expect(rows.every((r) => String(r['客户']).includes(firstOwner))).toBe(true);
});

// Every row skipped, for two reasons a real list gives: impossible dates (errors the user skips)
// and a refund list (批退: negative premiums, rows that are not policies).
for (const { name, file, rows } of [
  { name: 'impossible dates', file: () => files.allBad, rows: 2 },
  { name: 'a refund list', file: () => files.refunds, rows: 3 },
]) {
  test(`when every row is skipped (${name}), the button and the result say so (issue 9 §6)`, async ({
    page,
  }) => {
    await openImport(page);
    await upload(page, file());
    await expectCounts(page, { rows, problems: rows });
    await page.getByTestId('skip-all-errors').click();
    await expectCounts(page, { skipped: rows, new: 0 });
    await expect(page.getByTestId('commit-import')).toHaveText(
      `${rows} 行全部跳过：没有可导入的记录`,
    );
    await commitWithEnter(page);
    await expect(page.getByTestId('result-title')).toHaveText('所有记录都被跳过');
    await expect(page.getByTestId('result-summary')).toContainText(
      `${rows} 行都被跳过了，因此没有写入任何数据`,
    );
    // No empty batch: the history stays empty, and nothing reached the customer list.
    await expect(page.getByTestId('history-row')).toHaveCount(0);
    await page.goto('/#/clients');
    await signIn(page);
    await expect(page.getByTestId('clients-empty')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('client-row')).toHaveCount(0);
  });
}

test('a list naming no insurer asks once; skipping the bad row keeps the others (issue 9 §6)', async ({
  page,
}) => {
  await openImport(page);
  await upload(page, files.noInsurer);
  // One question for the file, above the preview, counting the rows that wait for it; the
  // rows carry only their own problem (the impossible date), not one "no insurer" each.
  await expect(page.getByTestId('insurer-needed')).toHaveCount(1);
  await expect(page.getByTestId('insurer-needed')).toContainText('3 行在等待');
  await expectCounts(page, { rows: 4, problems: 1 });
  await page.getByTestId('only-problems').click();
  await expect(page.getByTestId('preview-row')).toHaveCount(1);
  await expect(page.getByTestId('preview-row').first()).toContainText('2026-02-30');
  await expect(page.getByTestId('row-problem')).toHaveCount(1);
  await page.getByTestId('only-problems').click();

  // Skipping the rows with errors skips the bad row only: the waiting rows are not errors.
  // (Until the insurer is known the preview counts the waiting rows as skipped too; what
  // matters is which rows the user's skip list holds: the ticked boxes.)
  await page.getByTestId('skip-all-errors').click();
  await expect(page.getByTestId('commit-blocked')).toHaveCount(0);
  const ticked = 'input[data-testid=skip-row]:checked, [data-testid=skip-row] input:checked';
  await expect(page.getByTestId('preview-row')).toHaveCount(4);
  await expect(page.locator(ticked)).toHaveCount(1);
  await expect(
    page.getByTestId('preview-row').filter({ hasText: '王错日' }).locator(ticked),
  ).toHaveCount(1);
  await expect(page.getByTestId('insurer-needed')).toContainText('3 行在等待');
  // Still blocked by the file's question, and the button does not claim everything is skipped.
  await expect(page.getByTestId('commit-import')).toBeDisabled();
  await expect(page.getByTestId('commit-import')).not.toContainText('全部跳过');

  // The answer: the rows become importable.
  await page.getByTestId('import-insurer').click();
  await page.getByTitle('平安', { exact: true }).click();
  await expect(page.getByTestId('insurer-needed')).toHaveCount(0);
  await expectCounts(page, { rows: 4, new: 3, skipped: 1, problems: 1 });
  await commitWithEnter(page);
  await expect(page.getByTestId('result-title')).toHaveText('导入完成');
  await expect(page.getByTestId('result-summary')).toContainText('新增 3');
  await expect(page.getByTestId('history-row')).toHaveCount(1);

  // The customers are there, under the insurer chosen; the skipped row's customer is not.
  await page.goto('/#/clients');
  await signIn(page);
  for (const name of files.noInsurerNames) {
    await searchClients(page, name);
    await expect(page.getByTestId('client-row').filter({ hasText: name })).toHaveCount(1);
  }
  await searchClients(page, '王错日');
  await expect(page.getByTestId('no-match')).toBeVisible();
});

test('a big list shows progress and can be cancelled; nothing is written', async ({ page }) => {
  const big = writeBigList(files.dir);
  await openImport(page);
  await page.getByTestId('import-drop').locator('input[type=file]').setInputFiles(big);
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-progress').locator('.ant-progress')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-error')).toHaveAttribute('data-code', 'cancelled');
  await expect(page.getByTestId('import-error')).toContainText('没有写入任何数据');
  await expect(page.getByTestId('history-row')).toHaveCount(0);
});

test('the export menu opens from the keyboard and is named for screen readers', async ({
  page,
}) => {
  await openImport(page);
  const button = page.getByRole('button', { name: '导出全部保单' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-policies-xlsx')).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  // Escape once the menu holds the focus, as a person does: pressed before that (a loaded CI
  // machine), the menu's late focus landed in the closing menu and left the button unfocused.
  const focusInMenu = () =>
    page.evaluate(() => Boolean(document.activeElement?.closest('[role=menu]')));
  await expect.poll(focusInMenu).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-policies-xlsx')).toBeHidden();
  await expect(button).toBeFocused();
  // Space opens it too; focus is in the menu, so Enter picks the first format at once. With no
  // policies stored yet the export says so instead of saving an empty file.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('export-policies-csv')).toBeVisible();
  // The menu takes focus once it has rendered; a person sees it open before pressing Enter.
  await expect.poll(focusInMenu).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByText('没有可导出的记录')).toBeVisible();
  await expect(page.getByTestId('export-policies-csv')).toBeHidden();
});
