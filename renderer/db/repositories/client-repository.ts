// Customer writes. Each one is a single transaction that also writes an audit event and
// refreshes the customer's summary row. Reads live in client-queries.ts (re-exported here).
import type { Client, Id, Policy, StoredClient, Vehicle } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { refreshClientSummaries } from './client-summaries';
import { createPolicy, type NewPolicy } from './policy-repository';
import { clientInputSchema, parseInput, type ClientInput } from './schemas';
import { recordWriteTables } from './tables';
import { keysForWrite, openClient, sealClient } from './client-crypto';
import { createVehicle, type NewVehicle } from './vehicle-repository';
import { auditEvent, notFound, nowIso, stampNew, writeAudit, type Actor } from './write-context';
import { authorize } from './authorize';

export * from './client-queries';

/**
 * A new customer, sealed before the transaction opens (awaiting WebCrypto inside one commits
 * it). `write` runs inside the caller's transaction: createWalkIn seals first, then opens its own.
 */
async function prepareNewClient(db: AppDb, input: ClientInput, actor: Actor) {
  const data = parseInput(clientInputSchema, input, 'client');
  const client: Client = stampNew(data, actor);
  const stored = await sealClient(await keysForWrite(db), client);
  const write = async () => {
    await db.clients.add(stored);
    // No name in the audit: it carries ids only (PRIVACY.md).
    await writeAudit(db, auditEvent(actor, 'create', 'client', client.id, null));
    publishPlanInputsChanged(db, ['clients']);
    await refreshClientSummaries(db, [client.id], new Map([[client.id, client]]));
    return client;
  };
  return write;
}

export async function createClient(db: AppDb, input: ClientInput, actor: Actor): Promise<Client> {
  const write = await prepareNewClient(db, input, actor);
  return db.transaction('rw', recordWriteTables(db), write);
}

/** The stored row and the customer it holds, opened outside any transaction. */
export async function readClient(
  db: AppDb,
  id: Id,
): Promise<{ stored: StoredClient; client: Client } | null> {
  const stored = await db.clients.get(id);
  return stored ? { stored, client: await openClient(stored) } : null;
}

/**
 * An edit of the customer form: opened and resealed outside the transaction, written only when
 * the row is still the version that was opened (a write in between retries, so none is lost).
 */
export async function updateClient(
  db: AppDb,
  id: Id,
  patch: Partial<ClientInput>,
  actor: Actor,
): Promise<Client> {
  for (let attempt = 0; ; attempt++) {
    const read = await readClient(db, id);
    if (!read) throw notFound('client', id);
    const data = parseInput(clientInputSchema, { ...read.client, ...patch }, 'client');
    const after: Client = { ...read.client, ...data, updatedAt: nowIso(), updatedBy: actor };
    const stored = await sealClient(await keysForWrite(db), after, read.stored);
    const written = await db.transaction('rw', recordWriteTables(db), async () => {
      const now = await db.clients.get(id);
      if (!now) throw notFound('client', id);
      if (now.updatedAt !== read.stored.updatedAt && attempt < 5) return false;
      await db.clients.put(stored);
      await writeAudit(db, auditEvent(actor, 'update', 'client', id, Object.keys(patch).join(',')));
      publishPlanInputsChanged(db, ['clients']);
      await refreshClientSummaries(db, [id], new Map([[id, after]]));
      return true;
    });
    if (written) return after;
  }
}

/**
 * The one write of a soft delete and of its undo: the customer, its vehicles and their policies
 * get `stamp`, the customer's audit event says `action`, and the summaries follow.
 */
async function stampCustomerTree(
  db: AppDb,
  { client, vehicles, policies }: { client: StoredClient; vehicles: Vehicle[]; policies: Policy[] },
  stamp: Pick<Client, 'deletedAt' | 'updatedAt' | 'updatedBy'>,
  action: 'delete' | 'restore',
  actor: Actor,
  at: string,
): Promise<void> {
  await db.clients.put({ ...client, ...stamp });
  await db.vehicles.bulkPut(vehicles.map((v) => ({ ...v, ...stamp })));
  await db.policies.bulkPut(policies.map((p) => ({ ...p, ...stamp })));
  // Ids only in the audit, never the customer's name (PRIVACY.md).
  await writeAudit(db, auditEvent(actor, action, 'client', client.id, null, at));
  publishPlanInputsChanged(db, ['clients', 'vehicles', 'policies']);
  await refreshClientSummaries(db, [client.id, ...policies.map((p) => p.insuredId)]);
}

/**
 * Soft delete: the customer, their vehicles and those vehicles' policies get the same
 * deletedAt, so restoreClient brings back exactly what this removed.
 */
export async function softDeleteClient(db: AppDb, id: Id, actor: Actor): Promise<void> {
  await authorize(db, actor, 'delete', 'Client');
  await db.transaction('rw', recordWriteTables(db), async () => {
    const client = await db.clients.get(id);
    if (!client) throw notFound('client', id);
    if (client.deletedAt) return;
    const at = nowIso();
    const stamp = { deletedAt: at, updatedAt: at, updatedBy: actor };
    const vehicles = (await db.vehicles.where('ownerId').equals(id).toArray()).filter(
      (v) => !v.deletedAt,
    );
    const vehicleIds = vehicles.map((v) => v.id);
    const policies = (
      await db.policies
        .where('vehicleId')
        .anyOf(vehicleIds.length ? vehicleIds : ['\uffff'])
        .toArray()
    ).filter((p) => !p.deletedAt);
    await stampCustomerTree(db, { client, vehicles, policies }, stamp, 'delete', actor, at);
  });
}

/** Undo of softDeleteClient. */
export async function restoreClient(db: AppDb, id: Id, actor: Actor): Promise<void> {
  await authorize(db, actor, 'delete', 'Client');
  await db.transaction('rw', recordWriteTables(db), async () => {
    const client = await db.clients.get(id);
    if (!client) throw notFound('client', id);
    const deletedAt = client.deletedAt;
    if (!deletedAt) return;
    const at = nowIso();
    const stamp = { deletedAt: null, updatedAt: at, updatedBy: actor };
    const sameDelete = <T extends { deletedAt?: string | null }>(r: T) => r.deletedAt === deletedAt;
    const vehicles = (await db.vehicles.where('ownerId').equals(id).toArray()).filter(sameDelete);
    const vehicleIds = vehicles.map((v) => v.id);
    const policies = vehicleIds.length
      ? (await db.policies.where('vehicleId').anyOf(vehicleIds).toArray()).filter(sameDelete)
      : [];
    await stampCustomerTree(db, { client, vehicles, policies }, stamp, 'restore', actor, at);
  });
}

export interface WalkInInput {
  client: ClientInput;
  vehicle: Omit<NewVehicle, 'ownerId'>;
  /** The insured defaults to the new customer. */
  policy: Omit<NewPolicy, 'vehicleId' | 'insuredId'> & { insuredId?: Id };
}

/** The walk-in form: customer + vehicle + policy land together or not at all. */
export async function createWalkIn(
  db: AppDb,
  input: WalkInInput,
  actor: Actor,
): Promise<{ client: Client; vehicle: Vehicle; policy: Policy }> {
  const writeClient = await prepareNewClient(db, input.client, actor);
  return db.transaction('rw', recordWriteTables(db), async () => {
    const client = await writeClient();
    const vehicle = await createVehicle(db, { ...input.vehicle, ownerId: client.id }, actor);
    const policy = await createPolicy(
      db,
      { ...input.policy, vehicleId: vehicle.id, insuredId: input.policy.insuredId ?? client.id },
      actor,
    );
    return { client, vehicle, policy };
  });
}
