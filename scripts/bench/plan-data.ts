// Synthetic agency for bench:plan: vehicles with a compulsory and a commercial policy ending a
// few days apart, end dates spread so that `openCases` cycles fall in the active window
// (45 days before to 30 days after `today`) and the rest later in the year.
import { addDays } from '../../shared/domain/china-date';
import { defaultSettings } from '../../shared/domain/reminders/default-settings';
import type { Client, Policy, Staff, Vehicle } from '../../shared/domain/types';

export interface BenchAgency {
  clients: Client[];
  vehicles: Vehicle[];
  policies: Policy[];
  staff: Staff[];
}

const AT = '2026-01-01T00:00:00.000Z';
const stamp = { createdAt: AT, updatedAt: AT, updatedBy: 'bench', deletedAt: null };

export function benchAgency(
  today: string,
  policies = 100_000,
  openCases = 30_000,
  staffCount = 10,
): BenchAgency {
  const vehicleCount = policies / 2;
  const clients: Client[] = [];
  const vehicles: Vehicle[] = [];
  const list: Policy[] = [];
  for (let i = 0; i < vehicleCount; i++) {
    const id = `v${i}`;
    clients.push({
      id: `c${i}`,
      ...stamp,
      name: `客户${i}`,
      phones: ['13800000000'],
      doNotContact: false,
      smsConsent: true,
      lastVerifiedOn: i % 5 === 0 ? '2024-01-01' : '2025-12-01',
    });
    vehicles.push({
      id,
      ...stamp,
      plate: `京A${String(i).padStart(5, '0')}`,
      ownerId: `c${i}`,
      ownerHistory: [],
    });
    const end = i < openCases ? addDays(today, -30 + (i % 75)) : addDays(today, 46 + (i % 300));
    const base = {
      ...stamp,
      insurer: '人保财险',
      vehicleId: id,
      insuredId: `c${i}`,
      status: 'active' as const,
      staffName: `业务员${i % (staffCount + 2)}`,
    };
    list.push({
      ...base,
      id: `p${i}a`,
      policyNo: `A${i}`,
      kind: 'compulsory',
      endDate: end,
      premium: 950,
    });
    list.push({
      ...base,
      id: `p${i}b`,
      policyNo: `B${i}`,
      kind: 'commercial',
      endDate: addDays(end, i % 6),
      premium: 2000 + (i % 3000),
    });
  }
  const staff: Staff[] = Array.from({ length: staffCount }, (_, i) => ({
    id: `s${i}`,
    ...stamp,
    name: `业务员${i}`,
    role: 'staff',
    dailyCapacity: 40,
    active: true,
  }));
  return { clients, vehicles, policies: list, staff };
}

export const benchSettings = defaultSettings;
