// Feedback and complaints, the reads (the writes are in feedback-repository.ts): the list and
// one row, the escalations open for a person or for the tray, and the customer names and cases
// the forms and lists show.
import type { EscalationStamp } from '../../../shared/domain/complaints/escalation';
import type { Feedback, Id, IsoDateTime } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { openClients } from './client-crypto';
import { OPEN_STATES } from './feedback-repository';

// Reads. Feedback is counted in hundreds a year at a desk, so the list is read whole and
// filtered on screen.

/** Every live feedback row, newest first. */
export async function listFeedback(db: AppDb): Promise<Feedback[]> {
  const rows = await db.feedback.orderBy('receivedAt').reverse().toArray();
  return rows.filter((f) => !f.deletedAt);
}

export async function getFeedback(db: AppDb, id: Id): Promise<Feedback | undefined> {
  const row = await db.feedback.get(id);
  return row && !row.deletedAt ? row : undefined;
}

/** Open complaints escalated to `staffId` (Today's escalation card), earliest due first. */
export async function openEscalationsFor(db: AppDb, staffId: Id): Promise<Feedback[]> {
  const rows = await db.feedback.where('escalatedTo').equals(staffId).toArray();
  return rows
    .filter((f) => !f.deletedAt && f.state && OPEN_STATES.includes(f.state))
    .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
}

/** An escalation the tray should announce: ids and codes only, no customer values. */
export interface EscalationNotice {
  /** Stable: feedback id, level and reason. */
  id: string;
  feedbackId: Id;
  to: Id | null;
  reason: EscalationStamp['reason'];
  raisedAt: IsoDateTime;
}

/** Every escalation of an open complaint (the reminder plan's escalation items). */
export async function openEscalationNotices(db: AppDb): Promise<EscalationNotice[]> {
  const rows = await db.feedback.where('state').anyOf(OPEN_STATES).toArray();
  return rows
    .filter((f) => !f.deletedAt)
    .flatMap((f) =>
      f.escalations.map((e) => ({
        id: `${f.id}:${e.level}:${e.reason}`,
        feedbackId: f.id,
        to: e.to,
        reason: e.reason,
        raisedAt: e.raisedAt,
      })),
    );
}

/** Customers' names for the rows shown (feedback keeps ids only). */
export async function clientNames(db: AppDb, ids: readonly Id[]): Promise<Map<Id, string>> {
  const unique = [...new Set(ids)];
  const rows = (await db.clients.bulkGet(unique)).filter((c) => !!c);
  // Opened after the read (its own transaction has ended).
  const opened = await openClients(rows);
  return new Map(opened.map((c) => [c.id, c.name] as const));
}

/** A customer's renewal cases (newest first), for tying feedback to one. */
export async function clientCases(
  db: AppDb,
  clientId: Id,
): Promise<{ id: Id; endDate: string; plate: string | null }[]> {
  const cases = await db.cases.where('clientId').equals(clientId).toArray();
  const live = cases.filter((c) => !c.deletedAt);
  const vehicles = await db.vehicles.bulkGet(live.map((c) => c.vehicleId));
  return live
    .map((c, i) => ({ id: c.id, endDate: c.endDate, plate: vehicles[i]?.plate ?? null }))
    .sort((a, b) => b.endDate.localeCompare(a.endDate));
}
