// The encrypted summary snapshot, write side (issue 11 point 3, PRIVACY.md "Records"; schema
// v8). A summary row keeps no personal value once the agency has keys: name, pinyin, phones and
// ID number go to a chunk of about a thousand customers, sealed as one AES-GCM ciphertext under
// K_pii (and one under K_sensitive for the ID numbers), `summaryChunks:id:keyVersion` as
// associated data. Summaries are written inside the caller's write transaction, where WebCrypto
// cannot be awaited, so a write only marks its chunk `pending` (bumping `rev`); once the
// transaction commits, this context (if it holds keys) rebuilds the pending chunks from their
// members' customer rows, or from the clear copies the writer kept in memory, and writes each
// only if its `rev` is still the one it read. Chunks left pending (a locked writer, a closed
// app) are rebuilt by the next context holding keys; the readers never trust a pending chunk.
import { Dexie, type Transaction } from 'dexie';
import type { DataKeys } from '../../../shared/crypto/keys';
import { seal } from '../../../shared/crypto/records';
import { namePinyin } from '../../../shared/domain/search/pinyin';
import {
  SNAPSHOT_CHUNK_SIZE,
  withoutPersonal,
  type ChunkEntry,
  type StoredSummary,
  type SummaryChunk,
  type SummaryPersonal,
} from '../../../shared/domain/search/stored-summary';
import type { Client, ClientSummary, Id, IsoDateTime } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { onRecordKeysDropped, recordKeys } from '../record-keys';
import { openClient } from './client-crypto';
import { nowIso } from './write-context';

/** The associated data's table name. */
export const CHUNKS_TABLE = 'summaryChunks';

/** A summary to store. `known`: its personal fields are the customer's (else placeholders). */
export interface SummaryWrite {
  summary: ClientSummary;
  known: boolean;
  /** The customer row's `updatedAt` the personal fields belong to (see the clear cache). */
  clientUpdatedAt?: IsoDateTime;
}

// Clear personal parts this context just wrote, so the rebuild after the commit need not open
// their customer rows again (a 100k import). Used only while the customer row still has the
// same `updatedAt` (another context may have written it since); dropped with the keys.
interface Cached {
  personal: SummaryPersonal;
  updatedAt: IsoDateTime | undefined;
}
const clearCache = new Map<string, Map<Id, Cached>>();
onRecordKeysDropped(() => clearCache.clear());

function cacheFor(db: AppDb): Map<Id, Cached> {
  let m = clearCache.get(db.name);
  if (!m) clearCache.set(db.name, (m = new Map()));
  return m;
}

export function personalOf(s: SummaryPersonal): SummaryPersonal {
  return {
    name: s.name,
    pinyinInitials: s.pinyinInitials,
    pinyinFull: s.pinyinFull,
    phones: s.phones,
    idNumber: s.idNumber,
  };
}

/** The personal part of an opened customer. */
export function personalOfClient(c: Pick<Client, 'name' | 'phones' | 'idNumber'>): SummaryPersonal {
  const { initials, full } = namePinyin(c.name);
  return {
    name: c.name,
    pinyinInitials: initials,
    pinyinFull: full,
    phones: [...c.phones],
    idNumber: c.idNumber ?? null,
  };
}

/** Inside a write transaction: allots `n` members to chunks (filling the last one first). */
async function allot(db: AppDb, n: number, touched: Map<number, SummaryChunk>): Promise<number[]> {
  const out: number[] = [];
  let last = await db.summaryChunks.toCollection().last();
  if (last) last = touched.get(last.id) ?? { ...last };
  const at = nowIso();
  while (out.length < n) {
    if (!last || last.size >= SNAPSHOT_CHUNK_SIZE) {
      last = {
        id: (last?.id ?? 0) + 1,
        size: 0,
        rev: 0,
        pending: 1,
        sealed: null,
        sealedIds: null,
        updatedAt: at,
      };
    }
    const take = Math.min(SNAPSHOT_CHUNK_SIZE - last.size, n - out.length);
    for (let k = 0; k < take; k++) out.push(last.id);
    last.size += take;
    touched.set(last.id, last);
  }
  return out;
}

