// Version 4: feedback and complaints (issue 12 point 4). The `feedback` table declared in v1
// (never written by a release: no screen recorded feedback) gets its full shape: the text, the
// links to customer, case, policy and the staff member it is about, and for complaints the
// workflow (state, handler, due date, extension, resolution, root cause, corrective action,
// history) and its escalations. New indexes: the case (a customer's and a case's feedback), the
// handler and the person complained about (never the same), the receipt time (the list and the
// dashboard's periods), the due time (what is overdue), `*escalatedTo` (Today's escalation card
// for the person it went to) and deletedAt (the purge reads only deleted rows).
//
// A row of the v1 shape, should one exist, is reshaped rather than dropped: `summary` becomes
// `text`, its state maps onto the workflow, a complaint gets the 15-day due date from its
// receipt and no handler (the list asks for one). Self-contained: it depends on no other
// version's file. Idempotent: a row already of the v4 shape (it has `history`) is left alone.
import type { Dexie } from 'dexie';

export const V4_STORES: Record<string, string> = {
  feedback:
    'id, clientId, caseId, state, kind, createdAt, receivedAt, handlerId, aboutStaffId, dueAt, *escalatedTo, deletedAt',
};

const DAY = 86_400_000;
/** The 2020 rules' decision time, as complaint-workflow.ts has it (kept here: self-contained). */
const DECIDE_WITHIN_DAYS = 15;

const V1_STATES: Record<string, string> = {
  new: 'received',
  in_progress: 'investigating',
  escalated: 'investigating',
  resolved: 'resolved',
};

const V1_CHANNELS: Record<string, string> = { visit: 'in_person' };

/** A v1 feedback row in the v4 shape (exported for the upgrade test). */
export function reshapeV1Feedback(row: Record<string, unknown>): Record<string, unknown> {
  if (Array.isArray(row.history)) return row;
  // resolvedAt has no place of its own any more: the history's receipt is what v1 knew.
  const { summary, resolvedAt: _resolvedAt, ...rest } = row;
  const receivedAt = typeof row.createdAt === 'string' ? row.createdAt : new Date(0).toISOString();
  const complaint = row.kind === 'complaint';
  const state = V1_STATES[String(row.state)] ?? 'received';
  const channel = V1_CHANNELS[String(row.channel)] ?? row.channel;
  return {
    ...rest,
    channel,
    text: typeof summary === 'string' ? summary : '',
    clientId: row.clientId ?? null,
    caseId: null,
    policyId: null,
    aboutStaffId: null,
    receivedAt,
    scriptId: null,
    scriptVersion: null,
    satisfaction: null,
    state: complaint ? state : null,
    handlerId: null,
    dueAt: complaint
      ? new Date(Date.parse(receivedAt) + DECIDE_WITHIN_DAYS * DAY).toISOString()
      : null,
    extension: null,
    resolution: row.resolution ?? null,
    rootCause: null,
    correctiveAction: null,
    history: complaint
      ? [
          {
            at: receivedAt,
            by: typeof row.updatedBy === 'string' ? row.updatedBy : 'system',
            action: 'receive',
            from: 'received',
            to: 'received',
            note: null,
          },
        ]
      : [],
    escalations: [],
    escalatedTo: [],
  };
}

export function applyV4(db: Dexie): void {
  db.version(4)
    .stores(V4_STORES)
    .upgrade(async (tx) => {
      await tx
        .table('feedback')
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = reshapeV1Feedback(row);
        });
    });
}
