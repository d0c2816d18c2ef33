// npm run bench:import — a realistic 50k-row .xlsx and a 50k-row GBK .csv imported in real
// Chromium through the app's import worker (read, preview and commit all run there) and
// repositories, against the raw floor (SheetJS read of the same file + one Dexie bulkPut of the
// same final clients, vehicles, policies and client summaries), side by side in this run.
// Then hostile files: bombs of about 1 GiB inside, declaring honest, small (4000 B) and zero sizes,
// each read in its own Node process by the import's pipeline (as the CLI reads), beside the 50k
// list read the same way as the baseline.
// Not a test: it asserts nothing.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBench } from './bench-build';
import { serveFolder } from './static-server';
import { longestTaskBetween, traceMainThread } from './trace-long-tasks';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { makePolicies } from '../../tests/fixtures/generate-policy-data';
import { listGbkCsv, listWorkbook } from '../../tests/fixtures/generate-lists';
import { xlsxBomb, type DeclaredSizes } from '../../tests/fixtures/generate-bombs';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const OUT = resolve('.bench/import');

interface Timing {
  total: number;
  parse: number;
  preview: number;
  commit: number;
  counts: Record<string, number>;
}
interface Run {
  first: Timing;
  again: Timing;
  floorRead: number;
  floorPut: number;
  records: Record<string, number>;
  longestTask: number;
  longestObservedTask: number;
  /** From the Chromium trace (RunTask on the main thread during both imports); null if unreadable. */
  longestTracedTask?: number | null;
  heapPeakMb: number;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

interface ChildRead {
  code: string;
  ms: number;
  peakRssMb: number;
}

/** One file read by scripts/bench/bomb-child.ts in a process of its own. */
async function readInChild(path: string): Promise<ChildRead> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', resolve('scripts/bench/bomb-child.ts'), path],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildRead;
}

/** The bombs and the baseline, one process each; returns the bombs line. */
async function benchBombs(): Promise<string> {
  const baseline = await readInChild(join(OUT, 'files/list-50k.xlsx'));
  console.log(
    `baseline list-50k.xlsx read in its own process: ${baseline.code} in ${ms(baseline.ms)}, peak rss ${baseline.peakRssMb.toFixed(0)} MB`,
  );
  const reads: ChildRead[] = [];
  for (const sizes of ['honest', 'small', 'zero'] as DeclaredSizes[]) {
    const bytes = xlsxBomb(sizes);
    const path = join(OUT, `files/bomb-${sizes}.xlsx`);
    await writeFile(path, bytes);
    const read = await readInChild(path);
    reads.push(read);
    console.log(
      `bomb-${sizes}.xlsx (${(bytes.length / 1024 / 1024).toFixed(1)} MB, 1 GiB inside, ${sizes} declared sizes): ${read.code} in ${ms(read.ms)}, peak rss ${read.peakRssMb.toFixed(0)} MB`,
    );
  }
  const slowest = Math.max(...reads.map((r) => r.ms));
  const peak = Math.max(...reads.map((r) => r.peakRssMb));
  return `bombs: ${reads.length} files, slowest ${slowest.toFixed(0)} ms, peak rss ${peak.toFixed(0)} MB (baseline 50k list: ${baseline.ms.toFixed(0)} ms, ${baseline.peakRssMb.toFixed(0)} MB)`;
}

