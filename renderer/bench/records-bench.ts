// The page scripts/bench/records.ts drives in real Chromium. Seeds through the repositories and
// through raw Dexie, times search over the in-memory index, and (on a fresh load with
// ?mode=first) times the first list rows straight from the repository.
import { generateSampleAgency, type SampleAgency } from '../../shared/domain/sample/generate';
import type { ClientSummary } from '../../shared/domain/types';
import { deleteDb, openBenchDb, rawBulkPut } from '../db/bench/raw-seed';
import { DB_NAME, type AppDb } from '../db/app-db';
import { bulkInsertRecords } from '../db/repositories/bulk-writer';
import { listClientPage } from '../db/repositories/client-queries';
import { loadAllSummaries } from '../db/repositories/summary-snapshot-read';
import { createClientSearchService } from '../services/search/search-service';
import { chainEvents } from '../../shared/domain/identity/audit-chain';
import { DEFAULT_KDF } from '../../shared/crypto/keys';
import { setupOwnerWithKeys, signInWithPassword } from '../services/keys/keyring-service';
import { recordEvent, VERIFY_CHUNK, verifyAuditChain } from '../db/repositories/audit-repository';
import { auditEvent } from '../db/repositories/write-context';
import { authHandlers } from '../services/auth/auth-worker-handlers';

declare global {
  interface Window {
    __bench: typeof api & typeof privacyApi;
    __firstRows?: Promise<{ firstRowsMs: number; heapMb: number | null; indexMs: number }>;
  }
}

let agency: SampleAgency | null = null;

/** The owner the app page signs in as, hashed at the production cost (no weak bench KDF). */
async function setupOwnerOn(db: AppDb, name: string, password: string): Promise<void> {
  const passwordHash = await authHandlers().hashSecret({ secret: password });
  // With the agency's keys, as owner setup makes them (else the first sign-in would stop at
  // the recovery sheet).
  await setupOwnerWithKeys(
    db,
    { name, password, passwordHash },
    { worker: authHandlers(), kdf: DEFAULT_KDF },
  );
}
const heapMb = () => {
  const mem = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return mem ? mem.usedJSHeapSize / 1048576 : null;
};

