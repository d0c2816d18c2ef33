// Keeps the clientSummaries table in step with clients, vehicles, policies and staff. Callers
// run it inside their own write transaction (import commit, client edits), so a summary never
// disagrees with the records it was built from.
import type {
  Client,
  Id,
  Policy,
  Staff,
  StoredClient,
  Vehicle,
} from '../../../shared/domain/types';
import { buildClientSummary } from '../../../shared/domain/search/summary';
import { isClearSummary, type StoredSummary } from '../../../shared/domain/search/stored-summary';
import { groupBy } from '../../../shared/domain/collections';
import type { AppDb } from '../app-db';
import { publishAfterCommit } from '../change-feed';
import { isClearRow } from './client-crypto';
import {
  deleteSummaries,
  snapshotTables,
  storeSummaries,
  type SummaryWrite,
} from './summary-snapshot';

/**
 * Tables refreshClientSummaries reads and writes: include all of them in the scope of the
 * transaction you call it from, e.g. `db.transaction('rw', [...summaryTables(db), db.auditEvents], ...)`.
 */
export function summaryTables(db: AppDb) {
  return [db.clients, db.vehicles, db.policies, db.staff, ...snapshotTables(db)] as const;
}

/** Ids per anyOf() query: keeps each IndexedDB key range walk a reasonable size. */
const CHUNK = 2000;

/** Customers in the clear, by id: what the caller just wrote (a sealed row cannot open here). */
export type ClearClients = ReadonlyMap<Id, Client>;

/**
 * The customer a summary is built from, inside a transaction where a sealed row cannot open:
 * the caller's clear copy when it wrote the customer, else a clear row as stored, else the
 * personal fields of a clear summary row already there. Otherwise (a sealed customer whose car
 * or policy changed) the personal fields are placeholders and `known` is false: the summary's
 * chunk keeps them. A role without the sensitive key passes an ID number of null: a clear
 * summary keeps its own, a chunk is rebuilt from the sealed row.
 */
function clearClient(
  row: StoredClient,
  given: Client | undefined,
  summary: StoredSummary | undefined,
): { client: Client; known: boolean } {
  if (!given && isClearRow(row)) return { client: row as unknown as Client, known: true };
  const clear = summary && isClearSummary(summary) ? summary : undefined;
  if (!given && !clear)
    return { client: { ...row, name: '', phones: [], idNumber: null }, known: false };
  const base: Client = given ?? {
    ...row,
    name: clear?.name ?? '',
    phones: clear?.phones ?? [],
    idNumber: clear?.idNumber ?? null,
  };
  const keepId = given && !given.idNumber && row.sealedId;
  return { client: keepId ? { ...base, idNumber: clear?.idNumber ?? null } : base, known: true };
}
async function refreshChunk(
  db: AppDb,
  ids: Id[],
  staffById: Map<Id, Staff>,
  given: ClearClients,
): Promise<void> {
  const clients = await db.clients.bulkGet(ids);
  const summaries = await db.clientSummaries.bulkGet(ids);
  const vehicles = await db.vehicles.where('ownerId').anyOf(ids).toArray();
  const vehicleIds = vehicles.map((v) => v.id);
  const [insured, onVehicles] = await Promise.all([
    db.policies.where('insuredId').anyOf(ids).toArray(),
    vehicleIds.length ? db.policies.where('vehicleId').anyOf(vehicleIds).toArray() : [],
  ]);
  const vehiclesByOwner = groupBy(vehicles, (v) => v.ownerId);
  const ownerByVehicle = new Map(vehicles.map((v) => [v.id, v.ownerId]));
  const policiesByClient = new Map<Id, Policy[]>();
  const add = (clientId: Id | undefined, p: Policy) => {
    if (!clientId) return;
    const list = policiesByClient.get(clientId);
    if (list) list.push(p);
    else policiesByClient.set(clientId, [p]);
  };
  for (const p of insured) add(p.insuredId, p);
  for (const p of onVehicles) add(ownerByVehicle.get(p.vehicleId), p);

  const missing: Id[] = [];
  const writes: SummaryWrite[] = [];
  const prevs: (StoredSummary | undefined)[] = [];
  for (let i = 0; i < ids.length; i++) {
    const row: StoredClient | undefined = clients[i];
    const id = ids[i] as Id;
    if (!row) {
      missing.push(id);
      continue;
    }
    const { client, known } = clearClient(row, given.get(id), summaries[i]);
    const own: Vehicle[] = vehiclesByOwner.get(id) ?? [];
    const summary = buildClientSummary(client, own, policiesByClient.get(id) ?? [], staffById);
    writes.push({ summary, known });
    prevs.push(summaries[i]);
  }
  await storeSummaries(db, writes, prevs);
  await deleteSummaries(db, missing);
}

/**
 * Recomputes the summary row of each client (a client that no longer exists loses its row).
 * When a vehicle changes owner, pass both the old and the new owner.
 * Joins the caller's transaction when one is active and covers summaryTables(db). `given`:
 * the customers the caller wrote, in the clear (see clearClient).
 */
export async function refreshClientSummaries(
  db: AppDb,
  clientIds: Iterable<string>,
  given: ClearClients = new Map(),
): Promise<void> {
  const ids = [...new Set(clientIds)];
  if (ids.length === 0) return;
  await db.transaction('rw', summaryTables(db), async () => {
    const staff = await db.staff.toArray();
    const staffById = new Map(staff.map((s) => [s.id, s]));
    for (let i = 0; i < ids.length; i += CHUNK) {
      await refreshChunk(db, ids.slice(i, i + CHUNK), staffById, given);
    }
    publishAfterCommit({ kind: 'ids', ids });
  });
}
