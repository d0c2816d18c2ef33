// npm run bench:records — customer records at 100k in real Chromium. Builds the renderer plus
// the bench page (renderer/bench/), serves them, and prints figures measured side by side in
// this one run: repository seeding vs raw Dexie bulkPut, search latency per query kind, time
// from page load to the first list rows, JS heap. Not a test: it asserts nothing.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildBench } from './bench-build';
import { serveFolder } from './static-server';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { BENCH_OWNER, signInOnPage } from './bench-sign-in';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const OUT = resolve('.bench/records');
const AUDIT_EVENTS = 100_000;

async function buildPages(): Promise<{ app: boolean }> {
  try {
    await buildBench(OUT, 'records', true);
    return { app: true };
  } catch (error) {
    console.log(
      `app build failed (${String(error).split('\n')[0]}); building the bench page alone`,
    );
    await buildBench(OUT, 'records');
    return { app: false };
  }
}

/** Waits until the list counts every customer (search index loaded), then a further 10 s. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="client-count"]')?.textContent?.includes(n),
    String(CLIENTS),
    { timeout: 120_000 },
  );
  await page.waitForTimeout(10_000);
}

const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

async function main() {
  const { app } = await buildPages();
  const { server, url } = await serveFolder(OUT);
  const opts = chromiumLaunchOptions();
  const browser = await chromium.launch({
    ...opts,
    args: [...(opts.args ?? []), '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`${url}/bench/records.html`);
    const gen = await page.evaluate((n) => window.__bench.generate(n), CLIENTS);
    console.log(
      `generated ${CLIENTS} customers, ${gen.vehicles} vehicles, ${gen.policies} policies in ${fmt(gen.ms)} ms`,
    );
    const raw1 = await page.evaluate(() => window.__bench.seedRaw());
    const repo = await page.evaluate((owner) => window.__bench.seedRepo(owner), BENCH_OWNER);
    const raw2 = await page.evaluate(() => window.__bench.seedRaw());
    const raw = (raw1 + raw2) / 2;
    const ratio = repo / raw;
    console.log(`seed raw bulkPut: ${fmt(raw1)} ms, ${fmt(raw2)} ms (mean ${fmt(raw)} ms)`);
    console.log(
      `seed repositories (records sealed under the owner's keys + summaries + audit): ${fmt(repo)} ms → ratio ${ratio.toFixed(2)} (goal <= 1.5 with encryption)`,
    );

    const audit = await page.evaluate(
      ({ events, appends }) => window.__bench.auditCosts(events, appends),
      { events: AUDIT_EVENTS, appends: 500 },
    );
    console.log(
      `audit: append ${fmt(audit.appendMs)} ms per event in its own transaction (500 appends); verify chain ${audit.count} events ${fmt(audit.verifyMs)} ms (${audit.ok ? 'intact' : 'BROKEN'}, goal <= 2000 ms); reading them alone ${fmt(audit.readMs)} ms, the floor under verify on this machine now`,
    );

    const s = await page.evaluate(() => window.__bench.searchLatency(200));
    console.log(`search index loaded ${s.count} summaries in ${fmt(s.loadMs)} ms`);
    let worst = 0;
    for (const [kind, k] of Object.entries(s.kinds)) {
      worst = Math.max(worst, k.p95);
      console.log(
        `search ${kind.padEnd(16)} p50 ${fmt(k.p50)} ms  p95 ${fmt(k.p95)} ms  (avg hits ${k.hits})`,
      );
    }

    // Unlock to search ready, on a freshly loaded page (nothing of the seed left in memory).
    await page.goto(`${url}/bench/records.html`);
    const unlock = await page.evaluate((owner) => window.__bench.unlock(owner), BENCH_OWNER);
    console.log(
      `unlock: owner's keys opened in ${fmt(unlock.keysMs)} ms (Argon2id at the production cost; a PIN unlock skips it), then search ready in ${fmt(unlock.unlockMs)} ms (reading and opening the snapshot alone, warm: ${fmt(unlock.snapshotMs)} ms) over ${unlock.count} customers (${unlock.named} named from the sealed snapshot; a name search ${unlock.found ? 'finds' : 'DOES NOT find'} its customer) (goal <= 1500)`,
    );

    await page.goto(`${url}/bench/records.html?mode=first`);
    const first = await page.evaluate(
      () => window.__firstRows as NonNullable<typeof window.__firstRows>,
    );
    console.log(
      `bench page (repository first page + minimal render): first rows ${fmt(first.firstRowsMs)} ms after navigation start; index ready ${fmt(first.indexMs)} ms later; heap ${first.heapMb?.toFixed(0)} MB`,
    );

    let firstRowsMs = first.firstRowsMs;
    let heap = first.heapMb;
    let signInMs: number | null = null;
    let source = 'bench page (repository query + minimal render; app list not measured)';
    if (app) {
      try {
        // The bench page is still loading its own search index: leave it first so the app
        // page is measured alone, then take the median of three cold loads.
        await page.goto('about:blank');
        const appPage = await (await browser.contexts()[0]!).newPage();
        const loads: number[] = [];
        const signIns: number[] = [];
        for (let i = 0; i < 3; i++) {
          // The customer list, not the first screen (Today since the call loop). A cold load
          // opens on sign-in: first rows = navigation start to the sign-in form + the press of
          // 登录 to the first row (the typing in between is the person's time, not the app's).
          // From a blank page: a goto to the same URL and hash would not load the page again.
          await appPage.goto('about:blank');
          await appPage.goto(`${url}/index.html#/clients`);
          const { formAt, pressedAt } = await signInOnPage(appPage);
          const t = await appPage.waitForFunction(
            () => (document.querySelector('[data-testid="client-row"]') ? performance.now() : 0),
            undefined,
            { polling: 'raf', timeout: 60_000 },
          );
          const rowsAt = (await t.jsonValue()) as number;
          signIns.push(rowsAt - pressedAt);
          loads.push(formAt + (rowsAt - pressedAt));
          // Before the next cold load, let this one's background work end (the plan recompute
          // and search index that sign-in starts): a page left mid-write makes the next open
          // wait for IndexedDB to roll it back, which a real morning start never meets.
          if (i < 2) await settle(appPage);
        }
        signIns.sort((a, b) => a - b);
        signInMs = signIns[1] as number;
        console.log(
          `app page sign-in (Argon2id verify at the production cost) to first rows, three loads: ${signIns.map((l) => fmt(l)).join(', ')} ms (goal <= 1500)`,
        );
        loads.sort((a, b) => a - b);
        firstRowsMs = loads[1] as number;
        console.log(`app page first rows, three loads: ${loads.map((l) => fmt(l)).join(', ')} ms`);
        // Heap once the whole list is loaded: the count shows every customer only when the
        // search index holding all of them is ready.
        await appPage.waitForFunction(
          (n) => document.querySelector('[data-testid="client-count"]')?.textContent?.includes(n),
          String(CLIENTS),
          { timeout: 60_000 },
        );
        heap = await appPage.evaluate(() => {
          const mem = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
          return mem ? mem.usedJSHeapSize / 1048576 : null;
        });
        source =
          'real app page (renderer/index.html#/clients: navigation start to the sign-in form + sign-in press to the first [data-testid=client-row]); heap once the list shows all customers (search index loaded)';
        console.log(
          `app page: first rows ${fmt(firstRowsMs)} ms after navigation start; heap ${heap?.toFixed(0)} MB`,
        );
      } catch (error) {
        if (process.env.BENCH_DEBUG) {
          const pages = (await browser.contexts()[0]!).pages();
          await pages[pages.length - 1]!.screenshot({ path: '/tmp/bench-app.png' });
        }
        console.log(
          `app page showed no client rows (${String(error).split('\n')[0]}); using the bench page figure`,
        );
      }
    }
    console.log(`first rows measured on: ${source}`);
    const leak = await plaintextHits(url);
    console.log(
      `plaintext on disk: seeded ${CLIENTS} customers in a profile on disk (${leak.files} IndexedDB files, ${fmt(leak.mb)} MB), page closed; of 1000 known customers found ${leak.names} names, ${leak.phones} phones, ${leak.ids} ID numbers (raw UTF-8 and UTF-16LE bytes; 2-character names only as whole V8 strings, see below); by table in the stored rows: ${JSON.stringify(leak.byTable)} (goal 0)`,
    );
    // The issue fixes the last line: the old format plus `, unlock N ms` at its end.
    console.log(`plaintext hits ${leak.names + leak.phones + leak.ids}`);
    console.log(
      `records 100k: seed ratio ${ratio.toFixed(2)}, search p95 ${fmt(worst)} ms, first rows ${fmt(firstRowsMs)} ms, heap ${heap === null ? 'n/a' : heap.toFixed(0)} MB, sign-in to first rows ${signInMs === null ? 'n/a' : fmt(signInMs)} ms, verify chain ${audit.count / 1000}k events ${fmt(audit.verifyMs)} ms, unlock ${fmt(unlock.unlockMs)} ms`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Seeds the agency again in a browser profile on disk, closes it, and searches the profile's
 * IndexedDB files (LevelDB tables and logs, blob files) for 1,000 known customers' names,
 * phones and ID numbers. Chromium's IndexedDB stores a string as Latin-1 or UTF-16LE (V8's
 * serialiser), so each value is looked for as UTF-8 and as UTF-16LE bytes. A 2-character name
 * is only 4 bytes in UTF-16LE, which base64 text produces by chance (a byte pair of ASCII
 * letters reads as a Chinese character), so 2-character names are looked for as whole strings:
 * with the length byte V8 writes before the characters. Hits are distinct values found.
 */