const api = {
  async generate(clients: number) {
    const t = performance.now();
    agency = generateSampleAgency({ clients, seed: 2025, today: '2025-06-01' });
    return {
      ms: performance.now() - t,
      vehicles: agency.vehicles.length,
      policies: agency.policies.length,
    };
  },
  async seedRaw() {
    if (!agency) throw new Error('generate first');
    await deleteDb('bench-raw');
    const db = openBenchDb('bench-raw');
    await db.open();
    const t = performance.now();
    await rawBulkPut(db, agency);
    const ms = performance.now() - t;
    db.close();
    await deleteDb('bench-raw');
    return ms;
  },
  /**
   * The owner first, as in the app: their keys, held in this page, seal the customers seeded
   * after (issue 11), so the seed ratio includes the encryption and the app page's first
   * sign-in finds nothing left to seal. Owner setup itself is not timed.
   */
  async seedRepo(owner: { name: string; password: string }) {
    if (!agency) throw new Error('generate first');
    await deleteDb(DB_NAME);
    const db = openBenchDb(DB_NAME);
    await db.open();
    await setupOwnerOn(db, owner.name, owner.password);
    const t = performance.now();
    await bulkInsertRecords(db, agency, 'bench');
    const ms = performance.now() - t;
    db.close();
    return ms;
  },
  /**
   * The audit trail's two costs: appending one event in its own transaction (the price every
   * write pays on top of its own work), and walking a chain of `events` events as "verify
   * chain" and the start-up check do. The chain is stamped in memory with the same function
   * writeAudit uses, stored, then verified from the database.
   */
  async auditCosts(events: number, appends: number) {
    await deleteDb('bench-audit');
    const db = openBenchDb('bench-audit');
    await db.open();
    const t0 = performance.now();
    for (let i = 0; i < appends; i++) await recordEvent(db, 'bench', 'bench-append', 'client');
    const appendMs = (performance.now() - t0) / appends;
    await db.auditEvents.clear();
    const unchained = Array.from({ length: events }, (_, i) =>
      auditEvent('bench', i % 3 ? 'update' : 'create', 'client', `c${i}`, null),
    );
    const chained = chainEvents(null, unchained);
    for (let i = 0; i < chained.length; i += 20_000) {
      await db.auditEvents.bulkAdd(chained.slice(i, i + 20_000));
    }
    // The floor under "verify chain": reading the trail alone, in the same chunks, no hashing.
    const t1 = performance.now();
    for (let after = 0, read = VERIFY_CHUNK; read === VERIFY_CHUNK;) {
      const chunk = await db.auditEvents.where('seq').above(after).limit(VERIFY_CHUNK).toArray();
      read = chunk.length;
      after = chunk[chunk.length - 1]?.seq ?? after;
    }
    const readMs = performance.now() - t1;
    const t2 = performance.now();
    const verdict = await verifyAuditChain(db);
    const verifyMs = performance.now() - t2;
    db.close();
    await deleteDb('bench-audit');
    return { appendMs, readMs, verifyMs, ok: verdict.ok, count: verdict.count };
  },
  async searchLatency(perKind: number) {
    const db = openBenchDb(DB_NAME);
    const service = createClientSearchService(db);
    const t = performance.now();
    await service.ready;
    const loadMs = performance.now() - t;
    const all = service.search('').items;
    const rnd = mulberry(99);
    const pick = () => all[Math.floor(rnd() * all.length)] as ClientSummary;
    const kinds: Record<string, (s: ClientSummary) => string> = {
      name: (s) => s.name,
      pinyinInitials: (s) => s.pinyinInitials,
      pinyinFull: (s) => s.pinyinFull,
      phone4: (s) => (s.phones[0] ?? '').slice(-4),
      plateSpaced: (s) => `${(s.plates[0] ?? '').slice(0, 2)} ${(s.plates[0] ?? '').slice(2)}`,
      plateNoProvince: (s) => (s.plates[0] ?? '').slice(1).toLowerCase(),
      vinTail: (s) => (s.vins[0] ?? '').slice(-6),
      policyNo: (s) => (s.policyNos[0] ?? '').slice(6, 16),
      idNumber: (s) => s.idNumber ?? '',
    };
    const out: Record<string, { p50: number; p95: number; hits: number }> = {};
    for (const [kind, make] of Object.entries(kinds)) {
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < perKind; i++) {
        const q = make(pick());
        const t0 = performance.now();
        const r = service.search(q);
        times.push(performance.now() - t0);
        hits += r.items.length;
      }
      times.sort((a, b) => a - b);
      out[kind] = { p50: pct(times, 0.5), p95: pct(times, 0.95), hits: Math.round(hits / perKind) };
    }
    service.dispose();
    db.close();
    return { loadMs, count: all.length, kinds: out, heapMb: heapMb() };
  },
};

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function mulberry(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** First rows the way the list gets them: the repository's first page, rendered. */
async function firstRows() {
  const db = openBenchDb(DB_NAME);
  const rows = await listClientPage(db, {}, { limit: 50 });
  const host = document.getElementById('rows') as HTMLElement;
  for (const r of rows) {
    const div = document.createElement('div');
    div.dataset.testid = 'client-row';
    div.textContent = `${r.name} ${r.plates.join(' ')} ${r.nextExpiry}`;
    host.append(div);
  }
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const firstRowsMs = performance.now();
  const service = createClientSearchService(db);
  const t = performance.now();
  await service.ready;
  return { firstRowsMs, heapMb: heapMb(), indexMs: performance.now() - t };
}

/** Known personal values, and where they are stored in the clear (the plaintext-hits figure). */
const privacyApi = {
  /** `n` customers' names, phones and ID numbers, spread over the generated agency. */
  known(n: number) {
    if (!agency) throw new Error('generate first');
    const step = Math.max(1, Math.floor(agency.clients.length / n));
    const picked = agency.clients.filter((_, i) => i % step === 0).slice(0, n);
    return {
      names: picked.map((c) => c.name),
      phones: picked.flatMap((c) => c.phones),
      ids: picked.flatMap((c) => (c.idNumber ? [c.idNumber] : [])),
    };
  },
  /**
   * Per table, how many of the known values a stored row holds in the clear (JSON of each row:
   * names matched on runs of Chinese characters, phones and IDs on runs of digits). Tells which
   * table the raw-file hits come from.
   */
  async leaksByTable(known: { names: string[]; phones: string[]; ids: string[] }) {
    const names = new Set(known.names);
    const numbers = new Set([...known.phones, ...known.ids]);
    const db = openBenchDb(DB_NAME);
    await db.open();
    const out: Record<string, number> = {};
    for (const table of db.tables) {
      const found = new Set<string>();
      await table.each((row: unknown) => {
        const text = JSON.stringify(row);
        for (const m of text.matchAll(/[\u3400-\u9fff]{2,}/g)) {
          const run = m[0];
          for (let len = 2; len <= 4; len++)
            for (let i = 0; i + len <= run.length; i++) {
              const w = run.slice(i, i + len);
              if (names.has(w)) found.add(w);
            }
        }
        for (const m of text.matchAll(/[0-9X]{11,}/g)) {
          const run = m[0];
          for (const len of [11, 18])
            for (let i = 0; i + len <= run.length; i++) {
              const w = run.slice(i, i + len);
              if (numbers.has(w)) found.add(w);
            }
        }
      });
      if (found.size) out[table.name] = found.size;
    }
    db.close();
    return out;
  },
  /**
   * Unlock to search ready: the owner's keys opened from their wrap (Argon2id at the production
   * cost, timed apart: a PIN unlock within a session skips it), then the search index built
   * from the sealed snapshot, on a freshly loaded page.
   */
  async unlock(owner: { name: string; password: string }) {
    const db = openBenchDb(DB_NAME);
    await db.open();
    const staff = (await db.staff.toArray()).find((s) => s.name === owner.name);
    if (!staff) throw new Error('no owner');
    const t0 = performance.now();
    const signedIn = await signInWithPassword(
      db,
      { id: staff.id, role: 'owner' },
      owner.password,
      async () => false,
      { worker: authHandlers(), kdf: DEFAULT_KDF },
    );
    if (!signedIn.ok) throw new Error('owner keys did not open');
    const keysMs = performance.now() - t0;
    const t1 = performance.now();
    const service = createClientSearchService(db);
    await service.ready;
    const unlockMs = performance.now() - t1;
    // Of which: reading every summary row and chunk and opening the chunks (measured again
    // alone, warm), the rest being the index's own build.
    const t2 = performance.now();
    await loadAllSummaries(db);
    const snapshotMs = performance.now() - t2;
    const all = service.search('').items;
    const named = all.filter((s) => s.name).length;
    const probe = all[Math.floor(all.length / 2)];
    const found = probe ? service.search(probe.name).items.some((s) => s.id === probe.id) : false;
    service.dispose();
    db.close();
    return { keysMs, unlockMs, snapshotMs, count: all.length, named, found };
  },
};

window.__bench = { ...api, ...privacyApi };
if (new URLSearchParams(location.search).get('mode') === 'first') window.__firstRows = firstRows();
