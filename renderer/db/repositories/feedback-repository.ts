// Feedback and complaints (issue 12 point 4), the writes (the reads are feedback-queries.ts):
// recording feedback from any channel, a complaint's workflow steps, escalations (by the rules and by hand) and satisfaction scores. The rules are
// shared/domain/complaints; this file checks the role before each write, writes the record and
// its audit events in one transaction, and announces the change (escalations feed the reminder
// plan, so a change here is a plan input).
import {
  applyAction,
  ComplaintError,
  isOpenComplaint,
  receiveComplaint,
  type ActionInput,
  type Complaint,
  type ComplaintState,
  type FeedbackChannel,
  type FeedbackKind,
  type Severity,
} from '../../../shared/domain/complaints/complaint-workflow';
import {
  escalationTarget,
  isSatisfactionScore,
  manualEscalationLevel,
  newEscalations,
  type Escalation,
  type EscalationStamp,
} from '../../../shared/domain/complaints/escalation';
import { complaintSubject } from '../../../shared/domain/identity/abilities';
import type { Feedback, Id, IsoDateTime, Staff } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { authorize } from './authorize';
import { auditEvent, newId, notFound, nowIso, writeAudit, type Actor } from './write-context';

export interface FeedbackInput {
  kind: FeedbackKind;
  channel: FeedbackChannel;
  severity: Severity;
  text: string;
  /** null: anonymous. */
  clientId: Id | null;
  caseId?: Id | null;
  policyId?: Id | null;
  aboutStaffId?: Id | null;
  /** Complaints: who handles it (never the person it is about). */
  handlerId?: Id | null;
  /** When the customer gave it; now by default. */
  receivedAt?: IsoDateTime;
  /** A score given with a suggestion or praise (after a call). */
  satisfaction?: number | null;
}

export const OPEN_STATES: ComplaintState[] = ['received', 'acknowledged', 'investigating'];

/** The workflow's view of a stored complaint. */
function asComplaint(f: Feedback): Complaint {
  if (f.kind !== 'complaint' || !f.state || !f.dueAt) throw new ComplaintError('not_allowed_now');
  return {
    id: f.id,
    clientId: f.clientId,
    caseId: f.caseId,
    policyId: f.policyId,
    aboutStaffId: f.aboutStaffId,
    handlerId: f.handlerId,
    channel: f.channel,
    severity: f.severity,
    state: f.state,
    receivedAt: f.receivedAt,
    dueAt: f.dueAt,
    extension: f.extension,
    resolution: f.resolution,
    rootCause: f.rootCause,
    correctiveAction: f.correctiveAction,
    history: f.history,
  };
}

function stampEscalations(
  f: Feedback,
  escalations: readonly Escalation[],
  staff: readonly Staff[],
  by: string,
  now: IsoDateTime,
): Feedback {
  if (escalations.length === 0) return f;
  const stamps: EscalationStamp[] = escalations.map((e) => ({
    ...e,
    raisedAt: now,
    to: escalationTarget(e.level, staff, f.aboutStaffId),
    by,
  }));
  const to = stamps.flatMap((s) => (s.to ? [s.to] : []));
  return {
    ...f,
    escalations: [...f.escalations, ...stamps],
    escalatedTo: [...new Set([...f.escalatedTo, ...to])],
  };
}

const escalationAudit = (actor: Actor, f: Feedback, from: number, now: IsoDateTime) =>
  f.escalations
    .slice(from)
    .map((e) => auditEvent(actor, 'escalate', 'feedback', f.id, `${e.level}:${e.reason}`, now));

/** The script of the last contact on the case before `at` (null when there was none). */
async function lastScriptBefore(
  db: AppDb,
  caseId: Id | null,
  at: IsoDateTime,
): Promise<{ scriptId: Id | null; scriptVersion: number | null }> {
  const none = { scriptId: null, scriptVersion: null };
  if (!caseId) return none;
  const tasks = await db.tasks.where('caseId').equals(caseId).toArray();
  const attempts = tasks
    .flatMap((t) => t.attempts)
    .filter((a) => a.scriptId && a.at <= at)
    .sort((a, b) => a.at.localeCompare(b.at));
  const last = attempts[attempts.length - 1];
  return last
    ? { scriptId: last.scriptId ?? null, scriptVersion: last.scriptVersion ?? null }
    : none;
}

const filled = (text: string | null | undefined) => !!text && text.trim().length > 0;

