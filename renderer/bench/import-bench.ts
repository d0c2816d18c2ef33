// Bench page for `npm run bench:import`: imports a file through the app's own worker client
// and repositories, re-imports it, then measures the raw floor (SheetJS read of the same file
// + Dexie bulkPut of the same final records). Long tasks and heap are sampled on this thread
// during the app import only (the floor runs SheetJS on the main thread on purpose).
import * as XLSX from 'xlsx';
import { AppDb } from '../db/app-db';
import { commitImport } from '../db/repositories/import-commit';
import { previewImport } from '../db/repositories/import-repository';
import { startImport } from '../services/excel/import-worker-client';

interface Timing {
  total: number;
  parse: number;
  preview: number;
  commit: number;
  counts: unknown;
}

let observing = false;
let longest = 0;
let heapPeak = 0;
new PerformanceObserver((list) => {
  if (!observing) return;
  for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
}).observe({ type: 'longtask', buffered: false });
const heapNow = (): number =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
  0;
setInterval(() => {
  if (observing) heapPeak = Math.max(heapPeak, heapNow());
}, 50);

async function importOnce(
  db: AppDb,
  bytes: Uint8Array,
  name: string,
  insurer: string,
): Promise<Timing> {
  const t0 = performance.now();
  const outcome = await startImport(bytes, name, { insurer }).promise;
  if (!outcome.ok) throw new Error(outcome.error.message);
  const t1 = performance.now();
  const meta = { fileName: name, sheet: outcome.sheet, contentHash: outcome.contentHash };
  const preview = await previewImport(db, outcome.rows, meta);
  const t2 = performance.now();
  const result = await commitImport(db, preview, { actor: 'bench' });
  const t3 = performance.now();
  return {
    total: t3 - t0,
    parse: t1 - t0,
    preview: t2 - t1,
    commit: t3 - t2,
    counts: result.counts,
  };
}

async function run(url: string, name: string, insurer: string) {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const db = new AppDb(`bench-import-${Date.now()}`);
  await db.open();
  longest = 0;
  heapPeak = heapNow();
  observing = true;
  const first = await importOnce(db, bytes, name, insurer);
  const again = await importOnce(db, bytes, name, insurer);
  observing = false;

  const [clients, vehicles, policies] = await Promise.all([
    db.clients.toArray(),
    db.vehicles.toArray(),
    db.policies.toArray(),
  ]);
  const floorDb = new AppDb(`bench-floor-${Date.now()}`);
  await floorDb.open();
  const r0 = performance.now();
  if (/\.csv$/i.test(name)) {
    XLSX.read(new TextDecoder('gb18030').decode(bytes), { type: 'string', dense: true, raw: true });
  } else {
    XLSX.read(bytes, { type: 'array', dense: true });
  }
  const r1 = performance.now();
  await floorDb.transaction(
    'rw',
    [floorDb.clients, floorDb.vehicles, floorDb.policies],
    async () => {
      await floorDb.clients.bulkPut(clients);
      await floorDb.vehicles.bulkPut(vehicles);
      await floorDb.policies.bulkPut(policies);
    },
  );
  const r2 = performance.now();
  db.close();
  floorDb.close();
  await Promise.all([AppDb.delete(db.name), AppDb.delete(floorDb.name)]);
  return {
    first,
    again,
    floorRead: r1 - r0,
    floorPut: r2 - r1,
    records: { clients: clients.length, vehicles: vehicles.length, policies: policies.length },
    longestTask: longest,
    heapPeakMb: heapPeak / 1048576,
  };
}

(window as unknown as { __importBench: { run: typeof run } }).__importBench = { run };
document.getElementById('status')!.textContent = 'ready';
