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
import type { Client, ClientSummary, Id } from '../../../shared/domain/types';
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
}

// Clear personal parts this context just wrote, per chunk, so the rebuild after the commit need
// not read and open their customer rows again (a 100k import or seed). A chunk's entries are
// trusted only while its `rev` is the one this context's own last write gave it: any other
// write to the chunk (another window, a worker) or a rolled-back transaction makes them
// unusable, and the rebuild opens the customer rows instead. Dropped with the keys.
interface CachedChunk {
  rev: number;
  entries: Map<Id, SummaryPersonal>;
}
const clearCache = new Map<string, Map<number, CachedChunk>>();
onRecordKeysDropped(() => clearCache.clear());

function cacheFor(db: AppDb): Map<number, CachedChunk> {
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

/**
 * Inside a write transaction: the chunks' members changed (a rebuild is due). `known`: the
 * clear personal parts written, per chunk, kept for the rebuild (when this context has keys).
 */
async function markPending(
  db: AppDb,
  ids: Iterable<number>,
  touched: Map<number, SummaryChunk>,
  known: Map<number, Map<Id, SummaryPersonal>> = new Map(),
): Promise<void> {
  const want = [...new Set(ids)].filter((id) => !touched.has(id));
  const rows = want.length ? await db.summaryChunks.bulkGet(want) : [];
  for (const row of rows) if (row) touched.set(row.id, { ...row });
  if (!touched.size) return;
  const at = nowIso();
  const next = [...touched.values()].map((c) => ({
    ...c,
    pending: 1 as const,
    rev: c.rev + 1,
    updatedAt: at,
  }));
  await db.summaryChunks.bulkPut(next);
  // The clear copies count only once the write has committed (a rollback leaves none).
  afterCommit(() => {
    const cache = cacheFor(db);
    for (const c of next) {
      // Entries from before are good only if nobody else wrote the chunk since this context did.
      const mine = cache.get(c.id);
      const base = mine && mine.rev === c.rev - 1 ? mine.entries : new Map<Id, SummaryPersonal>();
      for (const [id, p] of known.get(c.id) ?? []) base.set(id, p);
      cache.set(c.id, { rev: c.rev, entries: base });
    }
    scheduleSnapshotFlush(db);
  });
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
  const rows: StoredSummary[] = new Array(writes.length);
  const pending = new Set<number>();
  const fresh: number[] = [];
  const known = new Map<number, Map<Id, SummaryPersonal>>();
  const keep = (chunk: number, w: SummaryWrite) => {
    if (!w.known || !sealing) return;
    let m = known.get(chunk);
    if (!m) known.set(chunk, (m = new Map()));
    m.set(w.summary.id, personalOf(w.summary));
  };
  writes.forEach((w, i) => {
    const prev = before[i];
    if (prev?.chunk !== undefined) {
      rows[i] = withoutPersonal(w.summary, prev.chunk);
      if (w.known) {
        pending.add(prev.chunk);
        keep(prev.chunk, w);
      }
    } else if (sealing) {
      fresh.push(i);
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
      const w = writes[i] as SummaryWrite;
      rows[i] = withoutPersonal(w.summary, chunks[k] as number);
      keep(chunks[k] as number, w);
    });
  }
  await db.clientSummaries.bulkPut(rows);
  if (pending.size || touched.size) await markPending(db, pending, touched, known);
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

const running = new Map<string, Promise<void>>();

function outermost(): Transaction | null {
  let tx = Dexie.currentTransaction;
  while (tx?.parent) tx = tx.parent;
  return tx ?? null;
}

/** Runs `fn` once the running transaction commits (never if it rolls back). */
function afterCommit(fn: () => void): void {
  const tx = outermost();
  if (tx) tx.on('complete', fn);
  else fn();
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
        // This context's clear copies, if the chunk is still as its own last write left it.
        const mine = cache.get(id);
        const known = mine && mine.rev === chunk.rev ? mine.entries : null;
        const toOpen = known ? members.filter((m) => !known.has(m)) : members;
        return { chunk, members, known, toOpen, rows: await db.clients.bulkGet(toOpen) };
      },
    );
    if (!read || (read.chunk.pending === 2 && !keys.sensitive)) return false;
    const opened = new Map<Id, SummaryPersonal>();
    await Promise.all(
      read.rows.map(async (row) => {
        if (row) opened.set(row.id, personalOfClient(await openClient(row, keys)));
      }),
    );
    const entries: Record<Id, ChunkEntry> = {};
    const idNumbers: Record<Id, string> = {};
    for (const member of read.members) {
      const p = read.known?.get(member) ?? opened.get(member);
      if (!p) continue;
      entries[member] = [p.name, p.pinyinInitials, p.pinyinFull, p.phones];
      if (p.idNumber) idNumbers[member] = p.idNumber;
    }
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
      cache.delete(id);
      return true;
    }
  }
  return false;
}
