// Version 1: the first cut of the data model (ARCHITECTURE.md). Every later version is a new
// file here (v2.ts, ...) with its `stores` delta and an `upgrade`, plus a test in
// tests/integration/db/ that fills the previous version and upgrades it.
import type { Dexie } from 'dexie';

export const V1_STORES: Record<string, string> = {
  clients: 'id, name, updatedAt, deletedAt, isSample, idNumber, *phones, staffId',
  vehicles: 'id, ownerId, plate, vin, deletedAt, isSample',
  policies:
    'id, &[insurer+policyNo], policyNo, vehicleId, insuredId, endDate, importBatchId, status, deletedAt, isSample',
  // One denormalised row per client for the list, search and sorting (kept in step by the
  // repositories inside the same transaction as the records it summarises).
  clientSummaries: 'id, nextExpiry, nextExpiryMonth, staffId, *insurers, isSample',
  staff: 'id, name, active',
  cases: 'id, vehicleId, clientId, state, endDate, assigneeId',
  tasks: 'id, &key, caseId, dueDate, status, assigneeId, [assigneeId+status]',
  scripts: 'id, templateId, &[templateId+version], current',
  feedback: 'id, clientId, state, kind, createdAt',
  importBatches: 'id, contentHash, createdAt',
  importUndo: 'id, batchId',
  importPresets: 'id, &signature',
  auditEvents: 'id, at, entity, entityId',
  settings: 'id',
};

export function applyV1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}
