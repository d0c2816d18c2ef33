// The page scripts/bench/backup.ts drives in real Chromium: an agency seeded as the app would
// hold it (an owner with the agency's keys, so customers are stored encrypted; customers, cars
// and policies through the bulk writer with their summaries, cases and tasks from the plan
// service, an audit trail), then a backup and a restore through the same code the window runs
// (renderer/services/backup/backup-file.ts), timed here.
import { generateBackupKeys } from '../../shared/backup';
import { chinaDate } from '../../shared/domain/china-date';
import { benchAgency } from '../../scripts/bench/plan-data';
import { DB_NAME, type AppDb } from '../db/app-db';
import { deleteDb, openBenchDb } from '../db/bench/raw-seed';
import { bulkInsertRecords } from '../db/repositories/bulk-writer';
import { auditEvent, writeAudit } from '../db/repositories/write-context';
import {
  restoreBackupFile,
  writeBackupFile,
  type BackupPhase,
} from '../services/backup/backup-file';
import { authHandlers } from '../services/auth/auth-worker-handlers';
import { setupOwnerWithKeys } from '../services/keys/keyring-service';
import { recomputePlan } from '../services/plan/recompute-plan';

declare global {
  interface Window {
    __backupBench: typeof api;
  }
}

const RESTORED = `${DB_NAME}-bench-restored`;
let file: Uint8Array | null = null;

/** When each phase was first reported, from `start`: where the time goes. */
function phaseClock(start: number) {
  const seen: Partial<Record<BackupPhase, number>> = {};
  return {
    onProgress: (phase: BackupPhase) => {
      seen[phase] ??= performance.now() - start;
    },
    phases: () =>
      Object.entries(seen)
        .map(([p, ms]) => `${p} from ${ms.toFixed(0)} ms`)
        .join(', '),
  };
}
let identity = '';

async function counts(db: AppDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of db.tables) out[table.name] = await table.count();
  return out;
}

const api = {
  /** `clients` customers with one car and two policies each, their cases, tasks and audit. */
  async seed(clients: number) {
    const now = new Date().toISOString();
    const today = chinaDate(new Date(now));
    await deleteDb(DB_NAME);
    await deleteDb(RESTORED);
    const db = openBenchDb(DB_NAME);
    await db.open();
    // The agency's keys, as owner setup makes them: customers are stored encrypted, and the
    // backup carries them so (the Argon2id cost is not what this bench measures).
    const weak = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
    const auth = authHandlers({ memoryKiB: 1024, iterations: 1 });
    const password = 'Bench-Owner-Password-1';
    const passwordHash = await auth.hashSecret({ secret: password });
    await setupOwnerWithKeys(
      db,
      { name: 'bench', password, passwordHash },
      { worker: auth, kdf: weak },
    );
    const t = performance.now();
    const agency = benchAgency(today, 2 * clients, Math.floor(clients * 0.3), 10);
    await bulkInsertRecords(db, agency, 'bench');
    await recomputePlan(db, { now, today });
    // An audit trail of half as many events as customers (reveals, exports, sign-ins).
    for (let done = 0; done < clients / 2; done += 10_000) {
      const events = Array.from({ length: Math.min(10_000, clients / 2 - done) }, (_, i) =>
        auditEvent('bench', 'reveal', 'client', `c${done + i}`, 'phone', now),
      );
      await db.transaction('rw', db.auditEvents, () => writeAudit(db, events));
    }
    const seedMs = performance.now() - t;
    const tables = await counts(db);
    db.close();
    return { seedMs, tables };
  },

  async backup() {
    const keys = await generateBackupKeys();
    identity = keys.identity;
    const db = openBenchDb(DB_NAME);
    await db.open();
    const t = performance.now();
    const clock = phaseClock(t);
    const written = await writeBackupFile(db, {
      recipient: keys.recipient,
      appVersion: 'bench',
      onProgress: clock.onProgress,
    });
    const ms = performance.now() - t;
    db.close();
    file = written.bytes;
    return {
      ms,
      bytes: written.bytes.length,
      exportBytes: written.manifest.exportBytes,
      phases: clock.phases(),
    };
  },

  async restore() {
    if (!file) throw new Error('backup first');
    const t = performance.now();
    const clock = phaseClock(t);
    const restored = await restoreBackupFile(file, identity, {
      name: RESTORED,
      appVersion: 'bench',
      onProgress: clock.onProgress,
    });
    const ms = performance.now() - t;
    const same = JSON.stringify(await counts(restored.db)) === JSON.stringify(restored.tables);
    const chainOk = restored.audit.chainOk;
    restored.db.close();
    await deleteDb(RESTORED);
    return { ms, same, chainOk, tables: restored.tables, phases: clock.phases() };
  },
};

window.__backupBench = api;
document.getElementById('status')!.textContent = 'ready';
