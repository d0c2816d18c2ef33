// Next year's list renews this year's: for each vehicle and kind, an active policy followed by
// a later-ending one that this import brought in is marked `renewed`, pointing at its successor.
import type { Id, Policy } from '../types';
import type { MergeState } from './merge-records';
import type { RenewalInfo } from './plan-types';

export function applyRenewals(s: MergeState, batchPolicyIds: Set<Id>): RenewalInfo[] {
  const groups = new Map<string, Policy[]>();
  for (const p of s.world.policies.values()) {
    if (p.deletedAt) continue;
    const key = `${p.vehicleId}|${p.kind}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const renewals: RenewalInfo[] = [];
  for (const list of groups.values()) {
    if (list.length < 2 || !list.some((p) => batchPolicyIds.has(p.id))) continue;
    list.sort((a, b) => a.endDate.localeCompare(b.endDate));
    for (let i = 0; i < list.length - 1; i++) {
      const older = list[i] as Policy;
      const newer = list[i + 1] as Policy;
      if (!batchPolicyIds.has(newer.id) || older.status !== 'active') continue;
      if (newer.endDate <= older.endDate) continue;
      const prior = s.world.policies.get(older.id) as Policy;
      s.put(
        'policy',
        s.world.policies,
        prior,
        { ...prior, status: 'renewed', renewedById: newer.id },
        ['status', 'renewedById'],
      );
      const vehicle = s.world.vehicles.get(older.vehicleId);
      renewals.push({
        vin: vehicle?.vin ?? null,
        plate: vehicle?.plate ?? null,
        previousEndDate: older.endDate,
        newStartDate: newer.startDate ?? null,
        previousPolicyId: older.id,
        newPolicyId: newer.id,
      });
    }
  }
  return renewals;
}
