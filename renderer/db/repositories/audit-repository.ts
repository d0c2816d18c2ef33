// The audit trail: who changed what and when. Writes happen inside the other repositories'
// transactions; this file only reads.
import type { AuditEvent, Id } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

/** Newest first. */
export function listAuditEvents(db: AppDb, limit = 200): Promise<AuditEvent[]> {
  return db.auditEvents.orderBy('at').reverse().limit(limit).toArray();
}

/** Every event about one record, oldest first. */
export async function listAuditEventsFor(db: AppDb, entityId: Id): Promise<AuditEvent[]> {
  const events = await db.auditEvents.where('entityId').equals(entityId).toArray();
  return events.sort((a, b) => a.at.localeCompare(b.at));
}
