// Loads, in a few indexed bulk queries, every stored record an import could touch: policies by
// insurer+policyNo, vehicles by VIN / plate, clients by ID number / phone, plus the policies of
// those vehicles (to find what a new policy renews). Nothing row-by-row.
import type { ImportPlan, StoredWorld } from '../../../shared/domain/import/plan-types';
import { planRows, type PlanOptions } from '../../../shared/domain/import/plan-rows';
import type { CanonicalRecord, NormalizedRow } from '../../../shared/domain/import/types';
import type { Id } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
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

export async function loadStored(db: AppDb, records: CanonicalRecord[]): Promise<StoredWorld> {
  const policyKeys = new Map<string, [string, string]>();
  const vins = new Set<string>();
  const plates = new Set<string>();
  const idNumbers = new Set<string>();
  const phones = new Set<string>();
  for (const r of records) {
    if (r.insurer && r.policyNo)
      policyKeys.set(`${r.insurer}\u0000${r.policyNo}`, [r.insurer, r.policyNo]);
    if (r.vin) vins.add(r.vin);
    if (r.plate && !r.plateMissing) plates.add(r.plate);
    if (r.idNumber) idNumbers.add(r.idNumber);
    for (const p of r.phones) phones.add(p);
  }
  const [nPolicies, nVehicles, nClients] = await Promise.all([
    db.policies.count(),
    db.vehicles.count(),
    db.clients.count(),
  ]);
  const allPolicies = memo(() => db.policies.toArray());
  const allVehicles = memo(() => db.vehicles.toArray());
  const allClients = memo(() => db.clients.toArray());
  const [policies, byVin, byPlate, byId, byPhone] = await Promise.all([
    lookup(
      [...policyKeys.values()],
      nPolicies,
      allPolicies,
      (p) => policyKeys.has(`${p.insurer}\u0000${p.policyNo}`),
      (k) => db.policies.where('[insurer+policyNo]').anyOf(k).toArray(),
    ),
    lookup(
      [...vins],
      nVehicles,
      allVehicles,
      (v) => Boolean(v.vin && vins.has(v.vin)),
      (k) => db.vehicles.where('vin').anyOf(k).toArray(),
    ),
    lookup(
      [...plates],
      nVehicles,
      allVehicles,
      (v) => Boolean(v.plate && plates.has(v.plate)),
      (k) => db.vehicles.where('plate').anyOf(k).toArray(),
    ),
    lookup(
      [...idNumbers],
      nClients,
      allClients,
      (c) => Boolean(c.idNumber && idNumbers.has(c.idNumber)),
      (k) => db.clients.where('idNumber').anyOf(k).toArray(),
    ),
    lookup(
      [...phones],
      nClients,
      allClients,
      (c) => c.phones.some((p) => phones.has(p)),
      (k) => db.clients.where('phones').anyOf(k).toArray(),
    ),
  ]);
  const world: StoredWorld = {
    clients: new Map([...byId, ...byPhone].map((c) => [c.id, c])),
    vehicles: new Map([...byVin, ...byPlate].map((v) => [v.id, v])),
    policies: new Map(policies.map((p) => [p.id, p])),
  };
  // Vehicles named by stored policies, then every policy of every vehicle in play.
  const missingVehicles = [...new Set(policies.map((p) => p.vehicleId))].filter(
    (id) => !world.vehicles.has(id),
  );
  for (const v of await db.vehicles.bulkGet(missingVehicles)) if (v) world.vehicles.set(v.id, v);
  const onVehicles = await lookup(
    [...world.vehicles.keys()],
    nPolicies,
    allPolicies,
    (p) => world.vehicles.has(p.vehicleId),
    (k) => db.policies.where('vehicleId').anyOf(k).toArray(),
  );
  for (const p of onVehicles) world.policies.set(p.id, p);
  // Owners and insureds of everything loaded, so owner changes and history have names.
  const clientIds = new Set<Id>();
  for (const v of world.vehicles.values()) clientIds.add(v.ownerId);
  for (const p of world.policies.values()) clientIds.add(p.insuredId);
  const missingClients = [...clientIds].filter((id) => !world.clients.has(id));
  for (const c of await db.clients.bulkGet(missingClients)) if (c) world.clients.set(c.id, c);
  return world;
}

/**
 * Loads what the rows could touch and plans them with the import rules
 * (shared/domain/import/plan-rows.ts); runs inside the caller's transaction.
 */
export async function planImport(
  db: AppDb,
  input: NormalizedRow[],
  opts: Omit<PlanOptions, 'newId'>,
): Promise<ImportPlan> {
  const world = await loadStored(
    db,
    input.flatMap((r) => r.records),
  );
  return planRows(world, input, { ...opts, newId });
}
