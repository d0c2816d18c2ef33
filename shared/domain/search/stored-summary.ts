// How a customer summary is stored from schema v8 (issue 11, PRIVACY.md "Records"): the row
// keeps what the list, its filters and the lock-time code read (plates, VINs, policy numbers,
// insurers, staff, dates), and the personal part (name, pinyin, phones, ID number) lives in an
// encrypted snapshot chunk shared by about a thousand customers. A row written while the agency
// had no keys (or not yet converted) still carries its personal fields in the clear.
import type { Sealed } from '../../crypto/records';
import type { ClientSummary, Id } from '../types';

export type SummaryPersonalField = 'name' | 'pinyinInitials' | 'pinyinFull' | 'phones' | 'idNumber';

export type SummaryPersonal = Pick<ClientSummary, SummaryPersonalField>;

/** A clientSummaries row as stored. `chunk` set: the personal part is in that snapshot chunk. */
export type StoredSummary = Omit<ClientSummary, SummaryPersonalField> &
  Partial<SummaryPersonal> & { chunk?: number };

/** Whether a stored row still carries its personal fields (no snapshot chunk yet). */
export const isClearSummary = (row: StoredSummary): row is StoredSummary & SummaryPersonal =>
  row.chunk === undefined && row.name !== undefined;

/** What a chunk's `sealed` holds per customer (K_pii): name, initials, full pinyin, phones. */
export type ChunkEntry = [name: string, initials: string, full: string, phones: string[]];

/**
 * One chunk of the summary snapshot. `sealed`: `{ [clientId]: ChunkEntry }` under K_pii;
 * `sealedIds`: `{ [clientId]: idNumber }` under K_sensitive (only roles holding it open it);
 * both with `summaryChunks:<id>:<keyVersion>` as associated data. `pending`: 0 sealed and
 * current; 1 members changed since (rebuilt from the customer rows by the next context holding
 * keys); 2 the personal part is current but the ID numbers wait for an owner or a manager.
 */
export interface SummaryChunk {
  id: number;
  /** Members allotted (new customers fill the last chunk up to SNAPSHOT_CHUNK_SIZE). */
  size: number;
  /** Bumped by every write: a rebuild lands only on the version it read. */
  rev: number;
  pending: 0 | 1 | 2;
  sealed: Sealed | null;
  sealedIds: Sealed | null;
  updatedAt: string;
}

export const SNAPSHOT_CHUNK_SIZE = 1000;

/** The full summary from a stored row and its personal part. */
export function joinSummary(
  row: StoredSummary,
  personal: SummaryPersonal | undefined,
): ClientSummary {
  const { chunk: _chunk, ...rest } = row;
  return {
    ...rest,
    name: personal?.name ?? row.name ?? '',
    pinyinInitials: personal?.pinyinInitials ?? row.pinyinInitials ?? '',
    pinyinFull: personal?.pinyinFull ?? row.pinyinFull ?? '',
    phones: personal?.phones ?? row.phones ?? [],
    idNumber: personal?.idNumber ?? row.idNumber ?? null,
  };
}

/** The stored row without its personal fields. */
export function withoutPersonal(summary: ClientSummary, chunk: number): StoredSummary {
  const {
    name: _n,
    pinyinInitials: _i,
    pinyinFull: _f,
    phones: _p,
    idNumber: _id,
    ...rest
  } = summary;
  return { ...rest, chunk };
}

export type PersonalById = Map<Id, SummaryPersonal>;
