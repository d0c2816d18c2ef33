// When a complaint goes up: a high-severity complaint to a manager at once; any other to a
// manager when half its decision time has passed while still open; a missed due date to the
// owner. Each escalation happens once; the caller turns each into a Today task and a tray
// notification for the person it goes to, and stores it so it is not raised again.
import type { Id, IsoDateTime, StaffRole } from '../types';
import { isOpenComplaint, type Complaint } from './complaint-workflow';

export type EscalationLevel = 'manager' | 'owner';
/** `manual`: the handler (or a manager) sent it up by hand. */
export type EscalationReason = 'high_severity' | 'half_time' | 'overdue' | 'manual';

export interface Escalation {
  level: EscalationLevel;
  reason: EscalationReason;
  /** When it became due (not when it was noticed): the task's due time. */
  at: IsoDateTime;
}

/** An escalation as stored on the complaint once raised. */
export interface EscalationStamp extends Escalation {
  /** When it was noticed and written (the periodic check may be up to minutes late). */
  raisedAt: IsoDateTime;
  /** Who it goes to; null when the desk has nobody in that role. */
  to: Id | null;
  /** 'system' for the rules, else the staff member who escalated by hand. */
  by: string;
}

export interface EscalationCandidate {
  id: Id;
  name: string;
  role: StaffRole;
  active: boolean;
  deletedAt?: IsoDateTime | null;
}

/**
 * Who an escalation goes to: a manager's to the first active manager (by name) who is not the
 * person complained about, the owner when there is none; an owner's to the owner.
 */
export function escalationTarget(
  level: EscalationLevel,
  staff: readonly EscalationCandidate[],
  aboutStaffId: Id | null,
): Id | null {
  const live = staff
    .filter((s) => s.active && !s.deletedAt && s.id !== aboutStaffId)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
  const owner = live.find((s) => s.role === 'owner')?.id ?? null;
  if (level === 'owner') return owner;
  return live.find((s) => s.role === 'manager')?.id ?? owner;
}

/** The level a hand-made escalation goes to: a manager first, the owner once a manager has it. */
export function manualEscalationLevel(
  raised: readonly Pick<Escalation, 'level'>[],
): EscalationLevel {
  return raised.some((r) => r.level === 'manager') ? 'owner' : 'manager';
}

type EscalationFacts = Pick<Complaint, 'severity' | 'state' | 'receivedAt' | 'dueAt'>;

/** Every escalation due by `now`, earliest first, whether raised already or not. */
export function dueEscalations(complaint: EscalationFacts, now: IsoDateTime): Escalation[] {
  if (!isOpenComplaint(complaint)) return [];
  const nowMs = Date.parse(now);
  const received = Date.parse(complaint.receivedAt);
  const due = Date.parse(complaint.dueAt);
  const out: Escalation[] = [];
  if (complaint.severity === 'high') {
    out.push({ level: 'manager', reason: 'high_severity', at: complaint.receivedAt });
  } else {
    const half = received + (due - received) / 2;
    if (nowMs >= half)
      out.push({ level: 'manager', reason: 'half_time', at: new Date(half).toISOString() });
  }
  if (nowMs > due) out.push({ level: 'owner', reason: 'overdue', at: complaint.dueAt });
  return out;
}

/** The escalations due by `now` that are not among `raised` yet (matched by level and reason). */
export function newEscalations(
  complaint: EscalationFacts,
  raised: readonly Pick<Escalation, 'level' | 'reason'>[],
  now: IsoDateTime,
): Escalation[] {
  return dueEscalations(complaint, now).filter(
    (e) => !raised.some((r) => r.level === e.level && r.reason === e.reason),
  );
}

/** A satisfaction score after a call or a resolved complaint: a whole number from 1 to 5. */
export function isSatisfactionScore(value: unknown): value is 1 | 2 | 3 | 4 | 5 {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}
