// Loads, in a few indexed bulk queries, every stored record an import could touch: policies by
// insurer+policyNo, vehicles by VIN / plate, clients by ID number / phone, plus the policies of
// those vehicles (to find what a new policy renews). Nothing row-by-row.
import type { CanonicalRecord } from '../../../shared/domain/import/types';
import type { Client, Id, Policy, Vehicle } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

const CHUNK = 2000;

async function inChunks<K, T>(keys: K[], query: (part: K[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) out.push(...(await query(keys.slice(i, i + CHUNK))));
  return out;
}

export interface StoredWorld {
  clients: Map<Id, Client>;
  vehicles: Map<Id, Vehicle>;
  policies: Map<Id, Policy>;
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
  const [policies, byVin, byPlate, byId, byPhone] = await Promise.all([
    inChunks([...policyKeys.values()], (k) =>
      db.policies.where('[insurer+policyNo]').anyOf(k).toArray(),
    ),
    inChunks([...vins], (k) => db.vehicles.where('vin').anyOf(k).toArray()),
    inChunks([...plates], (k) => db.vehicles.where('plate').anyOf(k).toArray()),
    inChunks([...idNumbers], (k) => db.clients.where('idNumber').anyOf(k).toArray()),
    inChunks([...phones], (k) => db.clients.where('phones').anyOf(k).toArray()),
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
  const onVehicles = await inChunks([...world.vehicles.keys()], (k) =>
    db.policies.where('vehicleId').anyOf(k).toArray(),
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
