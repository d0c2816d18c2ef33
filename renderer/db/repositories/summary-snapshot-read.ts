// The encrypted summary snapshot, read side: full summaries (with name, pinyin, phones and,
// for a role holding the sensitive key, the ID number) for the search index and the lists.
// Chunks are opened after the read transaction has ended; a chunk that is pending (members
// changed since it was sealed) or does not open (moved, altered, an old key) is not trusted:
// its members are read from their own customer rows, and the chunk is queued for a rebuild.
import type { DataKeys } from '../../../shared/crypto/keys';
import { open } from '../../../shared/crypto/records';
import {
  isClearSummary,
  joinSummary,
  type ChunkEntry,
  type PersonalById,
  type StoredSummary,
  type SummaryChunk,
} from '../../../shared/domain/search/stored-summary';
import type { ClientSummary, Id } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { recordKeys } from '../record-keys';
import { openClient } from './client-crypto';
import { CHUNKS_TABLE, personalOfClient, scheduleSnapshotFlush } from './summary-snapshot';

/** Opens one chunk's personal part (and its ID numbers when `keys` may). Throws SealError. */
export async function openChunk(keys: DataKeys, chunk: SummaryChunk): Promise<PersonalById> {
  const out: PersonalById = new Map();
  if (!chunk.sealed) return out;
  const key = String(chunk.id);
  const [entries, ids] = await Promise.all([
    open<Record<Id, ChunkEntry>>(keys, CHUNKS_TABLE, key, chunk.sealed),
    keys.sensitive && chunk.sealedIds
      ? open<Record<Id, string>>(keys, CHUNKS_TABLE, key, chunk.sealedIds)
      : Promise.resolve({} as Record<Id, string>),
  ]);
  for (const [id, [name, pinyinInitials, pinyinFull, phones]] of Object.entries(entries)) {
    out.set(id, { name, pinyinInitials, pinyinFull, phones, idNumber: ids[id] ?? null });
  }
  return out;
}

/** Whether a chunk can be read as it is by these keys. */
function trusted(keys: DataKeys, chunk: SummaryChunk): boolean {
  return chunk.pending === 0 || (chunk.pending === 2 && !keys.sensitive);
}

/** The personal parts of these customers from their own rows (opened one by one). */
async function fromClientRows(
  db: AppDb,
  ids: readonly Id[],
  keys: DataKeys | null,
): Promise<PersonalById> {
  const out: PersonalById = new Map();
  if (!ids.length) return out;
  const rows = await db.clients.bulkGet([...ids]);
  await Promise.all(
    rows.map(async (row) => {
      if (!row || (row.sealed && !keys)) return;
      out.set(row.id, personalOfClient(await openClient(row, keys)));
    }),
  );
  return out;
}

/** Full summaries for stored rows: clear rows as they are, the others from their customer rows. */
export async function withPersonal(
  db: AppDb,
  rows: readonly StoredSummary[],
  keys: DataKeys | null = recordKeys(),
): Promise<ClientSummary[]> {
  const sealedIds = rows.filter((r) => !isClearSummary(r)).map((r) => r.id);
  const personal = await fromClientRows(db, sealedIds, keys);
  return rows.map((r) => joinSummary(r, personal.get(r.id)));
}

/** Full summaries of these customers (undefined where there is none). */
export async function fullSummaries(
  db: AppDb,
  ids: readonly Id[],
  keys: DataKeys | null = recordKeys(),
): Promise<(ClientSummary | undefined)[]> {
  const rows = await db.clientSummaries.bulkGet([...ids]);
  const present = rows.filter((r): r is StoredSummary => !!r);
  const full = new Map((await withPersonal(db, present, keys)).map((s) => [s.id, s]));
  return ids.map((id) => full.get(id));
}

export interface SnapshotLoad {
  summaries: ClientSummary[];
  /** Chunks that were not trusted (pending, or did not open): their members read one by one. */
  untrusted: number[];
  /** Chunks that did not open at all (moved, altered): queued for a rebuild. */
  failed: number[];
}

/**
 * Every summary with its personal part: the chunks opened in parallel (about a hundred at
 * 100k customers), the members of untrusted chunks from their own rows. Without keys the
 * sealed rows come back without names (nothing personal can be read).
 */
export async function loadAllSummaries(
  db: AppDb,
  keys: DataKeys | null = recordKeys(),
): Promise<SnapshotLoad> {
  const [chunks, rows] = await db.transaction('r', db.summaryChunks, db.clientSummaries, () =>
    Promise.all([db.summaryChunks.toArray(), db.clientSummaries.toArray()]),
  );
  const personal: PersonalById = new Map();
  const untrusted = new Set<number>();
  const failed: number[] = [];
  if (keys) {
    await Promise.all(
      chunks.map(async (chunk) => {
        if (!trusted(keys, chunk)) {
          untrusted.add(chunk.id);
          return;
        }
        try {
          for (const [id, p] of await openChunk(keys, chunk)) personal.set(id, p);
        } catch (error) {
          console.warn(`summary chunk ${chunk.id} does not open`, error);
          untrusted.add(chunk.id);
          failed.push(chunk.id);
        }
      }),
    );
  }
  // Members of untrusted chunks, and rows a locked desk wrote with neither a chunk nor names.
  const oneByOne = rows
    .filter(
      (r) =>
        !isClearSummary(r) &&
        (r.chunk === undefined || untrusted.has(r.chunk) || !personal.has(r.id)),
    )
    .map((r) => r.id);
  // Without keys no sealed row opens: none is read.
  if (keys) for (const [id, p] of await fromClientRows(db, oneByOne, keys)) personal.set(id, p);
  if (failed.length) await markForRebuild(db, failed);
  else if (untrusted.size && keys) void scheduleSnapshotFlush(db);
  return {
    summaries: rows.map((r) => joinSummary(r, isClearSummary(r) ? undefined : personal.get(r.id))),
    untrusted: [...untrusted],
    failed,
  };
}

/** A chunk that does not open is sealed again from its members' rows. */
async function markForRebuild(db: AppDb, ids: number[]): Promise<void> {
  await db.transaction('rw', db.summaryChunks, async () => {
    const rows = await db.summaryChunks.bulkGet(ids);
    await db.summaryChunks.bulkPut(
      rows.flatMap((c) => (c ? [{ ...c, pending: 1 as const, rev: c.rev + 1 }] : [])),
    );
  });
  void scheduleSnapshotFlush(db);
}
