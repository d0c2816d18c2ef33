// The v7 migration's second half (migrations/v7.ts): seals the customer rows still in the clear
// and the clear customer copies import undo keeps, once someone holding every data key has
// signed in; then v8's (summary-convert.ts): the clear summaries into sealed snapshot chunks. Sealing needs WebCrypto, which cannot be awaited inside a Dexie transaction, so it
// runs in batches: read a page (one read transaction), seal it outside, then write it in one
// write transaction that puts only rows still unchanged since the read. A batch lands whole or
// not at all; each row's `sealed` field is its own marker, so an app closed halfway starts again
// from the first page and skips the rows already sealed (nothing is sealed twice, nothing lost).
import type { DataKeys } from '../../../shared/crypto/keys';
import type { Client, Id, ImportUndoEntry, StoredClient } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { CREATED_PREFIX } from './import-commit';
import { clearClientCount, isClearRow, sealClient } from './client-crypto';
import { sealClearSummaries } from './summary-convert';
import { flushSnapshot } from './summary-snapshot';
import { auditEvent, writeAudit, type Actor } from './write-context';

export interface EncryptProgress {
  done: number;
  total: number;
}

export interface EncryptOptions {
  /** Rows per batch (one write transaction each). */
  batchSize?: number;
  onProgress?: (p: EncryptProgress) => void;
  /** Stop after this many written batches (tests: the app closed halfway). */
  stopAfterBatches?: number;
  /** Called between sealing a batch and writing it (tests: another window writes then). */
  beforeWrite?: () => Promise<void>;
  /** Stops between batches (the desk locked): what is written stays, the rest waits. */
  signal?: AbortSignal;
}

export interface EncryptResult {
  /** Customer rows and undo copies sealed by this run. */
  sealed: number;
  /** Nothing in the clear is left. */
  complete: boolean;
}

/** An undo copy of a customer still in the clear (not a list of created ids, not sealed). */
function isClearUndo(e: ImportUndoEntry): boolean {
  if (e.table !== 'clients' || e.recordId.startsWith(CREATED_PREFIX)) return false;
  const before = e.before as StoredClient | null;
  return !!before && isClearRow(before);
}

async function clearUndoCount(db: AppDb): Promise<number> {
  let n = 0;
  await db.importUndo.each((e) => {
    if (isClearUndo(e)) n++;
  });
  return n;
}

/** Customer rows and undo copies still in the clear: the migration's work left. */
export async function clearRecordsLeft(db: AppDb): Promise<number> {
  const [rows, copies] = await Promise.all([clearClientCount(db), clearUndoCount(db)]);
  return rows + copies;
}

/**
 * Seals every clear customer row, then every clear undo copy, batch by batch. Needs the full
 * keys (the sensitive one seals ID numbers). Safe to run again at any point.
 */
export async function encryptClearRecords(
  db: AppDb,
  keys: DataKeys,
  actor: Actor,
  options: EncryptOptions = {},
): Promise<EncryptResult> {
  if (!keys.sensitive) throw new Error('sealing ID numbers needs the sensitive key');
  const size = options.batchSize ?? 500;
  const total = await clearRecordsLeft(db);
  let done = 0;
  let batches = 0;
  const stopHere = () =>
    options.signal?.aborted === true ||
    (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches);
  options.onProgress?.({ done, total });

  // Customer rows, in primary-key order (skipped whole when the index says none is clear).
  const clientsLeft = (await clearClientCount(db)) > 0;
  for (let after: Id | null = null; clientsLeft;) {
    const page: StoredClient[] = await (
      after === null ? db.clients.toCollection() : db.clients.where(':id').above(after)
    )
      .limit(size)
      .toArray();
    if (!page.length) break;
    after = page[page.length - 1]?.id ?? null;
    const clear = page.filter(isClearRow);
    if (!clear.length) continue;
    const sealed = await Promise.all(
      clear.map((row) => sealClient(keys, row as unknown as Client)),
    );
    await options.beforeWrite?.();
    const written = await db.transaction('rw', db.clients, async () => {
      const now = await db.clients.bulkGet(clear.map((r) => r.id));
      // A row changed since the read is left for the next run (it may be sealed already).
      const still = sealed.filter((_, i) => {
        const cur = now[i];
        return !!cur && isClearRow(cur) && cur.updatedAt === clear[i]?.updatedAt;
      });
      await db.clients.bulkPut(still);
      return still.length;
    });
    done += written;
    batches++;
    options.onProgress?.({ done, total });
    if (stopHere()) return { sealed: done, complete: false };
  }

  // Undo copies: sealed with the customer's own id, so an undo puts back a row that opens.
  for (let after: Id | null = null; ;) {
    const page: ImportUndoEntry[] = await (
      after === null ? db.importUndo.toCollection() : db.importUndo.where(':id').above(after)
    )
      .limit(size)
      .toArray();
    if (!page.length) break;
    after = page[page.length - 1]?.id ?? null;
    const clear = page.filter(isClearUndo);
    if (!clear.length) continue;
    const sealed = await Promise.all(
      clear.map(async (e) => ({
        ...e,
        before: await sealClient(keys, e.before as Client),
      })),
    );
    const written = await db.transaction('rw', db.importUndo, async () => {
      const now = await db.importUndo.bulkGet(clear.map((e) => e.id));
      const still = sealed.filter((_, i) => {
        const cur = now[i];
        return !!cur && isClearUndo(cur);
      });
      await db.importUndo.bulkPut(still);
      return still.length;
    });
    done += written;
    batches++;
    options.onProgress?.({ done, total });
    if (stopHere()) return { sealed: done, complete: false };
  }

  // Summaries (v8): their personal parts into sealed snapshot chunks, then any chunk left
  // pending by a locked or closed writer is sealed again.
  const summaries = await sealClearSummaries(db, keys, {
    signal: options.signal,
    stopAfterBatches:
      options.stopAfterBatches === undefined ? undefined : options.stopAfterBatches - batches,
    onBatch: () => batches++,
  });
  if (!summaries.complete) return { sealed: done, complete: false };
  await flushSnapshot(db, keys);

  const complete = (await clearRecordsLeft(db)) === 0;
  if (done > 0) {
    await db.transaction('rw', db.auditEvents, () =>
      writeAudit(db, auditEvent(actor, 'encrypt-records', 'client', null, `${done}`)),
    );
  }
  return { sealed: done, complete };
}
