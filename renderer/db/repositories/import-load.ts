// Loads, in a few indexed bulk queries, every stored record an import could touch: policies by
// insurer+policyNo, vehicles by VIN / plate, clients by the blind indexes of their ID number and
// phones (issue 11; a table with rows still in the clear is read whole), plus the policies of
// those vehicles (to find what a new policy renews). Nothing row-by-row. Sealed customers open
// after the read transaction; the commit checks inside its write transaction that the rows read
// are unchanged (`stillLoaded`) and plans again when they are not.
import type { ImportPlan, StoredWorld } from '../../../shared/domain/import/plan-types';
import { planRows, type PlanOptions } from '../../../shared/domain/import/plan-rows';
import type { CanonicalRecord, NormalizedRow } from '../../../shared/domain/import/types';
import type { Client, Id, Policy, StoredClient, Vehicle } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { recordKeys } from '../record-keys';
import { clearClientCount, idNumberBlind, openClients, phoneBlind } from './client-crypto';
import { newId } from './write-context';

const CHUNK = 2000;

async function inChunks<K, T>(keys: K[], query: (part: K[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) out.push(...(await query(keys.slice(i, i + CHUNK))));
  return out;
}

/**
 * Index seeks for a few keys; one sequential read of the table when the keys are many compared
 * with its size (re-importing a big list touches most rows, and getAll beats 50k seeks).
 */
async function lookup<K, T>(
  keys: K[],
  tableSize: number,
  readAll: () => Promise<T[]>,
  matches: (item: T) => boolean,
  query: (part: K[]) => Promise<T[]>,
): Promise<T[]> {
  if (keys.length === 0) return [];
  if (keys.length * 4 > tableSize) return (await readAll()).filter(matches);
  return inChunks(keys, query);
}

/** One full-table read shared by the lookups that need it. */
function memo<T>(read: () => Promise<T[]>): () => Promise<T[]> {
  let cached: Promise<T[]> | null = null;
  return () => (cached ??= read());
}

/** What the rows name, as index keys (blind indexes computed before the transaction). */
interface LoadKeys {
  policyKeys: Map<string, [string, string]>;
  vins: Set<string>;
  plates: Set<string>;
  /** Clear values: matched against rows still in the clear (no keys yet, or not yet sealed). */
  idNumbers: Set<string>;
  phones: Set<string>;
  idBlinds: Set<string>;
  phoneBlinds: Set<string>;
  /** Rows in the clear exist: no index answers for them, so read the table once. */
  scanClients: boolean;
}

/** The stored rows an import could touch, as stored (customers not opened). */
interface StoredRows {
  clients: Map<Id, StoredClient>;
  vehicles: Map<Id, Vehicle>;
  policies: Map<Id, Policy>;
}

/** The world to plan with, the customers' stored rows (for undo) and what was read. */
export interface LoadedWorld {
  world: StoredWorld;
  storedClients: Map<Id, StoredClient>;
  keys: LoadKeys;
  fingerprint: string;
}

async function loadKeys(db: AppDb, records: CanonicalRecord[]): Promise<LoadKeys> {
  const k: LoadKeys = {
    policyKeys: new Map(),
    vins: new Set(),
    plates: new Set(),
    idNumbers: new Set(),
    phones: new Set(),
    idBlinds: new Set(),
    phoneBlinds: new Set(),
    scanClients: true,
  };
  for (const r of records) {
    if (r.insurer && r.policyNo)
      k.policyKeys.set(`${r.insurer}\u0000${r.policyNo}`, [r.insurer, r.policyNo]);
    if (r.vin) k.vins.add(r.vin);
    if (r.plate && !r.plateMissing) k.plates.add(r.plate);
    if (r.idNumber) k.idNumbers.add(r.idNumber);
    for (const p of r.phones) k.phones.add(p);
  }
  const keys = recordKeys();
  if (keys) {
    const [ids, phones] = await Promise.all([
      Promise.all([...k.idNumbers].map((v) => idNumberBlind(keys, v))),
      Promise.all([...k.phones].map((v) => phoneBlind(keys, v))),
    ]);
    k.idBlinds = new Set(ids);
    k.phoneBlinds = new Set(phones);
  }
  k.scanClients = !keys || (await clearClientCount(db)) > 0;
  return k;
}

/** Reads, inside the caller's transaction and without WebCrypto, every row the keys name. */
async function loadRows(db: AppDb, k: LoadKeys): Promise<StoredRows> {
  const [nPolicies, nVehicles, nClients] = await Promise.all([
    db.policies.count(),
    db.vehicles.count(),
    db.clients.count(),
  ]);
  const allPolicies = memo(() => db.policies.toArray());
  const allVehicles = memo(() => db.vehicles.toArray());
  const allClients = memo(() => db.clients.toArray());
  // A clear row matches on its values, a sealed one on its blind indexes.
  const clear = (c: StoredClient) => c as Partial<Client>;
  const idMatches = (c: StoredClient) =>
    Boolean(c.idBlind && k.idBlinds.has(c.idBlind)) ||
    Boolean(clear(c).idNumber && k.idNumbers.has(clear(c).idNumber as string));
  const phoneMatches = (c: StoredClient) =>
    (c.phoneBlinds ?? []).some((b) => k.phoneBlinds.has(b)) ||
    (clear(c).phones ?? []).some((p) => k.phones.has(p));
  // Rows in the clear are in no index: then the customers are read once, whole.
  const clientTableSize = k.scanClients ? 0 : nClients;
  const [policies, byVin, byPlate, byId, byPhone] = await Promise.all([
    lookup(
      [...k.policyKeys.values()],
      nPolicies,
      allPolicies,
      (p) => k.policyKeys.has(`${p.insurer}\u0000${p.policyNo}`),
      (part) => db.policies.where('[insurer+policyNo]').anyOf(part).toArray(),
    ),
    lookup(
      [...k.vins],
      nVehicles,
      allVehicles,
      (v) => Boolean(v.vin && k.vins.has(v.vin)),
      (part) => db.vehicles.where('vin').anyOf(part).toArray(),
    ),
    lookup(
      [...k.plates],
      nVehicles,
      allVehicles,
      (v) => Boolean(v.plate && k.plates.has(v.plate)),
      (part) => db.vehicles.where('plate').anyOf(part).toArray(),
    ),
    lookup(
      k.scanClients ? [...k.idNumbers] : [...k.idBlinds],
      clientTableSize,
      allClients,
      idMatches,
      (part) => db.clients.where('idBlind').anyOf(part).toArray(),
    ),
    lookup(
      k.scanClients ? [...k.phones] : [...k.phoneBlinds],
      clientTableSize,
      allClients,
      phoneMatches,
      (part) => db.clients.where('phoneBlinds').anyOf(part).toArray(),
    ),
  ]);
  const rows: StoredRows = {
    clients: new Map([...byId, ...byPhone].map((c) => [c.id, c])),
    vehicles: new Map([...byVin, ...byPlate].map((v) => [v.id, v])),
    policies: new Map(policies.map((p) => [p.id, p])),
  };
  // Vehicles named by stored policies, then every policy of every vehicle in play.
  const missingVehicles = [...new Set(policies.map((p) => p.vehicleId))].filter(
    (id) => !rows.vehicles.has(id),
  );
  for (const v of await db.vehicles.bulkGet(missingVehicles)) if (v) rows.vehicles.set(v.id, v);
  const onVehicles = await lookup(
    [...rows.vehicles.keys()],
    nPolicies,
    allPolicies,
    (p) => rows.vehicles.has(p.vehicleId),
    (part) => db.policies.where('vehicleId').anyOf(part).toArray(),
  );
  for (const p of onVehicles) rows.policies.set(p.id, p);
  // Owners and insureds of everything loaded, so owner changes and history have names.
  const clientIds = new Set<Id>();
  for (const v of rows.vehicles.values()) clientIds.add(v.ownerId);
  for (const p of rows.policies.values()) clientIds.add(p.insuredId);
  const missingClients = [...clientIds].filter((id) => !rows.clients.has(id));
  for (const c of await db.clients.bulkGet(missingClients)) if (c) rows.clients.set(c.id, c);
  return rows;
}

/** Which versions of which rows were read: equal fingerprints plan the same. */
function fingerprintOf(rows: StoredRows): string {
  const part = (m: Map<Id, { id: Id; updatedAt: string }>) =>
    [...m.values()]
      .map((r) => `${r.id}@${r.updatedAt}`)
      .sort()
      .join(',');
  return `${part(rows.clients)}|${part(rows.vehicles)}|${part(rows.policies)}`;
}

/**
 * Loads what the rows could touch and opens the customers (WebCrypto cannot be awaited inside a
 * transaction). Its reads are not one snapshot: the commit checks inside its write transaction
 * that the rows are still exactly these (`stillLoaded`), which a preview need not.
 */
export async function loadForImport(db: AppDb, records: CanonicalRecord[]): Promise<LoadedWorld> {
  const keys = await loadKeys(db, records);
  const rows = await loadRows(db, keys);
  const opened = await openClients([...rows.clients.values()]);
  return {
    world: {
      clients: new Map(opened.map((c) => [c.id, c])),
      vehicles: rows.vehicles,
      policies: rows.policies,
    },
    storedClients: rows.clients,
    keys,
    fingerprint: fingerprintOf(rows),
  };
}

/** Inside a write transaction: whether the rows `loaded` read are still exactly those. */
export async function stillLoaded(db: AppDb, loaded: LoadedWorld): Promise<boolean> {
  return fingerprintOf(await loadRows(db, loaded.keys)) === loaded.fingerprint;
}

/** Plans the rows against a loaded world with the import rules (shared/domain/import/plan-rows.ts). */
export function planLoaded(
  loaded: LoadedWorld,
  input: NormalizedRow[],
  opts: Omit<PlanOptions, 'newId'>,
): ImportPlan {
  return planRows(loaded.world, input, { ...opts, newId });
}

/** Loads (outside any transaction) and plans. */
export async function planImport(
  db: AppDb,
  input: NormalizedRow[],
  opts: Omit<PlanOptions, 'newId'>,
): Promise<{ plan: ImportPlan; loaded: LoadedWorld }> {
  const loaded = await loadForImport(
    db,
    input.flatMap((r) => r.records),
  );
  return { plan: planLoaded(loaded, input, opts), loaded };
}