async function plaintextHits(url: string) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-records-profile-'));
  try {
    const opts = chromiumLaunchOptions();
    const context = await chromium.launchPersistentContext(dir, opts);
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`${url}/bench/records.html`);
    await page.evaluate((n) => window.__bench.generate(n), CLIENTS);
    await page.evaluate((owner) => window.__bench.seedRepo(owner), BENCH_OWNER);
    const known = await page.evaluate(() => window.__bench.known(1000));
    const byTable = await page.evaluate((k) => window.__bench.leaksByTable(k), known);
    await context.close();

    const needles: { kind: 'names' | 'phones' | 'ids'; value: string; bytes: Buffer }[] = [];
    for (const name of new Set(known.names)) {
      needles.push({ kind: 'names', value: name, bytes: Buffer.from(name, 'utf8') });
      const wide = Buffer.from(name, 'utf16le');
      needles.push({
        kind: 'names',
        value: name,
        bytes: name.length >= 3 ? wide : Buffer.concat([Buffer.from([wide.length]), wide]),
      });
    }
    for (const p of new Set(known.phones)) {
      needles.push({ kind: 'phones', value: p, bytes: Buffer.from(p, 'utf8') });
      needles.push({ kind: 'phones', value: p, bytes: Buffer.from(p, 'utf16le') });
    }
    for (const id of new Set(known.ids)) {
      needles.push({ kind: 'ids', value: id, bytes: Buffer.from(id, 'utf8') });
      needles.push({ kind: 'ids', value: id, bytes: Buffer.from(id, 'utf16le') });
    }
    // Needles by their first 4 bytes: one pass over each file, a map lookup per position.
    const byHead = new Map<number, typeof needles>();
    for (const n of needles) {
      const head = n.bytes.readUInt32LE(0);
      const list = byHead.get(head);
      if (list) list.push(n);
      else byHead.set(head, [n]);
    }
    const found = { names: new Set<string>(), phones: new Set<string>(), ids: new Set<string>() };
    const files = await filesUnder(join(dir, 'Default', 'IndexedDB'));
    let bytes = 0;
    for (const file of files) {
      const buf = await readFile(file);
      bytes += buf.length;
      for (let i = 0; i + 4 <= buf.length; i++) {
        const list = byHead.get(buf.readUInt32LE(i));
        if (!list) continue;
        for (const n of list) {
          if (buf.compare(n.bytes, 0, n.bytes.length, i, i + n.bytes.length) === 0)
            found[n.kind].add(n.value);
        }
      }
    }
    return {
      files: files.length,
      mb: bytes / 1048576,
      names: found.names.size,
      phones: found.phones.size,
      ids: found.ids.size,
      byTable,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, entry);
    if ((await stat(path)).isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
