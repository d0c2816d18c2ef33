// In English, no screen shows Chinese except the customers' own data (names, plates, insurers,
// the lists' column names, the filled scripts they hear, marked lang="zh-CN") and the
// language switch's "中文".
// Every main screen is walked; any Han character or full-width punctuation in visible text,
// a placeholder, an aria-label or a title that is not part of that data fails the test.
import { expect, test, type Page } from '@playwright/test';
import { LIST_HEADERS } from '../fixtures/generate-lists';
import { expectOutcomesOnOneRow } from './desk-helpers';
import { loadSample, mainScreens, setLanguage, writeCsvWithoutInsurer } from './screens';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;
// Language names are written in their own language on purpose.
const ALLOWED = ['中文', '简体中文'];

/** Every string with Chinese in the customers' data: records, summaries, staff, script texts. */
async function dataStrings(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const stores = ['clients', 'vehicles', 'policies', 'clientSummaries', 'staff', 'importBatches'];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('renewal-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
    const out: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        if (/[\u3400-\u9fff]/.test(v)) out.push(v);
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    for (const store of stores) walk(await all(store));
    // A script's text is what the customer hears or reads; its title is UI.
    for (const s of (await all('scripts')) as { body: string }[]) walk(s.body);
    db.close();
    return out;
  });
}

/** Visible text, placeholders, aria-labels and titles that contain Chinese or full-width marks. */
async function chineseOnScreen(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    const re = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
    const found: { text: string; where: string }[] = [];
    const where = (el: Element) =>
      el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.className.toString();
    const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent ?? '';
      // A part marked Chinese on purpose (a filled script: what the customer hears) is data.
      const customerText = el?.closest('body [lang="zh-CN"]');
      if (
        el &&
        re.test(text) &&
        visible(el) &&
        !el.closest('[aria-hidden="true"]') &&
        !customerText
      ) {
        found.push({ text, where: where(el) });
      }
    }
    for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (!visible(el)) continue;
      for (const attr of ['placeholder', 'aria-label', 'title']) {
        const text = el.getAttribute(attr);
        if (text && re.test(text)) found.push({ text, where: `${where(el)} @${attr}` });
      }
    }
    return found;
  });
}

test('the English UI shows no Chinese outside customer data', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const csv = writeCsvWithoutInsurer();
  await loadSample(page);
  await setLanguage(page, 'en');
  const fileData = [...LIST_HEADERS, ...csv.policies.flatMap((p) => Object.values(p).map(String))];

  const problems: string[] = [];
  for (const screen of mainScreens(csv.file)) {
    await screen.open(page);
    // The English labels are longer: the outcome buttons still keep one row at 1280 px.
    if (screen.name === 'today') await expectOutcomesOnOneRow(page);
    const data = [...fileData, ...(await dataStrings(page))];
    for (const { text, where } of await chineseOnScreen(page)) {
      const runs = text.match(CJK) ?? [];
      const foreign = runs.filter(
        (run) => !ALLOWED.includes(run) && !data.some((d) => d.includes(run)),
      );
      if (foreign.length) problems.push(`${screen.name} [${where}]: ${text.trim()}`);
    }
  }
  for (const p of problems) console.log(p);
  expect(problems).toEqual([]);
});