/** Records feedback; a complaint starts its workflow (and a high-severity one escalates now). */
export async function recordFeedback(
  db: AppDb,
  input: FeedbackInput,
  actor: Actor,
  now: IsoDateTime = nowIso(),
): Promise<Feedback> {
  if (!filled(input.text)) throw new ComplaintError('text_required');
  const aboutStaffId = input.aboutStaffId ?? null;
  if (input.clientId === null && aboutStaffId !== null)
    throw new ComplaintError('anonymous_with_staff');
  const complaint = input.kind === 'complaint';
  const satisfaction = input.satisfaction ?? null;
  if (satisfaction !== null) {
    if (complaint) throw new ComplaintError('satisfaction_not_now');
    if (!isSatisfactionScore(satisfaction)) throw new ComplaintError('satisfaction_range');
  }
  if (complaint && !input.handlerId) throw new ComplaintError('handler_required');
  await authorize(db, actor, 'record', 'Feedback');
  const receivedAt = input.receivedAt ?? now;
  const id = newId();
  const workflow = complaint
    ? receiveComplaint({
        id,
        clientId: input.clientId,
        caseId: input.caseId ?? null,
        policyId: input.policyId ?? null,
        aboutStaffId,
        handlerId: input.handlerId as Id,
        channel: input.channel,
        severity: input.severity,
        receivedAt,
        by: actor,
      })
    : null;
  return db.transaction('rw', [db.feedback, db.tasks, db.staff, db.auditEvents], async () => {
    let row: Feedback = {
      id,
      createdAt: now,
      updatedAt: now,
      updatedBy: actor,
      deletedAt: null,
      kind: input.kind,
      channel: input.channel,
      severity: input.severity,
      text: input.text.trim(),
      clientId: input.clientId,
      caseId: input.caseId ?? null,
      policyId: input.policyId ?? null,
      aboutStaffId,
      receivedAt,
      ...(await lastScriptBefore(db, input.caseId ?? null, receivedAt)),
      satisfaction: satisfaction === null ? null : { score: satisfaction, at: now, by: actor },
      state: workflow?.state ?? null,
      handlerId: workflow?.handlerId ?? null,
      dueAt: workflow?.dueAt ?? null,
      extension: null,
      resolution: null,
      rootCause: null,
      correctiveAction: null,
      history: workflow?.history ?? [],
      escalations: [],
      escalatedTo: [],
    };
    if (workflow) {
      const staff = await db.staff.toArray();
      row = stampEscalations(row, newEscalations(workflow, [], now), staff, 'system', now);
    }
    await db.feedback.add(row);
    await writeAudit(db, [
      auditEvent(actor, 'record', 'feedback', id, `${row.kind}:${row.severity}`, now),
      ...escalationAudit('system', row, 0, now),
    ]);
    publishPlanInputsChanged(db, ['feedback']);
    return row;
  });
}

async function loadComplaint(db: AppDb, id: Id): Promise<Feedback> {
  const row = await db.feedback.get(id);
  if (!row || row.deletedAt) throw notFound('feedback', id);
  if (row.kind !== 'complaint') throw new ComplaintError('not_allowed_now');
  return row;
}

/** One step of a complaint's workflow (acknowledge ... close, reopen, extend, reassign). */
export async function complaintStep(
  db: AppDb,
  id: Id,
  step: Omit<ActionInput, 'by' | 'role' | 'at'>,
  actor: Actor,
  now: IsoDateTime = nowIso(),
): Promise<Feedback> {
  const before = await loadComplaint(db, id);
  const who = await authorize(
    db,
    actor,
    step.action === 'close' ? 'close' : 'handle',
    complaintSubject(before.handlerId),
  );
  return db.transaction('rw', [db.feedback, db.staff, db.auditEvents], async () => {
    const row = await loadComplaint(db, id);
    if (step.action === 'reassign') {
      const handler = step.handlerId ? await db.staff.get(step.handlerId) : undefined;
      if (!handler || !handler.active || handler.deletedAt)
        throw new ComplaintError('handler_required');
    }
    const next = applyAction(asComplaint(row), { ...step, by: actor, role: who.role, at: now });
    const written: Feedback = { ...row, ...next, updatedAt: now, updatedBy: actor };
    await db.feedback.put(written);
    const last = next.history[next.history.length - 1];
    await writeAudit(
      db,
      auditEvent(
        actor,
        `complaint-${step.action}`,
        'feedback',
        id,
        `${last?.from}>${last?.to}`,
        now,
      ),
    );
    publishPlanInputsChanged(db, ['feedback']);
    return written;
  });
}

