// Synthetic agency for bench:kpi: `policies` policies (100k by default) with two years of
// history and a season in reach. Three in ten cars have a policy ending in the active window
// (30 days before to 44 after `today`: a due task each, 30k at 100k) and last year's policy
// that it renewed; the others have a policy that ended in the last 24 months and then renewed
// on time (70%), was lost (15%, a reason logged) or lapsed (15%). Closed cycles carry their
// closed case (assigned to staff), as two years of use would have left them.
import { addDays } from '../../shared/domain/china-date';
import type { Client, Policy, RenewalCase, Staff, Vehicle } from '../../shared/domain/types';

export interface KpiBenchAgency {
  clients: Client[];
  vehicles: Vehicle[];
  policies: Policy[];
  staff: Staff[];
  closedCases: RenewalCase[];
}

const AT = '2026-01-01T00:00:00.000Z';
const stamp = { createdAt: AT, updatedAt: AT, updatedBy: 'bench', deletedAt: null };
const INSURERS = ['人保财险', '平安产险', '太平洋产险', '国寿财险'];
const REASONS = ['价格', '服务', '理赔体验', '车辆出售', '其他'];

export function kpiBenchAgency(today: string, policies = 100_000, staffCount = 10): KpiBenchAgency {
  const open = Math.floor(policies * 0.3);
  // The other cars have 1.7 policies on average (the renewed ones two).
  const cars = open + Math.round((policies - 2 * open) / 1.7);
  const clients: Client[] = [];
  const vehicles: Vehicle[] = [];
  const list: Policy[] = [];
  const closedCases: RenewalCase[] = [];
  const staff: Staff[] = Array.from({ length: staffCount }, (_, i) => ({
    id: `s${i}`,
    ...stamp,
    name: `业务员${i}`,
    role: 'staff',
    dailyCapacity: 40,
    active: true,
  }));
  for (let i = 0; i < cars; i++) {
    const id = `v${i}`;
    clients.push({
      id: `c${i}`,
      ...stamp,
      name: `客户${i}`,
      phones: ['13800000000'],
      doNotContact: false,
      smsConsent: true,
      lastVerifiedOn: '2025-12-01',
    });
    vehicles.push({
      id,
      ...stamp,
      plate: `京A${String(i).padStart(5, '0')}`,
      ownerId: `c${i}`,
      ownerHistory: [],
    });
    const kind = i % 3 === 0 ? ('compulsory' as const) : ('commercial' as const);
    const base = {
      ...stamp,
      kind,
      vehicleId: id,
      insuredId: `c${i}`,
      status: 'active' as const,
      staffName: `业务员${i % staffCount}`,
    };
    const insurer = INSURERS[i % INSURERS.length] as string;
    const assigneeId = `s${i % staffCount}`;
    // Within the open share: this season's policy and last year's, which it renewed.
    const end = i < open ? addDays(today, -30 + (i % 75)) : addDays(today, -730 + (i % 700));
    const first: Policy = {
      ...base,
      id: `p${i}a`,
      policyNo: `A${i}`,
      insurer,
      startDate: addDays(end, -364),
      endDate: end,
      premium: 900 + (i % 4000),
    };
    const outcome =
      i < open
        ? 'renewed'
        : [
            'renewed',
            'renewed',
            'renewed',
            'renewed',
            'renewed',
            'renewed',
            'renewed',
            'lost',
            'lost',
            'lapsed',
          ][(i % 20) % 10];
    const prior = i < open ? addDays(end, -365) : end;
    if (i < open) {
      // Last year's policy, renewed by this season's (`first`).
      list.push({
        ...first,
        id: `p${i}z`,
        policyNo: `Z${i}`,
        startDate: addDays(prior, -364),
        endDate: prior,
      });
      list.push(first);
    } else {
      list.push(first);
      if (outcome === 'renewed') {
        list.push({
          ...base,
          id: `p${i}b`,
          policyNo: `B${i}`,
          insurer: i % 5 === 0 ? (INSURERS[(i + 1) % INSURERS.length] as string) : insurer,
          startDate: addDays(end, 1),
          endDate: addDays(end, 365),
          premium: 950 + (i % 4100),
        });
      }
    }
    const closedEnd = prior;
    const policyIds = [i < open ? `p${i}z` : `p${i}a`];
    const closedAt = `${addDays(closedEnd, outcome === 'lapsed' ? 31 : -3)}T02:00:00.000Z`;
    const kase: RenewalCase = {
      id: `${id}:${closedEnd}`,
      ...stamp,
      vehicleId: id,
      clientId: `c${i}`,
      policyIds,
      endDate: closedEnd,
      state: outcome as RenewalCase['state'],
      assigneeId,
      closedAt,
      lostReason: outcome === 'lost' ? (REASONS[i % REASONS.length] as string) : null,
      closedByPolicy: outcome === 'renewed' ? { state: 'open', closedAt: null } : null,
    };
    // Only cycles already past the plan's reach keep a seeded case; the rest the plan makes.
    if (addDays(closedEnd, 30) < today) closedCases.push(kase);
  }
  return { clients, vehicles, policies: list, staff, closedCases };
}
