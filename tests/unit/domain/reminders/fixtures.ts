// Small record builders for the reminder rule tests.
import { defaultSettings } from '../../../../shared/domain/reminders/default-settings';
import type {
  Client,
  Policy,
  PolicyKind,
  Settings,
  Staff,
  Vehicle,
} from '../../../../shared/domain/types';

const T0 = '2025-01-01T00:00:00.000Z';
const stamp = { createdAt: T0, updatedAt: T0, updatedBy: 'test', deletedAt: null };

export function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...patch };
}

export function client(id: string, patch: Partial<Client> = {}): Client {
  return {
    id,
    ...stamp,
    name: `客户${id}`,
    phones: ['13800000000'],
    doNotContact: false,
    smsConsent: true,
    lastVerifiedOn: '2025-06-01',
    ...patch,
  };
}

export function vehicle(id: string, ownerId: string, patch: Partial<Vehicle> = {}): Vehicle {
  return {
    id,
    ...stamp,
    plate: `京A${id.padStart(5, '0').slice(-5)}`,
    ownerId,
    ownerHistory: [],
    ...patch,
  };
}

export function policy(
  id: string,
  vehicleId: string,
  endDate: string,
  kind: PolicyKind = 'compulsory',
  patch: Partial<Policy> = {},
): Policy {
  return {
    id,
    ...stamp,
    insurer: '人保财险',
    policyNo: `P${id}`,
    kind,
    vehicleId,
    insuredId: 'c1',
    endDate,
    premium: 1000,
    status: 'active',
    ...patch,
  };
}

export function staff(
  id: string,
  name: string,
  dailyCapacity = 40,
  patch: Partial<Staff> = {},
): Staff {
  return { id, ...stamp, name, role: 'staff', dailyCapacity, active: true, ...patch };
}

let counter = 0;
/** Deterministic ids for tasks created in tests. */
export function idFactory(prefix = 't'): () => string {
  return () => `${prefix}${++counter}`;
}
