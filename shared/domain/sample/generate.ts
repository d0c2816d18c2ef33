// The generated sample agency: a few staff, customers with vehicles and a compulsory (plus
// usually a commercial) policy ending over the coming months. Deterministic for a seed and a
// date, pure (ids come from the seeded generator), every record flagged isSample.
import { v7 as uuidv7 } from 'uuid';
import type { Client, IsoDate, Policy, Staff, StaffRole, Vehicle } from '../types';
import { sampleIdNumber, sampleMobile, samplePlate, sampleVin } from './identifiers';
import { BRAND_MODELS, FIXED_NAMES, GIVEN_NAMES, INSURERS, STAFF_NAMES, SURNAMES } from './names';
import { seededRng, type Rng } from './random';

export interface SampleAgencyOptions {
  clients: number;
  seed: number;
  today: IsoDate;
}

export interface SampleAgency {
  staff: Staff[];
  clients: Client[];
  vehicles: Vehicle[];
  policies: Policy[];
}

const DAY = 86_400_000;

function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function generateSampleAgency(options: SampleAgencyOptions): SampleAgency {
  const rng = seededRng(options.seed);
  const baseMs = Date.parse(`${options.today}T00:00:00Z`);
  const at = new Date(baseMs).toISOString();
  const random = new Uint8Array(16);
  let seq = 0;
  const id = () => {
    for (let i = 0; i < 16; i++) random[i] = rng.int(0, 255);
    return uuidv7({ msecs: baseMs + Math.floor(seq++ / 4096), random });
  };
  const stamped = () => ({
    id: id(),
    createdAt: at,
    updatedAt: at,
    updatedBy: 'sample',
    deletedAt: null,
    isSample: true,
  });

  const staffCount = rng.int(3, 5);
  const roles: StaffRole[] = ['owner', 'manager', 'staff', 'staff', 'staff'];
  const staff: Staff[] = STAFF_NAMES.slice(0, staffCount).map((name, i) => ({
    ...stamped(),
    name,
    phone: sampleMobile(rng),
    role: roles[i] ?? 'staff',
    dailyCapacity: i === 0 ? 20 : 40,
    active: true,
  }));

  const clients: Client[] = [];
  const vehicles: Vehicle[] = [];
  const policies: Policy[] = [];
  const policyNos = new Set<string>();
  for (let n = 0; n < options.clients; n++) {
    const client = sampleClient(rng, stamped(), n, staff, options.today);
    clients.push(client);
    const carCount = rng.chance(0.15) ? 2 : 1;
    for (let c = 0; c < carCount; c++) {
      const vehicle: Vehicle = {
        ...stamped(),
        plate: samplePlate(rng),
        vin: sampleVin(rng),
        engineNo: String(rng.int(10_000_000, 99_999_999)),
        brandModel: rng.pick(BRAND_MODELS),
        firstRegisteredOn: addDays(options.today, -rng.int(365, 365 * 10)),
        ownerId: client.id,
        ownerHistory: [],
      };
      vehicles.push(vehicle);
      const insurer = rng.pick(INSURERS);
      const end = addDays(options.today, rng.int(-20, 345));
      const kinds = rng.chance(0.8)
        ? (['compulsory', 'commercial'] as const)
        : (['compulsory'] as const);
      for (const kind of kinds) {
        let policyNo: string;
        do {
          policyNo = `${kind === 'compulsory' ? 'PDZA' : 'PDAA'}${end.slice(0, 4)}${String(rng.int(0, 99_999_999_999)).padStart(11, '0')}`;
        } while (policyNos.has(policyNo));
        policyNos.add(policyNo);
        const endDate =
          kind === 'commercial' && rng.chance(0.3) ? addDays(end, rng.int(1, 5)) : end;
        policies.push({
          ...stamped(),
          insurer,
          policyNo,
          kind,
          vehicleId: vehicle.id,
          insuredId: client.id,
          holderName: client.name,
          startDate: addDays(endDate, -364),
          endDate,
          premium: kind === 'compulsory' ? 950 : rng.int(2000, 9000),
          staffName: staff.find((s) => s.id === client.staffId)?.name ?? null,
          status: 'active',
        });
      }
    }
  }
  return { staff, clients, vehicles, policies };
}

function sampleClient(
  rng: Rng,
  base: ReturnType<() => Omit<Client, 'name' | 'phones' | 'doNotContact' | 'smsConsent'>>,
  n: number,
  staff: Staff[],
  today: IsoDate,
): Client {
  const name = FIXED_NAMES[n] ?? rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
  const birth = addDays(today, -rng.int(365 * 22, 365 * 65));
  const phones = [sampleMobile(rng)];
  if (rng.chance(0.1)) phones.push(sampleMobile(rng));
  return {
    ...base,
    name,
    phones,
    idNumber: sampleIdNumber(rng, birth),
    address: null,
    doNotContact: false,
    smsConsent: rng.chance(0.6),
    preferredChannel: rng.pick(['call', 'call', 'wechat', 'sms'] as const),
    lastVerifiedOn: addDays(today, -rng.int(0, 500)),
    staffId: staff.length > 1 ? (staff[1 + (n % (staff.length - 1))]?.id ?? null) : null,
  };
}
