// In-memory resolution of one canonical record against the stored world: find or create the
// client (ID number, else phone + name), the vehicle (VIN, else plate, else the stored policy's
// vehicle) and the policy (insurer + policyNo). Only fields the file actually gives overwrite
// stored ones, so re-importing the same file produces identical records (idempotent).
import type { Client, Id, Policy, Vehicle } from '../types';
import type { FieldChange, StoredWorld } from './plan-types';
import type { CanonicalRecord } from './types';

export const policyKey = (insurer: string, policyNo: string): string =>
  `${insurer}\u0000${policyNo}`;

/** What identifies a policy without a number (a dealer's list): its car, kind and end date. */
export const coverKey = (vehicleId: Id, kind: Policy['kind'], endDate: string): string =>
  `${vehicleId}\u0000${kind}\u0000${endDate}`;

/** Working copy of the world with the indexes the natural keys need. */
export class MergeState {
  readonly byIdNumber = new Map<string, Id>();
  readonly byPhoneName = new Map<string, Id>();
  /** The first customer seen with a phone, to warn when another name shares it. */
  readonly byPhone = new Map<string, Id>();
  readonly byVin = new Map<string, Id>();
  readonly byPlate = new Map<string, Id>();
  readonly byPolicyKey = new Map<string, Id>();
  readonly byCoverKey = new Map<string, Id>();
  /** Ids written by this import, with their prior versions (null: created). */
  readonly before = new Map<Id, Client | Vehicle | Policy | null>();

  constructor(
    readonly world: StoredWorld,
    readonly at: string,
    readonly actor: string,
    /** Makes the id of each record the import creates (ids are the caller's, not the rules'). */
    private readonly newId: () => Id,
  ) {
    for (const c of world.clients.values()) this.indexClient(c);
    for (const v of world.vehicles.values()) this.indexVehicle(v);
    for (const p of world.policies.values()) this.indexPolicy(p);
  }

  indexPolicy(p: Policy): void {
    if (p.policyNo) this.byPolicyKey.set(policyKey(p.insurer, p.policyNo), p.id);
    if (!p.deletedAt) this.byCoverKey.set(coverKey(p.vehicleId, p.kind, p.endDate), p.id);
  }

  /** The known car a record names (VIN, else plate), before anything is merged. */
  findVehicleId(rec: CanonicalRecord): Id | undefined {
    const byVin = rec.vin ? this.byVin.get(rec.vin) : undefined;
    return byVin ?? (rec.plate && !rec.plateMissing ? this.byPlate.get(rec.plate) : undefined);
  }

  /**
   * The stored policy a record is: by insurer + number; else by car, kind and end date when one
   * side has no number (a dealer's list first, the insurer's list with the number later, or the
   * other way round). Two different numbers for the same cover stay two policies.
   */
  findPolicy(rec: ImportedRecord, kind: Policy['kind'], vehicleId: Id): Policy | undefined {
    const byNumber =
      rec.policyNo && rec.insurer
        ? this.byPolicyKey.get(policyKey(rec.insurer, rec.policyNo))
        : undefined;
    if (byNumber) return this.world.policies.get(byNumber);
    const byCover = this.byCoverKey.get(coverKey(vehicleId, kind, rec.endDate));
    const found = byCover ? this.world.policies.get(byCover) : undefined;
    if (!found) return undefined;
    return !rec.policyNo || !found.policyNo ? found : undefined;
  }

  indexClient(c: Client): void {
    if (c.idNumber) this.byIdNumber.set(c.idNumber, c.id);
    for (const p of c.phones) {
      this.byPhoneName.set(`${p}\u0000${c.name}`, c.id);
      if (!this.byPhone.has(p)) this.byPhone.set(p, c.id);
    }
  }

  indexVehicle(v: Vehicle): void {
    if (v.vin) this.byVin.set(v.vin, v.id);
    if (v.plate) this.byPlate.set(v.plate, v.id);
  }

  /** Writes a new version if it differs; returns the field changes (empty: unchanged). */
  put<T extends Client | Vehicle | Policy>(
    entity: FieldChange['entity'],
    map: Map<Id, T>,
    prior: T | undefined,
    next: T,
    fields: readonly (keyof T & string)[],
  ): FieldChange[] {
    const changes: FieldChange[] = [];
    if (prior) {
      for (const f of fields) {
        if (!same(prior[f], next[f]))
          changes.push({ entity, field: f, before: prior[f], after: next[f] });
      }
      if (changes.length === 0) return changes;
    }
    if (!this.before.has(next.id)) this.before.set(next.id, prior ?? null);
    map.set(next.id, { ...next, updatedAt: this.at, updatedBy: this.actor });
    return prior ? changes : [{ entity, field: '*', before: null, after: next.id }];
  }

  stampNew<T extends object>(
    data: T,
  ): T & { id: Id; createdAt: string; updatedAt: string; updatedBy: string; deletedAt: null } {
    return {
      ...data,
      id: this.newId(),
      createdAt: this.at,
      updatedAt: this.at,
      updatedBy: this.actor,
      deletedAt: null,
    };
  }
}

export function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return (a ?? null) === (b ?? null);
}

const CLIENT_FIELDS = ['name', 'phones', 'idNumber', 'deletedAt'] as const;

