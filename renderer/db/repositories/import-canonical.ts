// Stored policies back as canonical records (the import's own shape): the CLI prints them and
// the policy export writes them, so an exported list can be compared with what was imported.
import type { CanonicalRecord } from '../../../shared/domain/import/types';
import type { PolicyStatus } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { openClients } from './client-crypto';

export type StoredPolicyRecord = CanonicalRecord & { status: PolicyStatus };

export async function storedPolicyRecords(db: AppDb): Promise<StoredPolicyRecord[]> {
  const read = await db.transaction('r', [db.policies, db.vehicles, db.clients], async () => ({
    policies: (await db.policies.toArray()).filter((p) => !p.deletedAt),
    vehicles: new Map((await db.vehicles.toArray()).map((v) => [v.id, v])),
    rows: await db.clients.toArray(),
  }));
  // Customers open after the read transaction (WebCrypto inside it would end it).
  const clients = new Map((await openClients(read.rows)).map((c) => [c.id, c]));
  const { policies, vehicles } = read;
  return policies
    .map((p): StoredPolicyRecord => {
      const v = vehicles.get(p.vehicleId);
      const c = clients.get(p.insuredId);
      return {
        policyNo: p.policyNo,
        insurer: p.insurer || null,
        kind: p.kind,
        plate: v?.plate ?? null,
        plateMissing: !v?.plate,
        vin: v?.vin ?? null,
        engineNo: v?.engineNo ?? null,
        brandModel: v?.brandModel ?? null,
        firstRegisteredOn: v?.firstRegisteredOn ?? null,
        insured: c?.name ?? null,
        holder: p.holderName ?? null,
        phones: c?.phones ?? [],
        idNumber: c?.idNumber ?? null,
        startDate: p.startDate ?? null,
        endDate: p.endDate,
        endTime: p.endTime ?? null,
        premium: p.premium ?? null,
        staff: p.staffName ?? null,
        note: null,
        status: p.status,
      };
    })
    .sort((a, b) => `${a.insurer}|${a.policyNo}`.localeCompare(`${b.insurer}|${b.policyNo}`));
}
