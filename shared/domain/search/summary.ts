// Builds the denormalised ClientSummary row (list, sorting, filters, search) from a client and
// the records around them. Pure: the repositories decide which records to pass in.
import type { Client, ClientSummary, Id, IsoDate, Policy, Staff, Vehicle } from '../types';
import { namePinyin } from './pinyin';

/** Sort key for a client without any active policy: indexes skip null, so use a far date. */
export const NO_EXPIRY: IsoDate = '9999-12-31';

function isLive(record: { deletedAt?: string | null }): boolean {
  return record.deletedAt == null;
}

function uniqueNonEmpty(values: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values) if (v) out.add(v);
  return [...out];
}

function earliest(dates: IsoDate[]): IsoDate | null {
  let min: IsoDate | null = null;
  // Stryker disable next-line EqualityOperator: an equal date is the same date
  for (const d of dates) if (min === null || d < min) min = d;
  return min;
}

/**
 * `vehicles` are the vehicles the client owns now; `policies` are the policies where the client
 * is the insured plus the policies of those vehicles (duplicates are fine, they are merged).
 * Soft-deleted vehicles and policies are ignored.
 */
export function buildClientSummary(
  client: Client,
  vehicles: readonly Vehicle[],
  policies: readonly Policy[],
  staffById: ReadonlyMap<Id, Pick<Staff, 'name'>>,
): ClientSummary {
  const liveVehicles = vehicles.filter(isLive);
  const byId = new Map<Id, Policy>();
  for (const p of policies) if (isLive(p)) byId.set(p.id, p);
  const livePolicies = [...byId.values()];
  const active = livePolicies.filter((p) => p.status === 'active');
  const nextExpiry = earliest(active.map((p) => p.endDate));
  const { initials, full } = namePinyin(client.name);
  // The customer's own staff member, else the 业务员 named on their newest policy (imports name
  // staff on policies), so the list's staff column and filter work for imported customers.
  const staffId = client.staffId ?? staffNamedOn(livePolicies, staffById);
  const summary: ClientSummary = {
    id: client.id,
    name: client.name,
    pinyinInitials: initials,
    pinyinFull: full,
    phones: [...client.phones],
    idNumber: client.idNumber ?? null,
    plates: uniqueNonEmpty(liveVehicles.map((v) => v.plate)),
    vins: uniqueNonEmpty(liveVehicles.map((v) => v.vin)),
    policyNos: uniqueNonEmpty(livePolicies.map((p) => p.policyNo)),
    insurers: uniqueNonEmpty(livePolicies.map((p) => p.insurer)),
    staffId,
    staffName: staffId ? (staffById.get(staffId)?.name ?? null) : null,
    nextExpiry: nextExpiry ?? NO_EXPIRY,
    nextExpiryMonth: nextExpiry ? nextExpiry.slice(0, 7) : '',
    nextCompulsoryEnd: earliest(
      active.filter((p) => p.kind === 'compulsory').map((p) => p.endDate),
    ),
    nextCommercialEnd: earliest(
      active.filter((p) => p.kind === 'commercial').map((p) => p.endDate),
    ),
    deleted: client.deletedAt != null,
  };
  if (client.isSample) summary.isSample = true;
  return summary;
}

function staffNamedOn(
  policies: readonly Policy[],
  staffById: ReadonlyMap<Id, Pick<Staff, 'name'>>,
): Id | null {
  let newest: Policy | null = null;
  for (const p of policies) {
    if (p.staffName && (!newest || p.endDate > newest.endDate)) newest = p;
  }
  if (!newest) return null;
  for (const [id, staff] of staffById) if (staff.name === newest.staffName) return id;
  return null;
}