export function mergeClient(
  s: MergeState,
  rec: CanonicalRecord,
  hint: Id | null,
): { id: Id; changes: FieldChange[] } {
  const name = (rec.insured ?? rec.holder) as string;
  let id = rec.idNumber ? s.byIdNumber.get(rec.idNumber) : undefined;
  if (!id) for (const p of rec.phones) id ??= s.byPhoneName.get(`${p}\u0000${name}`);
  if (!id && hint && s.world.clients.get(hint)?.name === name) id = hint;
  const prior = id ? s.world.clients.get(id) : undefined;
  // Same phone and name but a different ID number is a different person.
  const samePerson = prior && !(rec.idNumber && prior.idNumber && prior.idNumber !== rec.idNumber);
  const next: Client = samePerson
    ? {
        ...prior,
        phones: [...new Set([...prior.phones, ...rec.phones])],
        idNumber: prior.idNumber ?? rec.idNumber,
        deletedAt: null,
      }
    : s.stampNew({
        name,
        phones: [...rec.phones],
        idNumber: rec.idNumber,
        doNotContact: false,
        smsConsent: false,
      });
  const changes = s.put(
    'client',
    s.world.clients,
    samePerson ? prior : undefined,
    next,
    CLIENT_FIELDS,
  );
  s.indexClient(next);
  return { id: next.id, changes };
}

const VEHICLE_FIELDS = [
  'plate',
  'vin',
  'engineNo',
  'brandModel',
  'firstRegisteredOn',
  'ownerId',
  'ownerHistory',
  'deletedAt',
] as const;

export interface VehicleMerge {
  id: Id;
  changes: FieldChange[];
  ownerChangedFrom: Client | null;
}

/** `ownerWins`: this record is at least as recent as anything stored for the vehicle. */
export function mergeVehicle(
  s: MergeState,
  rec: CanonicalRecord,
  clientId: Id,
  hint: Id | null,
  ownerWins: (vehicleId: Id) => boolean,
): VehicleMerge {
  const plate = rec.plateMissing ? null : rec.plate;
  let id = rec.vin ? s.byVin.get(rec.vin) : undefined;
  if (!id && plate) id = s.byPlate.get(plate);
  if (!id && hint) id = hint;
  const prior = id ? s.world.vehicles.get(id) : undefined;
  if (!prior) {
    const next: Vehicle = s.stampNew({
      plate,
      vin: rec.vin,
      engineNo: rec.engineNo,
      brandModel: rec.brandModel,
      firstRegisteredOn: rec.firstRegisteredOn,
      ownerId: clientId,
      ownerHistory: [],
    });
    s.indexVehicle(next);
    return {
      id: next.id,
      changes: s.put('vehicle', s.world.vehicles, undefined, next, VEHICLE_FIELDS),
      ownerChangedFrom: null,
    };
  }
  const next: Vehicle = {
    ...prior,
    plate: plate ?? prior.plate ?? null,
    vin: prior.vin ?? rec.vin,
    engineNo: rec.engineNo ?? prior.engineNo ?? null,
    brandModel: rec.brandModel ?? prior.brandModel ?? null,
    firstRegisteredOn: rec.firstRegisteredOn ?? prior.firstRegisteredOn ?? null,
    deletedAt: null,
  };
  let ownerChangedFrom: Client | null = null;
  if (prior.ownerId !== clientId && ownerWins(prior.id)) {
    const old = s.world.clients.get(prior.ownerId);
    ownerChangedFrom = old ?? null;
    next.ownerId = clientId;
    next.ownerHistory = [
      ...prior.ownerHistory,
      {
        clientId: prior.ownerId,
        name: old?.name ?? '',
        from: null,
        to: rec.startDate ?? s.at.slice(0, 10),
      },
    ];
  }
  const changes = s.put('vehicle', s.world.vehicles, prior, next, VEHICLE_FIELDS);
  s.indexVehicle(next);
  return { id: next.id, changes, ownerChangedFrom };
}

const POLICY_FIELDS = [
  'insurer',
  'policyNo',
  'kind',
  'vehicleId',
  'insuredId',
  'holderName',
  'startDate',
  'endDate',
  'endTime',
  'premium',
  'staffName',
  'deletedAt',
] as const;

/** A record the planner lets through: an end date, and a number or a car and kind. */
export type ImportedRecord = CanonicalRecord & { endDate: string };

export function mergePolicy(
  s: MergeState,
  rec: ImportedRecord,
  kind: Policy['kind'],
  vehicleId: Id,
  insuredId: Id,
  batchId: Id,
): { id: Id; changes: FieldChange[]; created: boolean } {
  const prior = s.findPolicy(rec, kind, vehicleId);
  const fields = {
    // A list without a number or insurer never erases what an insurer's list stored.
    insurer: rec.insurer ?? prior?.insurer ?? '',
    policyNo: rec.policyNo ?? prior?.policyNo ?? null,
    kind,
    vehicleId,
    insuredId,
    holderName: rec.holder ?? prior?.holderName ?? null,
    startDate: rec.startDate ?? prior?.startDate ?? null,
    endDate: rec.endDate,
    endTime: rec.endTime ?? prior?.endTime ?? null,
    premium: rec.premium ?? prior?.premium ?? null,
    staffName: rec.staff ?? prior?.staffName ?? null,
  };
  const next: Policy = prior
    ? { ...prior, ...fields, deletedAt: null }
    : s.stampNew({
        ...fields,
        holderId: null,
        importBatchId: batchId,
        status: 'active' as const,
        renewedById: null,
      });
  const changes = s.put('policy', s.world.policies, prior, next, POLICY_FIELDS);
  const priorCover = prior ? coverKey(prior.vehicleId, prior.kind, prior.endDate) : null;
  if (priorCover && s.byCoverKey.get(priorCover) === prior?.id) s.byCoverKey.delete(priorCover);
  s.indexPolicy(next);
  // A soft-deleted policy (an undone import, a deleted customer) keeps its row and key, so it
  // comes back under its own id; for the user it is a new policy all the same.
  return { id: next.id, changes, created: !prior || !!prior.deletedAt };
}