/** Inside a write transaction: the chunks' members changed (a rebuild is due). */
async function markPending(
  db: AppDb,
  ids: Iterable<number>,
  touched: Map<number, SummaryChunk>,
): Promise<void> {
  const want = [...new Set(ids)].filter((id) => !touched.has(id));
  const rows = want.length ? await db.summaryChunks.bulkGet(want) : [];
  for (const row of rows) if (row) touched.set(row.id, { ...row });
  if (!touched.size) return;
  const at = nowIso();
  await db.summaryChunks.bulkPut(
    [...touched.values()].map((c) => ({ ...c, pending: 1, rev: c.rev + 1, updatedAt: at })),
  );
  flushAfterCommit(db);
}

/**
 * Stores summaries inside the caller's write transaction (it must cover clientSummaries and
 * summaryChunks). A row already in a chunk stays there; a new one gets a chunk when this
 * context holds keys, else (an agency without keys) it keeps its personal fields in the clear
 * as before v8. Placeholders (`known: false`) never reach a chunk or a clear row.
 */
export async function storeSummaries(
  db: AppDb,
  writes: readonly SummaryWrite[],
  prevs?: readonly (StoredSummary | undefined)[],
): Promise<void> {
  if (!writes.length) return;
  const before = prevs ?? (await db.clientSummaries.bulkGet(writes.map((w) => w.summary.id)));
  const sealing = recordKeys() !== null;
  const cache = cacheFor(db);
  const rows: StoredSummary[] = new Array(writes.length);
  const pending = new Set<number>();
  const fresh: number[] = [];
  writes.forEach((w, i) => {
    const prev = before[i];
    const cacheIt = () => {
      if (w.known && sealing)
        cache.set(w.summary.id, { personal: personalOf(w.summary), updatedAt: w.clientUpdatedAt });
    };
    if (prev?.chunk !== undefined) {
      rows[i] = withoutPersonal(w.summary, prev.chunk);
      if (w.known) {
        pending.add(prev.chunk);
        cacheIt();
      }
    } else if (sealing) {
      fresh.push(i);
      cacheIt();
    } else if (w.known) {
      rows[i] = w.summary;
    } else {
      // Neither a chunk nor keys: keep the row without the placeholders (a context holding
      // keys gives it a chunk, rebuilt from the customer row).
      const { chunk: _c, ...clearPart } = withoutPersonal(w.summary, 0);
      rows[i] = clearPart;
    }
  });
  const touched = new Map<number, SummaryChunk>();
  if (fresh.length) {
    const chunks = await allot(db, fresh.length, touched);
    fresh.forEach((i, k) => {
      rows[i] = withoutPersonal((writes[i] as SummaryWrite).summary, chunks[k] as number);
    });
  }
  await db.clientSummaries.bulkPut(rows);
  if (pending.size || touched.size) await markPending(db, pending, touched);
}

/** Inside a write transaction: removes summaries (their chunks are rebuilt without them). */
export async function deleteSummaries(db: AppDb, ids: readonly Id[]): Promise<void> {
  if (!ids.length) return;
  const rows = await db.clientSummaries.bulkGet([...ids]);
  const chunks = rows.flatMap((r) => (r?.chunk !== undefined ? [r.chunk] : []));
  await db.clientSummaries.bulkDelete([...ids]);
  if (chunks.length) await markPending(db, chunks, new Map());
}

/** Tables storeSummaries and deleteSummaries write. */
export function snapshotTables(db: AppDb) {
  return [db.clientSummaries, db.summaryChunks] as const;
}

// --- rebuilding pending chunks -------------------------------------------------------------

const scheduled = new WeakSet<Transaction>();
const running = new Map<string, Promise<void>>();

function outermost(): Transaction | null {
  let tx = Dexie.currentTransaction;
  while (tx?.parent) tx = tx.parent;
  return tx ?? null;
}

