// npm run bench:backup — a backup and a restore of an agency at scale in real Chromium (issue
// 11): 100k customers with a car and two policies each, their cases and tasks from the plan
// service, and an audit trail; times `writeBackupFile` (export, checksum, gzip, age) and
// `restoreBackupFile` (decrypt, checks, import into a new database, chain walk). Goals: backup
// ≤ 20 s, restore ≤ 60 s. BENCH_CLIENTS=2000 for a smoke run. Asserts nothing; the last line is
//   backup 100k: backup N ms, restore N ms, size N MB
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { buildBench } from './bench-build';
import { cpuBetween, descendantCpu } from './process-cpu';
import { serveFolder } from './static-server';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const OUT = resolve('.bench/backup');

function label(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

async function main(): Promise<void> {
  await buildBench(OUT, 'backup');
  const { server, url } = await serveFolder(OUT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(1_800_000);
    await page.goto(`${url}/bench/backup.html`);
    await page.waitForFunction(() => !!window.__backupBench);
    const seed = await page.evaluate((n) => window.__backupBench.seed(n), CLIENTS);
    const t = seed.tables;
    console.log(
      `data: ${t.clients} customers, ${t.vehicles} cars, ${t.policies} policies, ${t.cases} cases, ${t.tasks} tasks, ${t.auditEvents} audit events (seeded in ${seed.seedMs.toFixed(0)} ms); machine: ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}`,
    );
    const cpu0 = descendantCpu();
    const backup = await page.evaluate(() => window.__backupBench.backup());
    const cpu1 = descendantCpu();
    const restore = await page.evaluate(() => window.__backupBench.restore());
    const cpu2 = descendantCpu();
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `export ${mb(backup.exportBytes)} MB of JSON, file ${mb(backup.bytes)} MB; restored counts equal: ${restore.same && JSON.stringify(restore.tables) === JSON.stringify(t)}, chain ok: ${restore.chainOk}`,
    );
    console.log(`backup phases: ${backup.phases}; ${cpuBetween(cpu0, cpu1)}`);
    console.log(`restore phases: ${restore.phases}; ${cpuBetween(cpu1, cpu2)}`);
    console.log(`machine load at the end ${loadavg()[0]?.toFixed(2)}`);
    console.log(
      `backup ${label(CLIENTS)}: backup ${backup.ms.toFixed(0)} ms, restore ${restore.ms.toFixed(0)} ms, size ${mb(backup.bytes)} MB`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
