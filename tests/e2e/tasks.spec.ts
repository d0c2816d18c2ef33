// The task list (issue 14): tasks due on later days stay out of the default view until asked
// for, the search box finds a customer, and filters left on say so and clear in one click;
// a reassign can be undone from its toast; the assignment view rebalances.
import { expect, test } from '@playwright/test';
import { loadSample } from './screens';

/** The app's today: China time, as the app computes it. */
function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

test('tasks: later days hidden until asked, customer search, clear filters', async ({ page }) => {
  test.setTimeout(180_000);
  await loadSample(page);
  await page.locator('li[role="menuitem"][data-menu-id$="-tasks"]').click();
  const rows = page.getByTestId('task-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const today = chinaToday();
  const dueDates = () =>
    page.getByTestId('task-due').evaluateAll((els) => els.map((e) => e.dataset.dueDate ?? ''));

  // Default view: nothing due after today; the toggle says how many wait on later days.
  expect((await dueDates()).filter((d) => d > today)).toEqual([]);
  const upcoming = page.getByTestId('filter-upcoming');
  const later = Number(/\d+/.exec((await upcoming.textContent()) ?? '')?.[0]);
  expect(later).toBeGreaterThan(0);
  await expect(page.getByTestId('filters-reset')).toHaveCount(0);
  await upcoming.click();
  await expect.poll(async () => (await dueDates()).some((d) => d > today)).toBe(true);
  await expect(page.getByTestId('filters-reset')).toBeVisible();
  await upcoming.click();

  // Search by a customer's name: every row left names them.
  const name = ((await page.getByTestId('task-customer').first().textContent()) ?? '').trim();
  expect(name).not.toBe('');
  await page.getByTestId('task-search').locator('input').fill(name);
  await expect(page.getByTestId('task-customer').first()).toContainText(name);
  const names = await page.getByTestId('task-customer').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((n) => !n.includes(name))).toEqual([]);

  // Reassign the first row to someone else, then undo: the previous assignee shows again.
  const first = rows.first();
  const before = ((await first.getByTestId('task-assignee').textContent()) ?? '').trim();
  await first.locator('input[type="checkbox"]').check();
  await page.getByTestId('reassign-to').click();
  const other = page.locator('.ant-select-item-option').filter({ hasNotText: before }).first();
  const after = ((await other.textContent()) ?? '').trim();
  await other.click();
  await page.getByTestId('reassign-go').click();
  await expect(page.getByTestId('reassign-toast')).toContainText(after);
  await expect(first.getByTestId('task-assignee')).toHaveText(after);
  await page.getByTestId('undo-reassign').click();
  await expect(first.getByTestId('task-assignee')).toHaveText(before);

  // The filters are on, and the screen says so: one click returns to the defaults.
  await page.getByTestId('filters-reset').click();
  await expect(page.getByTestId('task-search').locator('input')).toHaveValue('');
  await expect(page.getByTestId('filters-reset')).toHaveCount(0);
  // The assignment view has no task filters (they do not apply to it).
  await page.getByRole('tab').nth(1).click();
  await expect(page.getByTestId('task-search')).toHaveCount(0);

  // Rebalance: the busiest person's capacity drops to 2 (Settings), so most of what they hold
  // is over it; the confirmation names them, the move empties their load, undo fills it again.
  // The loads fill in once the day's tasks are read.
  const busiestLoad = async () => {
    const loads = await page.getByTestId('staff-load').evaluateAll((els) =>
      els.map((e) => ({
        name: (e as HTMLElement).dataset.staff ?? '',
        text: e.textContent ?? '',
      })),
    );
    const sorted = loads
      .map((l) => ({ name: l.name, due: Number(/(\d+) \//.exec(l.text)?.[1] ?? 0) }))
      .sort((a, b) => b.due - a.due);
    return sorted[0] ?? { name: '', due: 0 };
  };
  await expect.poll(async () => (await busiestLoad()).due).toBeGreaterThan(3);
  const busiest = await busiestLoad();
  await page.locator('li[role="menuitem"][data-menu-id$="-settings"]').click();
  await page.locator('tr').filter({ hasText: busiest.name }).getByRole('button').last().click();
  await page.getByLabel('每日可处理任务数').fill('2');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.locator('li[role="menuitem"][data-menu-id$="-tasks"]').click();
  await page.getByRole('tab').nth(1).click();
  const load = page.locator(`[data-testid="staff-load"][data-staff="${busiest.name}"]`);
  await expect(load).toContainText(`${busiest.due} / 2`);
  await page.getByTestId('rebalance').click();
  await expect(page.getByTestId('rebalance-summary')).toContainText(`${busiest.name} →`);
  await page.getByTestId('rebalance-ok').click();
  await expect(page.getByTestId('reassign-toast')).toContainText('已重新平衡');
  await expect(load).not.toContainText(`${busiest.due} / 2`);
  await page.getByTestId('undo-reassign').click();
  await expect(load).toContainText(`${busiest.due} / 2`);
});
