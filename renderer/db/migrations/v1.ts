// Version 1: the first cut of the data model (ARCHITECTURE.md). Every later version is a new
// file here (v2.ts, ...) with its `stores` delta and an `upgrade`, plus a test in
// tests/integration/db/ that fills the previous version and upgrades it.
//
// Several desks, one book: the unique natural keys below say which records are "the same" when
// the desks of an agency sync one day. How two desks' records with one key merge is written
// beside each key here and in docs/architecture-notes.md ("Several desks"); ids of computed
// records are derived from their keys (shared/domain/reminders/record-ids.ts).
import type { Dexie } from 'dexie';

export const V1_STORES: Record<string, string> = {
  clients: 'id, name, updatedAt, deletedAt, isSample, idNumber, *phones, staffId',
  vehicles: 'id, ownerId, plate, vin, deletedAt, isSample',
  // Same insurer + policyNo = one policy. Merge: the older id survives (UUIDv7 ids sort by
  // creation) and references to the other are rewritten; fields as a re-import merges them
  // (merge-records.ts), the newer updatedAt winning a field both desks changed; a deletion
  // wins over an older edit, a newer edit revives (deletedAt back to null).
  policies:
    'id, &[insurer+policyNo], policyNo, vehicleId, insuredId, endDate, importBatchId, status, deletedAt, isSample',
  // One denormalised row per client for the list, search and sorting (kept in step by the
  // repositories inside the same transaction as the records it summarises).
  clientSummaries: 'id, nextExpiry, nextExpiryMonth, staffId, *insurers, isSample',
  staff: 'id, name, active',
  // A case's id is its natural key `vehicleId:endDate`: two desks make one row. Merge: the
  // newer updatedAt wins, but a closed state (renewed, lost) is never reopened by a plan run.
  cases: 'id, vehicleId, clientId, state, endDate, assigneeId',
  // key `caseId:tier:dueDate` is unique; the id is a UUID v5 of it (older rows keep a random
  // id, see v2.ts). Merge by key: attempts are the union (by time and staff), status and
  // assignee from the newer updatedAt; the surviving id is taskIdFor(key).
  tasks: 'id, &key, caseId, dueDate, status, assigneeId, [assigneeId+status]',
  // A version, once written, never changes. Two desks that both wrote version N of a template
  // keep both: the later (createdAt) becomes the next free version; `current` is the highest.
  // Default scripts have fixed ids ('default:...'), so seeding twice makes one row.
  scripts: 'id, templateId, &[templateId+version], current',
  feedback: 'id, clientId, state, kind, createdAt',
  importBatches: 'id, contentHash, createdAt',
  importUndo: 'id, batchId',
  // One preset per header signature: the newer updatedAt wins whole (it is the mapping the
  // user chose last); the older id survives.
  importPresets: 'id, &signature',
  auditEvents: 'id, at, entity, entityId',
  settings: 'id',
};

export function applyV1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}
