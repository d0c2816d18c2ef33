// Version 2: ready for several desks. Nothing is hard-deleted any more except by the purge:
// an import undo or the removal of the sample agency marks rows `deletedAt` (a tombstone a
// future sync can carry to the other desks), every read skips them, and purgeSoftDeleted
// (repositories/purge-repository.ts) removes rows deleted more than 30 days ago when the app
// opens. Clients, vehicles and policies had a deletedAt index since v1; staff, cases and tasks
// get one here so the purge walks only deleted rows (IndexedDB leaves null keys out of an
// index, so the index holds the deleted rows alone).
//
// Existing rows need no reshaping, so there is no upgrade function: a v1 row without
// deletedAt reads as live. Tasks made before v2 keep their random ids (only new tasks get the
// UUID v5 of their key, shared/domain/reminders/record-ids.ts): re-keying them would change
// ids the main process already recorded as notified (call-back reminders would be shown
// again) and ids the audit trail names, and it buys nothing, because the unique `key` stays
// the merge key of tasks. Cases already had derived ids (`vehicleId:endDate`).
//
// How two desks' records with one natural key merge: see the comments in v1.ts and
// docs/architecture-notes.md ("Several desks").
import type { Dexie } from 'dexie';
import { V1_STORES } from './v1';

const withDeletedAt = (stores: string | undefined) => `${stores ?? 'id'}, deletedAt`;

export const V2_STORES: Record<string, string> = {
  staff: withDeletedAt(V1_STORES.staff),
  cases: withDeletedAt(V1_STORES.cases),
  tasks: withDeletedAt(V1_STORES.tasks),
};

export function applyV2(db: Dexie): void {
  db.version(2).stores(V2_STORES);
}
