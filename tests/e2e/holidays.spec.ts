// Holiday data beyond the calendar package (issue 9 §8), in real Chromium on the web build: cars
// ending early in a year the package has no State Council notice for put a warning on Today;
// Settings refuses a paste with a date it cannot read and names the line, takes the notice as
// published, and the warning goes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isKnownHolidayYear } from '../../shared/domain/reminders/calendar';
import { listWorkbook } from '../fixtures/generate-lists';
import { makePolicies } from '../fixtures/generate-policy-data';
import { importList, openToday } from './desk-helpers';

/** The first year after this one that the bundled calendar package does not know. */
function firstUnknownYear(): number {
  let year = new Date().getFullYear() + 1;
  while (isKnownHolidayYear(year)) year++;
  return year;
}

/** A notice as the State Council publishes it; `badLine` replaces its third line. */
function notice(year: number, badLine?: string): string {
  const lines = [
    `国务院办公厅关于${year}年部分节假日安排的通知`,
    '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
    '二、春节：2月6日（农历正月初一）至14日（农历正月初九）放假调休，共9天。2月20日（周六）上班。',
    '三、国庆节：10月1日至7日放假调休，共7天。9月26日（周日）、10月9日（周六）上班。',
  ];
  if (badLine) lines[2] = badLine;
  return lines.join('\n');
}

test('Today warns of a year without holiday data; Settings takes its notice, the warning goes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const year = firstUnknownYear();
  // The page's clock stands in mid-December of the year before: the cars below end on 5 and 6
  // January (their 30-day calls are due), so the cases reach into the year without data
  // whatever the real date is.
  await page.clock.install({ time: new Date(`${year - 1}-12-10T10:00:00+08:00`) });
  const dir = mkdtempSync(join(tmpdir(), 'holidays-e2e-'));
  const list = join(dir, '人保续保清单.xlsx');
  const policies = makePolicies(2, { seed: 9 }).map((p, i) => ({
    ...p,
    startDate: `${year - 1}-01-0${6 + i}`,
    endDate: `${year}-01-0${5 + i}`,
  }));
  writeFileSync(list, listWorkbook(policies));

  await importList(page, list);
  await expect(page.getByTestId('result-summary')).toContainText('新增');
  await openToday(page);
  const warning = page.getByTestId('calendar-warning');
  await expect(warning).toHaveCount(1, { timeout: 30_000 });
  await expect(warning).toContainText(`${year} 年的法定节假日还没有数据`);
  await expect(warning).toContainText('设置 → 节假日');

  // The banner's button leads to Settings, where the year is marked as missing.
  await warning.getByRole('button').click();
  const status = page.getByTestId(`holiday-year-${year}`);
  await expect(status).toContainText('未收录');

  // A paste with a date that cannot be read is refused whole, naming the line.
  const box = page.getByTestId('holiday-notice');
  const bad = '二、春节：2月30日至3月2日放假调休，共9天。';
  await box.fill(notice(year, bad));
  await page.getByTestId('holiday-notice-read').click();
  const error = page.getByTestId('holiday-notice-error');
  await expect(error).toContainText('第 3 行');
  await expect(error).toContainText(bad);
  await expect(error).toContainText('没有保存任何日期');
  await expect(status).toContainText('未收录');

  // The notice as published: read, stored, and the year counts as entered.
  await box.fill(notice(year));
  await expect(error).toHaveCount(0);
  await page.getByTestId('holiday-notice-read').click();
  await expect(page.getByText(`已读取 ${year} 年：19 天放假，3 天调休上班`)).toBeVisible();
  await expect(status).toContainText('已按你补充的日期计算');
  await expect(box).toHaveValue('');

  // The plan is recomputed with the entered days: Today no longer warns.
  await openToday(page);
  await expect(page.getByTestId('today-row').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('calendar-warning')).toHaveCount(0, { timeout: 30_000 });
});
