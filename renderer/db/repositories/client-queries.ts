// Reads for the customer screens: the sorted list page and the detail view.
import type {
  Client,
  ClientSummary,
  Id,
  OwnerHistoryEntry,
  Policy,
  Vehicle,
} from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import type { StoredSummary } from '../../../shared/domain/search/stored-summary';
import { openClient } from './client-crypto';
import { fullSummaries, withPersonal } from './summary-snapshot-read';

export interface ClientListFilter {
  insurer?: string | null;
  /** `YYYY-MM` of the next expiry. */
  expiryMonth?: string | null;
  staffId?: Id | null;
  /** Show soft-deleted customers too (a recycle-bin view); off by default. */
  includeDeleted?: boolean;
}

function predicate(filter: ClientListFilter): (s: StoredSummary) => boolean {
  const { insurer, expiryMonth, staffId, includeDeleted } = filter;
  return (s) =>
    (includeDeleted || !s.deleted) &&
    (!insurer || s.insurers.includes(insurer)) &&
    (!expiryMonth || s.nextExpiryMonth === expiryMonth) &&
    (!staffId || s.staffId === staffId);
}

/**
 * One page of the customer list, sorted by next expiry (customers without an active policy
 * last). Reads straight from the nextExpiry index, so the first rows never wait for search;
 * the page's names come from its customer rows (opened after the read).
 */
export async function listClientPage(
  db: AppDb,
  filter: ClientListFilter = {},
  page: { offset?: number; limit?: number } = {},
): Promise<ClientSummary[]> {
  let coll = db.clientSummaries.orderBy('nextExpiry').filter(predicate(filter));
  if (page.offset) coll = coll.offset(page.offset);
  return withPersonal(db, await coll.limit(page.limit ?? 100).toArray());
}

export function countClients(db: AppDb, filter: ClientListFilter = {}): Promise<number> {
  return db.clientSummaries.filter(predicate(filter)).count();
}

/** Values for the filter drop-downs. */
export async function listInsurers(db: AppDb): Promise<string[]> {
  return (await db.clientSummaries.orderBy('insurers').uniqueKeys()).map(String);
}

export interface VehicleWithPolicies {
  vehicle: Vehicle;
  /** Newest end date first. */
  policies: Policy[];
  /** Earlier owners, oldest first (the current owner is the client). */
  ownerHistory: OwnerHistoryEntry[];
}

export interface ClientDetail {
  client: Client;
  summary: ClientSummary | null;
  vehicles: VehicleWithPolicies[];
  /** Policies where the client is the insured on a vehicle they no longer own. */
  otherPolicies: Policy[];
}

/** A customer with their (live) vehicles and policies; null when the id is unknown. */
export async function getClientDetail(db: AppDb, id: Id): Promise<ClientDetail | null> {
  // Read in one transaction, opened after it ends (awaiting WebCrypto inside would end it).
  const read = await db.transaction(
    'r',
    [db.clients, db.vehicles, db.policies, db.clientSummaries],
    async () => {
      const client = await db.clients.get(id);
      if (!client) return null;
      const live = <T extends { deletedAt?: string | null }>(r: T) =>
        client.deletedAt
          ? r.deletedAt == null || r.deletedAt === client.deletedAt
          : r.deletedAt == null;
      const vehicles = (await db.vehicles.where('ownerId').equals(id).toArray()).filter(live);
      const vehicleIds = vehicles.map((v) => v.id);
      const onVehicles = vehicleIds.length
        ? await db.policies.where('vehicleId').anyOf(vehicleIds).toArray()
        : [];
      const insured = await db.policies.where('insuredId').equals(id).toArray();
      const byVehicle = new Map<Id, Policy[]>();
      for (const p of onVehicles.filter(live)) {
        byVehicle.set(p.vehicleId, [...(byVehicle.get(p.vehicleId) ?? []), p]);
      }
      const newestFirst = (a: Policy, b: Policy) => b.endDate.localeCompare(a.endDate);
      const owned = new Set(vehicleIds);
      return {
        client,
        summary: (await db.clientSummaries.get(id)) ?? null,
        vehicles: vehicles.map((vehicle) => ({
          vehicle,
          policies: (byVehicle.get(vehicle.id) ?? []).sort(newestFirst),
          ownerHistory: vehicle.ownerHistory,
        })),
        otherPolicies: insured.filter((p) => live(p) && !owned.has(p.vehicleId)).sort(newestFirst),
      };
    },
  );
  if (!read) return null;
  const [client, summary] = await Promise.all([
    openClient(read.client),
    read.summary ? withPersonal(db, [read.summary]).then((s) => s[0] ?? null) : null,
  ]);
  return { ...read, client, summary };
}

/** Full summaries (personal part included) of these customers. */
export function getSummaries(
  db: AppDb,
  ids: readonly Id[],
): Promise<(ClientSummary | undefined)[]> {
  return fullSummaries(db, ids);
}