async function main() {
  await buildBench(OUT, 'import');
  await mkdir(join(OUT, 'files'), { recursive: true });
  const t = performance.now();
  const policies = makePolicies(ROWS / 2, { seed: 2026 });
  await writeFile(join(OUT, 'files/list-50k.xlsx'), listWorkbook(policies, { mixTextDates: true }));
  await writeFile(join(OUT, 'files/list-50k.csv'), listGbkCsv(policies));
  console.log(
    `generated ${policies.length} rows as .xlsx and GBK .csv in ${ms(performance.now() - t)}`,
  );

  const { server, url } = await serveFolder(OUT);
  const opts = chromiumLaunchOptions();
  const browser = await chromium.launch({
    ...opts,
    args: [...(opts.args ?? []), '--enable-precise-memory-info'],
  });
  const results: Array<[string, Run]> = [];
  try {
    const probe = await (await browser.newContext()).newPage();
    await probe.goto(`${url}/bench/import.html`);
    await probe.waitForFunction(() => '__importBench' in window);
    const calibration = await traceMainThread(browser, probe, () =>
      probe.evaluate(() =>
        (
          window as unknown as { __importBench: { calibrateLongTasks: () => Promise<number> } }
        ).__importBench.calibrateLongTasks(),
      ),
    );
    const traced = longestTaskBetween(
      calibration.events,
      'bench:calibrate-start',
      'bench:calibrate-end',
    );
    console.log(
      `main-thread check: a deliberate 150 ms block is seen as ${traced === null ? 'n/a' : ms(traced)} in the trace, ${ms(calibration.result)} by the heartbeat`,
    );
    for (const name of ['list-50k.xlsx', 'list-50k.csv']) {
      // A fresh context (a new renderer process) per file: a page reloaded in the same process
      // keeps the previous file's floor garbage (~125k records) in the main thread's heap, and
      // collecting it was charged to this import as a 100+ ms major GC.
      const page = await (await browser.newContext()).newPage();
      page.setDefaultTimeout(600_000);
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(`${url}/bench/import.html`);
      await page.waitForFunction(() => '__importBench' in window);
      const traced = await traceMainThread(browser, page, () =>
        page.evaluate(
          ([u, n]) =>
            (
              window as unknown as {
                __importBench: { run: (u: string, n: string, i: string) => Promise<unknown> };
              }
            ).__importBench.run(u as string, n as string, '人保财险'),
          [`${url}/files/${name}`, name],
        ),
      );
      const run = traced.result as Run;
      await page.context().close();
      run.longestTracedTask = longestTaskBetween(
        traced.events,
        'bench:import-start',
        'bench:import-end',
      );
      results.push([name, run]);
      const f = run.first;
      const floor = run.floorRead + run.floorPut;
      console.log(
        `${name}: import ${ms(f.total)} in the worker (read+normalise ${ms(f.parse)}, preview ${ms(f.preview)}, commit ${ms(f.commit)}), counts ${JSON.stringify(f.counts)}`,
      );
      console.log(
        `  re-import ${ms(run.again.total)} (parse ${ms(run.again.parse)}, preview ${ms(run.again.preview)}, commit ${ms(run.again.commit)}), counts ${JSON.stringify(run.again.counts)}`,
      );
      console.log(
        `  floor: SheetJS read ${ms(run.floorRead)} + one-transaction bulkPut of the final records ${JSON.stringify(run.records)} ${ms(run.floorPut)} = ${ms(floor)} → ratio ${(f.total / floor).toFixed(2)}; reimport ${(run.again.total / f.total).toFixed(2)}; longest main-thread task ${run.longestTracedTask == null ? 'n/a' : ms(run.longestTracedTask)} (trace; heartbeat gap ${ms(run.longestTask)}); main-thread heap peak ${run.heapPeakMb.toFixed(0)} MB`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(await benchBombs());
  // The headline is the worse of the two files on each figure.
  const worst = (f: (r: Run) => number) => Math.max(...results.map(([, r]) => f(r)));
  const ratio = worst((r) => r.first.total / (r.floorRead + r.floorPut));
  const reimport = worst((r) => r.again.total / r.first.total);
  console.log(
    `import 50k: ratio ${ratio.toFixed(2)}, reimport ${reimport.toFixed(2)}, longest task ${worst((r) => r.longestTracedTask ?? r.longestTask).toFixed(0)} ms, heap ${worst((r) => r.heapPeakMb).toFixed(0)} MB`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
