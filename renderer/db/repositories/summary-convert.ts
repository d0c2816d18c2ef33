// The v8 migration's second half (migrations/v8.ts): summary rows still carrying their personal
// fields in the clear move them into sealed snapshot chunks, once someone holding every data key
// has signed in (run by encryptClearRecords after the customer rows). Batch by batch, as the
// customer rows are sealed: read a page, seal its personal parts as one new chunk outside any
// transaction, then one write transaction puts the chunk and strips the rows still unchanged
// since the read. A batch lands whole or not at all; a row's own clear fields are its marker, so
// an app closed halfway starts again and skips what is done.
import type { DataKeys } from '../../../shared/crypto/keys';
import { seal } from '../../../shared/crypto/records';
import {
  isClearSummary,
  withoutPersonal,
  type ChunkEntry,
  type StoredSummary,
} from '../../../shared/domain/search/stored-summary';
import type { ClientSummary, Id } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { CHUNKS_TABLE } from './summary-snapshot';
import { nowIso } from './write-context';

const samePersonal = (a: StoredSummary, b: StoredSummary) =>
  a.name === b.name &&
  a.pinyinFull === b.pinyinFull &&
  a.idNumber === b.idNumber &&
  JSON.stringify(a.phones) === JSON.stringify(b.phones);

/** Summary rows still in the clear (a full read: there is no index on them, on purpose). */
export async function clearSummaryCount(db: AppDb): Promise<number> {
  return db.clientSummaries.filter(isClearSummary).count();
}

export interface SummaryConvertOptions {
  batchSize?: number;
  /** Stop after this many written batches (tests: the app closed halfway). */
  stopAfterBatches?: number;
  signal?: AbortSignal;
  onBatch?: (rows: number) => void;
}

/** Moves every clear summary's personal part into sealed chunks. Returns the rows moved. */
export async function sealClearSummaries(
  db: AppDb,
  keys: DataKeys,
  options: SummaryConvertOptions = {},
): Promise<{ moved: number; complete: boolean }> {
  if (!keys.sensitive) throw new Error('sealing ID numbers needs the sensitive key');
  const size = options.batchSize ?? 1000;
  let moved = 0;
  let batches = 0;
  for (let after: Id | null = null; ;) {
    const page: StoredSummary[] = await (
      after === null
        ? db.clientSummaries.toCollection()
        : db.clientSummaries.where(':id').above(after)
    )
      .limit(size)
      .toArray();
    if (!page.length) break;
    const clear = page.filter(isClearSummary);
    if (clear.length) {
      const written = await convertBatch(db, keys, clear);
      if (written === null) continue; // another writer took the chunk id: read the page again
      moved += written;
      batches++;
      options.onBatch?.(written);
    }
    after = page[page.length - 1]?.id ?? null;
    if (
      options.signal?.aborted ||
      (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches)
    )
      return { moved, complete: (await clearSummaryCount(db)) === 0 };
  }
  return { moved, complete: (await clearSummaryCount(db)) === 0 };
}

/** One batch as one new chunk; null when the chunk id was taken meanwhile. */
async function convertBatch(
  db: AppDb,
  keys: DataKeys,
  clear: (StoredSummary & ClientSummary)[],
): Promise<number | null> {
  const last = await db.summaryChunks.toCollection().last();
  const id = (last?.id ?? 0) + 1;
  const entries: Record<Id, ChunkEntry> = {};
  const idNumbers: Record<Id, string> = {};
  for (const r of clear) {
    entries[r.id] = [r.name, r.pinyinInitials, r.pinyinFull, r.phones];
    if (r.idNumber) idNumbers[r.id] = r.idNumber;
  }
  const [sealed, sealedIds] = await Promise.all([
    seal(keys, 'pii', CHUNKS_TABLE, String(id), entries),
    seal(keys, 'sensitive', CHUNKS_TABLE, String(id), idNumbers),
  ]);
  return db.transaction('rw', db.clientSummaries, db.summaryChunks, async () => {
    if (await db.summaryChunks.get(id)) return null;
    const now = await db.clientSummaries.bulkGet(clear.map((r) => r.id));
    const still = clear.filter((r, i) => {
      const cur = now[i];
      return !!cur && isClearSummary(cur) && samePersonal(cur, r);
    });
    // A row changed since the read is left for the next run; the chunk holds its old entry
    // until a rebuild, so it is marked pending when any was left out.
    await db.summaryChunks.put({
      id,
      size: clear.length,
      rev: 1,
      pending: still.length === clear.length ? 0 : 1,
      sealed,
      sealedIds,
      updatedAt: nowIso(),
    });
    const byId = new Map(now.flatMap((r) => (r ? [[r.id, r] as const] : [])));
    await db.clientSummaries.bulkPut(
      still.map((r) => withoutPersonal(byId.get(r.id) as ClientSummary, id)),
    );
    return still.length;
  });
}
