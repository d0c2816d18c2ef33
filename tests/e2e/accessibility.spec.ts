// Every main screen, in Chinese and English, checked with axe (what a screen reader user meets):
// no critical or serious violation. The violations are printed so a failure says what to fix.
// One page per language is shared by its screens: the sample agency is loaded once (again
// only after a failure, when Playwright starts a fresh worker).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadSample, mainScreens, setLanguage, writeCsvWithoutInsurer, type Lang } from './screens';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact}) ${v.help}\n      ${v.nodes
          .slice(0, 8)
          .map((n) => n.target.join(' '))
          .join('\n      ')}`,
    );
}

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test.describe(`axe, ${lang}`, () => {
    test.describe.configure({ timeout: 120_000 });
    let page: Page;

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(120_000);
      // axe needs a page of an explicit context.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      page = await context.newPage();
      await loadSample(page);
      await setLanguage(page, lang);
    });
    test.afterAll(async () => page.context().close());

    for (const screen of mainScreens(writeCsvWithoutInsurer().file)) {
      test(`${screen.name}: no critical or serious violations`, async () => {
        await screen.open(page);
        const found = await seriousViolations(page);
        for (const line of found) console.log(`[${lang}] ${screen.name}: ${line}`);
        expect(found.map((line) => line.split(' ')[0])).toEqual([]);
      });
    }
  });
}
