// Customer records sealed at rest (issue 11) in real Chromium: after owner setup and an import,
// the customers' rows in the browser's IndexedDB hold no name, phone or ID number (only the
// sealed parts and blind indexes), while the screens show them; after a lock and a password
// sign-in they open again.
import { expect, test, type Page } from '@playwright/test';
import { OWNER, importList, signIn, writeTwoYears } from './desk-helpers';

/** Every row of a table as IndexedDB stores it, read straight from the page's database. */
function storedRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const name = localStorage.getItem('renewal-desk:active-db') ?? 'renewal-desk';
        const req = indexedDB.open(name.startsWith('renewal-desk') ? name : 'renewal-desk');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result as Record<string, unknown>[]);
            req.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

const storedClients = (page: Page) => storedRows(page, 'clients');

test('imported customers are stored sealed and shown in the clear', async ({ page }) => {
  const { policies, first } = writeTwoYears(11);
  await page.goto('/');
  await signIn(page);
  await importList(page, first);

  const rows = await storedClients(page);
  expect(rows.length).toBe(policies.length / 2);
  const text = JSON.stringify(rows);
  for (const p of policies) {
    expect(text).not.toContain(p.insured);
    expect(text).not.toContain(p.phone);
    expect(text).not.toContain(p.idNumber);
  }
  for (const row of rows) {
    expect(row).toHaveProperty('sealed');
    expect(row).not.toHaveProperty('name');
  }
  // Nor do the list and search rows (schema v8): their personal part is in sealed snapshot
  // chunks, resealed by the import worker once its commit landed.
  await expect
    .poll(async () => (await storedRows(page, 'summaryChunks')).map((c) => c.pending))
    .toEqual([0]);
  const summaries = await storedRows(page, 'clientSummaries');
  expect(summaries.length).toBe(rows.length);
  const derived = JSON.stringify([summaries, await storedRows(page, 'summaryChunks')]);
  // A customer who shares a staff member's name is left out: the 业务员's name is no customer's.
  const staffNames = new Set(policies.map((p) => p.staff));
  for (const p of policies) {
    if (!staffNames.has(p.insured)) expect(derived).not.toContain(p.insured);
    expect(derived).not.toContain(p.phone);
    expect(derived).not.toContain(p.idNumber);
  }

  // The customer screen shows them; a lock and a password sign-in open them again.
  const someone = policies[0]!.insured;
  await page.locator('li[role="menuitem"][data-menu-id$="-clients"]').click();
  await expect(page.getByTestId('client-row').filter({ hasText: someone }).first()).toBeVisible();
  // Search by name and by phone digits works from the index built from the sealed snapshot.
  const box = page.getByTestId('client-search').locator('input');
  await box.fill(someone);
  await expect(page.getByTestId('client-row').first()).toContainText(someone);
  await box.fill(policies[0]!.phone);
  await expect(page.getByTestId('client-row')).toHaveCount(1);
  await expect(page.getByTestId('client-row')).toContainText(someone);
  await box.fill('');
  await page.getByTestId('switch-user').click();
  await signIn(page, OWNER);
  await page.locator('li[role="menuitem"][data-menu-id$="-clients"]').click();
  await page.getByTestId('client-row').filter({ hasText: someone }).first().click();
  await expect(page.getByTestId('detail-phones')).toContainText(policies[0]!.phone);
});

test('a PIN unlock takes back the keys the lock parked: sealed customers open again', async ({
  page,
}) => {
  const { policies, first } = writeTwoYears(12);
  await page.goto('/');
  await signIn(page);
  await importList(page, first);

  // The owner keeps an unlock PIN for this session.
  await page.getByTestId('set-pin').click();
  const pinDialog = page.getByRole('dialog', { name: '解锁 PIN 码' });
  await pinDialog.getByLabel('解锁 PIN 码').fill('2468');
  await pinDialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('PIN 码已保存')).toBeVisible();

  // Locked, then unlocked with the PIN alone: the customer's sealed phone is shown.
  await page.getByTestId('lock-now').click();
  await page
    .getByRole('button', { name: new RegExp(OWNER.name) })
    .first()
    .click();
  await page.getByTestId('pin-input').fill('2468');
  await page.getByTestId('sign-in-submit').click();
  const someone = policies[0]!;
  await page.locator('li[role="menuitem"][data-menu-id$="-clients"]').click();
  await page.getByTestId('client-row').filter({ hasText: someone.insured }).first().click();
  await expect(page.getByTestId('detail-phones')).toContainText(someone.phone);
});