/** Sends an open complaint up by hand: to a manager first, then to the owner. */
export async function escalateComplaint(
  db: AppDb,
  id: Id,
  actor: Actor,
  now: IsoDateTime = nowIso(),
): Promise<Feedback> {
  const before = await loadComplaint(db, id);
  await authorize(db, actor, 'escalate', complaintSubject(before.handlerId));
  return db.transaction('rw', [db.feedback, db.staff, db.auditEvents], async () => {
    const row = await loadComplaint(db, id);
    if (!isOpenComplaint(asComplaint(row))) throw new ComplaintError('not_allowed_now');
    const level = manualEscalationLevel(row.escalations);
    if (row.escalations.some((e) => e.level === 'owner' && e.reason === 'manual'))
      throw new ComplaintError('not_allowed_now');
    const escalation: Escalation = { level, reason: 'manual', at: now };
    const staff = await db.staff.toArray();
    const written = {
      ...stampEscalations(row, [escalation], staff, actor, now),
      updatedAt: now,
      updatedBy: actor,
    };
    await db.feedback.put(written);
    await writeAudit(db, escalationAudit(actor, written, row.escalations.length, now));
    publishPlanInputsChanged(db, ['feedback']);
    return written;
  });
}

/**
 * The periodic check: every escalation the rules say is due by `now` and not raised yet (half
 * time, a missed due date) is stamped on its complaint, in one transaction. No person acts, so
 * no role is asked; the audit names 'system'. Returns how many were raised.
 */
export async function raiseDueEscalations(db: AppDb, now: IsoDateTime = nowIso()): Promise<number> {
  const due = (rows: Feedback[]) =>
    rows.filter(
      (f) =>
        !f.deletedAt &&
        f.kind === 'complaint' &&
        f.dueAt &&
        newEscalations(asComplaint(f), f.escalations, now).length > 0,
    );
  // A read first: the usual case (nothing due) opens no read-write transaction.
  if (due(await db.feedback.where('state').anyOf(OPEN_STATES).toArray()).length === 0) return 0;
  return db.transaction('rw', [db.feedback, db.staff, db.auditEvents], async () => {
    const rows = due(await db.feedback.where('state').anyOf(OPEN_STATES).toArray());
    const staff = await db.staff.toArray();
    let raised = 0;
    const events = [];
    for (const row of rows) {
      const fresh = newEscalations(asComplaint(row), row.escalations, now);
      const written = { ...stampEscalations(row, fresh, staff, 'system', now), updatedAt: now };
      await db.feedback.put(written);
      events.push(...escalationAudit('system', written, row.escalations.length, now));
      raised += fresh.length;
    }
    await writeAudit(db, events);
    publishPlanInputsChanged(db, ['feedback']);
    return raised;
  });
}

/** A satisfaction score (1–5): for a resolved or closed complaint, or on a suggestion or praise. */
export async function recordSatisfaction(
  db: AppDb,
  id: Id,
  score: number,
  actor: Actor,
  now: IsoDateTime = nowIso(),
): Promise<Feedback> {
  if (!isSatisfactionScore(score)) throw new ComplaintError('satisfaction_range');
  const before = await db.feedback.get(id);
  if (!before || before.deletedAt) throw notFound('feedback', id);
  if (before.kind === 'complaint') {
    if (before.state !== 'resolved' && before.state !== 'closed')
      throw new ComplaintError('satisfaction_not_now');
    await authorize(db, actor, 'handle', complaintSubject(before.handlerId));
  } else {
    await authorize(db, actor, 'record', 'Feedback');
  }
  return db.transaction('rw', [db.feedback, db.auditEvents], async () => {
    const row = await db.feedback.get(id);
    if (!row || row.deletedAt) throw notFound('feedback', id);
    const written: Feedback = {
      ...row,
      satisfaction: { score, at: now, by: actor },
      updatedAt: now,
      updatedBy: actor,
    };
    await db.feedback.put(written);
    await writeAudit(db, auditEvent(actor, 'satisfaction', 'feedback', id, `${score}`, now));
    // Feedback is a plan input as a whole (one rule for the table, not per field).
    publishPlanInputsChanged(db, ['feedback']);
    return written;
  });
}
