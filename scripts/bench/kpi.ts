// npm run bench:kpi — the owner's figures and a manager's Today at agency scale, in real
// Chromium (Debian's). Builds the app plus the kpi bench page, seeds 100k policies with two
// years of closed cases and their facts and a season in reach (about 30k due tasks), then:
// - dashboard: cold loads of the app at #/dashboard as the owner, navigation start to the
//   sign-in form + the 登录 press to the first figures on screen (median of three; the first
//   load, which builds the frozen months' roll-ups, is printed apart);
// - recompute: the figures worker's answer after a write in an open month (median of three);
// - manager today: cold loads of #/today as the owner (everyone's tasks), to the first rows;
// - longest task: the longest main-thread task (Chromium trace) from navigation start to two
//   seconds after the first figures or rows, over all those loads.
// BENCH_KPI_POLICIES=20000 runs a smaller book (a smoke run); the last line keeps its form.
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildBench } from './bench-build';
import { serveFolder } from './static-server';
import { longestTaskBetween, traceMainThread } from './trace-long-tasks';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { signInOnPage } from './bench-sign-in';

const POLICIES = Number(process.env.BENCH_KPI_POLICIES ?? 100_000);
const OUT = resolve('.bench/kpi');
const fmt = (n: number) => n.toFixed(0);

interface Load {
  ms: number;
  longest: number | null;
}

/** One cold load of `hash`, signed in as the owner, until `selector` shows. */
async function coldLoad(
  browser: Browser,
  page: Page,
  url: string,
  hash: string,
  selector: string,
): Promise<Load> {
  await page.goto('about:blank');
  const { result, events } = await traceMainThread(browser, page, async () => {
    await page.goto(`${url}/index.html#/${hash}`);
    const { formAt, pressedAt } = await signInOnPage(page);
    const shown = await page.waitForFunction(
      (sel) => {
        if (!document.querySelector(sel)) return 0;
        console.timeStamp('kpi-shown');
        return performance.now();
      },
      selector,
      { polling: 'raf', timeout: 300_000 },
    );
    const at = (await shown.jsonValue()) as number;
    await page.waitForTimeout(2000);
    await page.evaluate(() => console.timeStamp('kpi-after'));
    return formAt + (at - pressedAt);
  });
  const longest = longestTaskBetween(events, 'kpi-start', 'kpi-after');
  // Let the load's background work (plan run, search index) end before the next cold load.
  await page.waitForTimeout(8000);
  return { ms: result, longest };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main() {
  await buildBench(OUT, 'kpi', true);
  const { server, url } = await serveFolder(OUT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.setDefaultTimeout(900_000);
    await page.goto(`${url}/bench/kpi.html`);
    await page.waitForFunction(() => !!window.__kpiBench);
    const seed = await page.evaluate((n) => window.__kpiBench.seed(n), POLICIES);
    console.log(
      `seeded ${seed.policies} policies, ${seed.cases} cases (${seed.casesCreated} made by the plan), ${seed.facts} facts, ${seed.tasks} tasks, ${seed.due} due today, in ${fmt(seed.ms)} ms`,
    );
    const before = await page.evaluate(() => window.__kpiBench.todayInWindow());
    const figures = await page.evaluate(() => window.__kpiBench.figures());
    console.log(
      `figures worker: first call (builds the roll-ups) ${fmt(figures.firstBuild)} ms, next ${fmt(figures.warm)} ms; after a write in an open month ${figures.recomputes.map(fmt).join(', ')} ms; a refresh's five calls ${fmt(figures.refresh)} ms (${Object.entries(
        figures.calls,
      )
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')})`,
    );
    console.log(
      `on the page's thread, the dashboard as a scan of every record (before) ${fmt(figures.scan)} ms vs roll-ups + open months ${fmt(figures.rolled)} ms; the Today order for everyone in the window (before) ${fmt(before.ms)} ms, in its worker ${fmt(before.workerMs)} ms, its first 40 rows through the stored sort key (v9) ${fmt(before.firstPageMs)} ms`,
    );
    await page.addInitScript(() => console.timeStamp('kpi-start'));
    const dashboards: Load[] = [];
    const todays: Load[] = [];
    for (let i = 0; i < 3; i++) {
      dashboards.push(await coldLoad(browser, page, url, 'dashboard', '[data-testid="tile-rate"]'));
    }
    for (let i = 0; i < 3; i++) {
      todays.push(await coldLoad(browser, page, url, 'today', '[data-testid="today-row"]'));
    }
    const ms = (xs: Load[]) => xs.map((x) => fmt(x.ms)).join(', ');
    const long = (xs: Load[]) =>
      xs.map((x) => (x.longest === null ? 'n/a' : fmt(x.longest))).join(', ');
    console.log(`dashboard cold loads ${ms(dashboards)} ms; longest tasks ${long(dashboards)} ms`);
    console.log(`manager today cold loads ${ms(todays)} ms; longest tasks ${long(todays)} ms`);
    const longest = Math.max(...[...dashboards, ...todays].map((x) => x.longest ?? 0));
    const size = POLICIES >= 1000 ? `${Math.round(POLICIES / 1000)}k` : String(POLICIES);
    console.log(
      `kpi ${size}: dashboard ${fmt(median(dashboards.map((x) => x.ms)))} ms, recompute ${fmt(figures.recompute)} ms, manager today ${fmt(median(todays.map((x) => x.ms)))} ms, longest task ${fmt(longest)} ms`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
