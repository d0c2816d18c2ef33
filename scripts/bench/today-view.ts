// The Today view render for bench:plan, in real Chromium: builds the renderer plus the plan
// bench page (renderer/bench/plan.html), serves them, seeds about 2k due tasks through the
// repositories and the plan service, then times the real app page from navigation start to the
// first task rows on screen (median of three cold loads).
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveFolder } from './static-server';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';

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
  /** listTodayTasks alone, no React (median of three). */
  queryMs: number;
}

export async function measureTodayView(): Promise<TodayViewFigures> {
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      rollupOptions: {
        input: { main: resolve('renderer/index.html'), plan: resolve('renderer/bench/plan.html') },
      },
    },
  });
  const { server, url } = await serveFolder(OUT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(`${url}/bench/plan.html`);
    await page.waitForFunction(() => !!window.__planBench);
    const seed = await page.evaluate((n) => window.__planBench.seed(n), OPEN_CASES);
    const queryMs = await page.evaluate(() => window.__planBench.todayQuery());
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      // From a blank page each time: a second goto to the same URL with a hash would only
      // change the hash in the running page, not load it.
      await page.goto('about:blank');
      await page.goto(`${url}/index.html#/today`);
      const t = await page.waitForFunction(
        () => (document.querySelector('[data-testid="today-row"]') ? performance.now() : 0),
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      loads.push((await t.jsonValue()) as number);
      // Let the start-up plan run finish before the next cold load.
      await page.waitForTimeout(3000);
    }
    const sorted = [...loads].sort((a, b) => a - b);
    return {
      ms: sorted[1] as number,
      loads,
      due: seed.due,
      tasks: seed.tasks,
      seedMs: seed.ms,
      queryMs,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
