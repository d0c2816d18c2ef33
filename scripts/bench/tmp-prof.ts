import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { AppDb } from '../../renderer/db/app-db';
import { listTaskViews } from '../../renderer/db/repositories/plan-queries';
import { sendStep } from '../../renderer/db/repositories/email-batch-repository';
import { getSettings } from '../../renderer/db/repositories/settings-repository';
import { previewTierBatch } from '../../renderer/services/contact/email-batch';
import { seedForBench } from './send-batch';

const db = new AppDb(`prof-${process.pid}`, { indexedDB, IDBKeyRange });
await seedForBench(db, 1000);
let t = performance.now();
const v = await listTaskViews(db, { today: '2026-06-05', now: '2026-06-05T02:00:00.000Z', dueOnly: true });
console.log('views', (performance.now() - t).toFixed(0), v.length);
t = performance.now();
const p = await previewTierBatch(db, { today: '2026-06-05', now: '2026-06-05T02:00:00.000Z', tier: null });
console.log('preview', (performance.now() - t).toFixed(0), p.send.length);
const settings = await getSettings(db);
t = performance.now();
let prev = null as null | { taskId: string; key: string; outcome: { ok: true } };
for (const item of p.send.slice(0, 200)) {
  await sendStep(db, { settle: prev, claim: item }, 's1', '2026-06-05T02:00:00.000Z', settings);
  prev = { taskId: item.taskId, key: item.key, outcome: { ok: true } };
}
console.log('step avg', ((performance.now() - t) / 200).toFixed(1));