/** Once the running transaction commits, rebuild the pending chunks here (when holding keys). */
function flushAfterCommit(db: AppDb): void {
  const tx = outermost();
  if (!tx) {
    scheduleSnapshotFlush(db);
    return;
  }
  if (scheduled.has(tx)) return;
  scheduled.add(tx);
  tx.on('complete', () => scheduleSnapshotFlush(db));
}

/** Queues a rebuild of the pending chunks in this context (one at a time per database). */
export function scheduleSnapshotFlush(db: AppDb): Promise<void> {
  if (!recordKeys()) return running.get(db.name) ?? Promise.resolve();
  const prev = running.get(db.name) ?? Promise.resolve();
  const next = prev
    .then(() => flushSnapshot(db))
    .then(
      () => undefined,
      (e: unknown) => console.error('summary snapshot', e),
    );
  running.set(db.name, next);
  void next.then(() => {
    if (running.get(db.name) === next) running.delete(db.name);
  });
  return next;
}

/** Resolves when the rebuilds queued in this context have ended (tests, the bench). */
export function snapshotSettled(db: AppDb): Promise<void> {
  return running.get(db.name) ?? Promise.resolve();
}

/**
 * Rebuilds every pending chunk this context's keys can: all of them with the sensitive key,
 * else only the personal part (the ID numbers wait for an owner or a manager). Returns how many
 * chunks were written.
 */
export async function flushSnapshot(
  db: AppDb,
  keys: DataKeys | null = recordKeys(),
): Promise<number> {
  if (!keys) return 0;
  const ids = keys.sensitive
    ? await db.summaryChunks.where('pending').above(0).primaryKeys()
    : await db.summaryChunks.where('pending').equals(1).primaryKeys();
  let written = 0;
  for (const id of ids) if (await rebuildChunk(db, keys, id)) written++;
  return written;
}

/** Seals one chunk's members again; lands only if nobody wrote the chunk meanwhile. */
export async function rebuildChunk(db: AppDb, keys: DataKeys, id: number): Promise<boolean> {
  const cache = cacheFor(db);
  for (let attempt = 0; attempt < 5; attempt++) {
    const read = await db.transaction(
      'r',
      [db.summaryChunks, db.clientSummaries, db.clients],
      async () => {
        const chunk = await db.summaryChunks.get(id);
        if (!chunk || chunk.pending === 0) return null;
        const members = await db.clientSummaries.where('chunk').equals(id).primaryKeys();
        return { chunk, members, rows: await db.clients.bulkGet(members) };
      },
    );
    if (!read || (read.chunk.pending === 2 && !keys.sensitive)) return false;
    const entries: Record<Id, ChunkEntry> = {};
    const idNumbers: Record<Id, string> = {};
    const used: Id[] = [];
    await Promise.all(
      read.members.map(async (member, i) => {
        const row = read.rows[i];
        if (!row) return;
        const hit = cache.get(member);
        let p: SummaryPersonal;
        if (hit && hit.updatedAt === row.updatedAt) {
          p = hit.personal;
          used.push(member);
        } else {
          p = personalOfClient(await openClient(row, keys));
        }
        entries[member] = [p.name, p.pinyinInitials, p.pinyinFull, p.phones];
        if (p.idNumber) idNumbers[member] = p.idNumber;
      }),
    );
    const key = String(id);
    const sealed = await seal(keys, 'pii', CHUNKS_TABLE, key, entries);
    const sealedIds = keys.sensitive
      ? await seal(keys, 'sensitive', CHUNKS_TABLE, key, idNumbers)
      : read.chunk.sealedIds;
    const landed = await db.transaction('rw', db.summaryChunks, async () => {
      const cur = await db.summaryChunks.get(id);
      if (!cur || cur.rev !== read.chunk.rev) return false;
      await db.summaryChunks.put({
        ...cur,
        sealed,
        sealedIds,
        pending: keys.sensitive ? 0 : 2,
        rev: cur.rev + 1,
        updatedAt: nowIso(),
      });
      return true;
    });
    if (landed) {
      for (const m of used) cache.delete(m);
      return true;
    }
  }
  return false;
}
