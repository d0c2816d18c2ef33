// Small record builders for DB tests: every required field filled, overrides on top.
import { v7 as uuidv7 } from 'uuid';
import type { Client, Policy, Staff, Vehicle } from '../../../shared/domain/types';
import { AppDb } from '../../../renderer/db/app-db';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';

const AT = '2025-01-01T00:00:00.000Z';
const stamp = () => ({ id: uuidv7(), createdAt: AT, updatedAt: AT, updatedBy: 'test' });

/** A fresh database on fake-indexeddb with a unique name, so tests never share state. */
export function freshDb(): AppDb {
  return new AppDb(`test-${uuidv7()}`, { indexedDB, IDBKeyRange });
}

export function makeClient(over: Partial<Client> = {}): Client {
  return { ...stamp(), name: '张三', phones: [], doNotContact: false, smsConsent: false, ...over };
}

export function makeVehicle(ownerId: string, over: Partial<Vehicle> = {}): Vehicle {
  return { ...stamp(), ownerId, ownerHistory: [], plate: null, vin: null, ...over };
}

export function makePolicy(
  vehicleId: string,
  insuredId: string,
  over: Partial<Policy> = {},
): Policy {
  return {
    ...stamp(),
    insurer: '人保',
    policyNo: `P${Math.random().toString().slice(2, 14)}`,
    kind: 'compulsory',
    vehicleId,
    insuredId,
    endDate: '2025-06-30',
    status: 'active',
    ...over,
  };
}

export function makeStaff(over: Partial<Staff> = {}): Staff {
  return { ...stamp(), name: '小王', role: 'staff', dailyCapacity: 30, active: true, ...over };
}
