// Customer writes. Each one is a single transaction that also writes an audit event and
// refreshes the customer's summary row. Reads live in client-queries.ts (re-exported here).
import type { Client, Id, Policy, Vehicle } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { refreshClientSummaries } from './client-summaries';
import { createPolicy, type NewPolicy } from './policy-repository';
import { clientInputSchema, parseInput, type ClientInput } from './schemas';
import { recordWriteTables } from './tables';
import { addRecord, recordStore, recordUpdater } from './update-record';
import { createVehicle, type NewVehicle } from './vehicle-repository';
import { auditEvent, notFound, nowIso, stampNew, writeAudit, type Actor } from './write-context';
import { authorize } from './authorize';

export * from './client-queries';

const clients = recordStore<Client>('client', (db) => db.clients, 'clients');

export async function createClient(db: AppDb, input: ClientInput, actor: Actor): Promise<Client> {
  const data = parseInput(clientInputSchema, input, 'client');
  return db.transaction('rw', recordWriteTables(db), async () => {
    const client: Client = stampNew(data, actor);
    // No name in the audit: it carries ids only (PRIVACY.md).
    await addRecord(db, clients, client, null, actor);
    await refreshClientSummaries(db, [client.id]);
    return client;
  });
}

export const updateClient = recordUpdater<Client, Partial<ClientInput>, typeof clientInputSchema>({
  ...clients,
  schema: clientInputSchema,
  affected: async (_db, before) => [before.id],
});

/**
 * The one write of a soft delete and of its undo: the customer, its vehicles and their policies
 * get `stamp`, the customer's audit event says `action`, and the summaries follow.
 */
async function stampCustomerTree(
  db: AppDb,
  { client, vehicles, policies }: { client: Client; vehicles: Vehicle[]; policies: Policy[] },
  stamp: Pick<Client, 'deletedAt' | 'updatedAt' | 'updatedBy'>,
  action: 'delete' | 'restore',
  actor: Actor,
  at: string,
): Promise<void> {
  await db.clients.put({ ...client, ...stamp });
  await db.vehicles.bulkPut(vehicles.map((v) => ({ ...v, ...stamp })));
  await db.policies.bulkPut(policies.map((p) => ({ ...p, ...stamp })));
  await writeAudit(db, auditEvent(actor, action, 'client', client.id, client.name, at));
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
  return db.transaction('rw', recordWriteTables(db), async () => {
    const client = await createClient(db, input.client, actor);
    const vehicle = await createVehicle(db, { ...input.vehicle, ownerId: client.id }, actor);
    const policy = await createPolicy(
      db,
      { ...input.policy, vehicleId: vehicle.id, insuredId: input.policy.insuredId ?? client.id },
      actor,
    );
    return { client, vehicle, policy };
  });
}
