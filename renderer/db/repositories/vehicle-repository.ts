// Vehicles. A change of owner moves the old owner into ownerHistory and refreshes both
// owners' summaries.
import type { Id, Vehicle } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { customerNames } from './client-crypto';
import { refreshClientSummaries } from './client-summaries';
import { parseInput, vehicleInputSchema, type VehicleInput } from './schemas';
import { recordWriteTables } from './tables';
import { auditEvent, notFound, nowIso, stampNew, writeAudit, type Actor } from './write-context';

export interface NewVehicle extends VehicleInput {
  ownerId: Id;
}

export async function createVehicle(db: AppDb, input: NewVehicle, actor: Actor): Promise<Vehicle> {
  const data = parseInput(vehicleInputSchema, input, 'vehicle');
  return db.transaction('rw', recordWriteTables(db), async () => {
    if (!(await db.clients.get(input.ownerId))) throw notFound('client', input.ownerId);
    const vehicle: Vehicle = stampNew({ ...data, ownerId: input.ownerId, ownerHistory: [] }, actor);
    await db.vehicles.add(vehicle);
    await writeAudit(db, auditEvent(actor, 'create', 'vehicle', vehicle.id, vehicle.plate ?? null));
    publishPlanInputsChanged(db, ['vehicles']);
    await refreshClientSummaries(db, [vehicle.ownerId]);
    return vehicle;
  });
}

export interface VehiclePatch extends Partial<VehicleInput> {
  ownerId?: Id;
  /** Date the ownership changed (defaults to unknown). */
  ownerChangedOn?: string | null;
}

export async function updateVehicle(
  db: AppDb,
  id: Id,
  patch: VehiclePatch,
  actor: Actor,
): Promise<Vehicle> {
  // The earlier owner's name, opened before the transaction (a sealed row cannot open in it).
  const named = patch.ownerId ? await ownerName(db, id) : null;
  return db.transaction('rw', recordWriteTables(db), async () => {
    const before = await db.vehicles.get(id);
    if (!before) throw notFound('vehicle', id);
    const { ownerId, ownerChangedOn, ...fields } = patch;
    const data = parseInput(vehicleInputSchema, { ...before, ...fields }, 'vehicle');
    let ownerHistory = before.ownerHistory;
    if (ownerId && ownerId !== before.ownerId) {
      if (!(await db.clients.get(ownerId))) throw notFound('client', ownerId);
      const lastTo = ownerHistory.at(-1)?.to ?? null;
      ownerHistory = [
        ...ownerHistory,
        {
          clientId: before.ownerId,
          name: named?.ownerId === before.ownerId ? named.name : '',
          from: lastTo,
          to: ownerChangedOn ?? null,
        },
      ];
    }
    const after: Vehicle = {
      ...before,
      ...data,
      ownerId: ownerId ?? before.ownerId,
      ownerHistory,
      updatedAt: nowIso(),
      updatedBy: actor,
    };
    await db.vehicles.put(after);
    const detail =
      after.ownerId !== before.ownerId ? `owner ${before.ownerId} → ${after.ownerId}` : null;
    await writeAudit(db, auditEvent(actor, 'update', 'vehicle', id, detail));
    publishPlanInputsChanged(db, ['vehicles']);
    await refreshClientSummaries(db, [before.ownerId, after.ownerId]);
    return after;
  });
}

/** The current owner of a vehicle and their name (opened with this context's keys). */
async function ownerName(db: AppDb, vehicleId: Id): Promise<{ ownerId: Id; name: string } | null> {
  const vehicle = await db.vehicles.get(vehicleId);
  if (!vehicle) return null;
  const [row, summary] = await Promise.all([
    db.clients.get(vehicle.ownerId),
    db.clientSummaries.get(vehicle.ownerId),
  ]);
  const [name = ''] = await customerNames([row], [summary]);
  return { ownerId: vehicle.ownerId, name };
}
