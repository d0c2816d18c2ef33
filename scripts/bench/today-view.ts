// The Today view render for bench:plan, in real Chromium: builds the renderer plus the plan
// bench page (renderer/bench/plan.html), serves them, seeds about 2k due tasks through the
// repositories and the plan service, then times the real app page from navigation start to the
// first task rows on screen (median of three cold loads), with the longest main-thread task
// until then and in the two seconds after (a Chromium trace; the start-up plan run falls in
// the latter).
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBench } from './bench-build';
import { serveFolder } from './static-server';
import { longestTaskBetween, traceMainThread } from './trace-long-tasks';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { signInOnPage } from './bench-sign-in';

const OUT = resolve('.bench/plan');
/** Open cases that give about 2,000 tasks due today with the bench agency's spread. */
const OPEN_CASES = Number(process.env.BENCH_TODAY_CASES ?? 2020);

export interface TodayViewFigures {
  /** Median of three loads, navigation start to the first [data-testid=today-row]. */
  ms: number;
  loads: number[];
  due: number;
  tasks: number;
  seedMs: number;
  /** The view's own queries, no React (median of three): the due-id order + first page. */
  queryMs: number;
  /** listTodayTasks alone (every due task as a full view, what the view waited for before). */
  fullQueryMs: number;
  /** Longest main-thread task per load: until the first rows, and in the 2 s after. */
  longestUntilRows: (number | null)[];
  longestAfterRows: (number | null)[];
}

export async function measureTodayView(): Promise<TodayViewFigures> {
  await buildBench(OUT, 'plan', true);
  const { server, url } = await serveFolder(OUT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(`${url}/bench/plan.html`);
    await page.waitForFunction(() => !!window.__planBench);
    const seed = await page.evaluate((n) => window.__planBench.seed(n), OPEN_CASES);
    const query = await page.evaluate(() => window.__planBench.todayQuery());
    if (process.env.BENCH_PROBE) console.log(await page.evaluate(() => window.__planBench.probe()));
    // Marks for the trace: the document's start, the first rows, two seconds later.
    await page.addInitScript(() => console.timeStamp('today-start'));
    const loads: number[] = [];
    const shells: number[] = [];
    const longestUntilRows: (number | null)[] = [];
    const longestAfterRows: (number | null)[] = [];
    for (let i = 0; i < 3; i++) {
      // From a blank page each time: a second goto to the same URL with a hash would only
      // change the hash in the running page, not load it.
      await page.goto('about:blank');
      const { result, events } = await traceMainThread(browser, page, async () => {
        await page.goto(`${url}/index.html#/today`);
        // A cold load opens on sign-in: rows = navigation start to the sign-in form + the
        // press of 登录 to the first row (the typing in between is the person's time).
        const { formAt, pressedAt } = await signInOnPage(page);
        const t = await page.waitForFunction(
          () => {
            const w = window as { todayShellAt?: number };
            if (!w.todayShellAt && document.querySelector('[data-testid="today-page"]')) {
              w.todayShellAt = performance.now();
            }
            if (!document.querySelector('[data-testid="today-row"]')) return 0;
            console.timeStamp('today-rows');
            return performance.now();
          },
          undefined,
          { polling: 'raf', timeout: 60_000 },
        );
        const rowsAt = (await t.jsonValue()) as number;
        await page.waitForTimeout(2000);
        await page.evaluate(() => console.timeStamp('today-after'));
        const shell = await page.evaluate(() => (window as { todayShellAt?: number }).todayShellAt);
        return {
          rows: formAt + (rowsAt - pressedAt),
          shell: shell === undefined ? NaN : formAt + (shell - pressedAt),
        };
      });
      loads.push(result.rows);
      shells.push(result.shell);
      longestUntilRows.push(longestTaskBetween(events, 'today-start', 'today-rows'));
      longestAfterRows.push(longestTaskBetween(events, 'today-rows', 'today-after'));
      // Let the start-up plan run finish before the next cold load (a page left mid-write
      // makes the next open wait for IndexedDB to roll it back).
      await page.waitForTimeout(10_000);
    }
    const sorted = [...loads].sort((a, b) => a - b);
    const ms = (xs: (number | null)[]) => xs.map((x) => (x === null ? 'n/a' : x.toFixed(0)));
    // bench:plan prints the headline; the parts are printed here.
    console.log(
      `today view parts: page shell (header, no rows yet) on screen at ${shells.map((x) => x.toFixed(0)).join(', ')} ms; order of ${seed.due} due ids ${query.orderMs.toFixed(0)} ms + first page of 40 views ${query.pageMs.toFixed(0)} ms (listTodayTasks, a view for every due task: ${query.fullMs.toFixed(0)} ms); longest main-thread task until first rows ${ms(longestUntilRows).join(', ')} ms, in the 2 s after (start-up plan run included) ${ms(longestAfterRows).join(', ')} ms`,
    );
    return {
      ms: sorted[1] as number,
      loads,
      due: seed.due,
      tasks: seed.tasks,
      seedMs: seed.ms,
      queryMs: query.orderMs + query.pageMs,
      fullQueryMs: query.fullMs,
      longestUntilRows,
      longestAfterRows,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
