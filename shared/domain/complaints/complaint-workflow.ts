// Feedback and complaints (issue 12, point 4; the agency policy's sections 5 and 6). A complaint
// moves received → acknowledged → investigating → resolved → closed, and can be reopened.
// Due dates follow the 2020 regulator rules on consumer complaints (银行保险机构消费投诉处理
// 管理办法): a decision within 15 days of receipt, up to 30 days for a complex case, and here the
// extension needs a manager's (or the owner's) approval. The handler is never the staff member
// complained about. Closing needs the root cause and the corrective action, so the same
// complaint does not come back. Pure rules: storage and audit live elsewhere; errors are
// TextErrors with the code as `code`.
import { textRef, TextError } from '../../i18n';
import type { Id, IsoDateTime } from '../types';

export type FeedbackKind = 'suggestion' | 'praise' | 'complaint';
// 'other': rows written before schema v4 (their 'visit' became 'in_person').
export type FeedbackChannel = 'call' | 'sms' | 'wechat' | 'email' | 'in_person' | 'other';
export const FEEDBACK_CHANNELS: readonly FeedbackChannel[] = [
  'call',
  'sms',
  'wechat',
  'email',
  'in_person',
  'other',
];
export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['complaint', 'suggestion', 'praise'];
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
export const COMPLAINT_STATES: readonly ComplaintState[] = [
  'received',
  'acknowledged',
  'investigating',
  'resolved',
  'closed',
];
export type Severity = 'low' | 'medium' | 'high';
export type ComplaintState = 'received' | 'acknowledged' | 'investigating' | 'resolved' | 'closed';
export type ActorRole = 'owner' | 'manager' | 'staff';

export const DECIDE_WITHIN_DAYS = 15;
export const COMPLEX_DECIDE_WITHIN_DAYS = 30;
const DAY = 86_400_000;

export interface ComplaintEvent {
  at: IsoDateTime;
  by: Id;
  action: ComplaintAction;
  from: ComplaintState;
  to: ComplaintState;
  note?: string | null;
}

export interface Complaint {
  id: Id;
  /** null: anonymous; then it is tied to no staff member either. */
  clientId: Id | null;
  caseId?: Id | null;
  policyId?: Id | null;
  /** The staff member the complaint is about, if any. */
  aboutStaffId: Id | null;
  /** null only for a complaint written before schema v4 (nobody was named); assign one. */
  handlerId: Id | null;
  channel: FeedbackChannel;
  severity: Severity;
  state: ComplaintState;
  receivedAt: IsoDateTime;
  dueAt: IsoDateTime;
  extension: { approvedBy: Id; at: IsoDateTime; reason: string } | null;
  resolution: string | null;
  rootCause: string | null;
  correctiveAction: string | null;
  history: ComplaintEvent[];
}

export type ComplaintErrorCode =
  | 'handler_is_subject'
  | 'anonymous_with_staff'
  | 'not_allowed_now'
  | 'extension_needs_manager'
  | 'already_extended'
  | 'reason_required'
  | 'resolution_required'
  | 'root_cause_required'
  | 'corrective_action_required'
  | 'text_required'
  | 'handler_required'
  | 'satisfaction_not_now'
  | 'satisfaction_range';

/** A refused step; its code travels through the worker RPC, its text says what to do. */
export class ComplaintError extends TextError<ComplaintErrorCode> {
  constructor(code: ComplaintErrorCode) {
    super(code, textRef(`errors:complaint.${code}`));
    this.name = 'ComplaintError';
  }
}

/** What a complaint is received with: the fields it opens with, and who records it. */
export type NewComplaint = Pick<
  Complaint,
  | 'id'
  | 'clientId'
  | 'caseId'
  | 'policyId'
  | 'aboutStaffId'
  | 'handlerId'
  | 'channel'
  | 'severity'
  | 'receivedAt'
> & { by: Id; handlerId: Id };

const addDays = (at: IsoDateTime, days: number) =>
  new Date(Date.parse(at) + days * DAY).toISOString();

export function receiveComplaint(input: NewComplaint): Complaint {
  if (input.clientId === null && input.aboutStaffId !== null)
    throw new ComplaintError('anonymous_with_staff');
  if (input.aboutStaffId !== null && input.handlerId === input.aboutStaffId)
    throw new ComplaintError('handler_is_subject');
  const { by, ...fields } = input;
  return {
    ...fields,
    caseId: input.caseId ?? null,
    policyId: input.policyId ?? null,
    state: 'received',
    dueAt: addDays(input.receivedAt, DECIDE_WITHIN_DAYS),
    extension: null,
    resolution: null,
    rootCause: null,
    correctiveAction: null,
    history: [{ at: input.receivedAt, by, action: 'receive', from: 'received', to: 'received' }],
  };
}

export type ComplaintAction =
  | 'receive'
  | 'acknowledge'
  | 'investigate'
  | 'resolve'
  | 'close'
  | 'reopen'
  | 'extend'
  | 'reassign';

/** The states each action may start from, and where it leads (null: stays). */
const MOVES: Record<
  Exclude<ComplaintAction, 'receive'>,
  { from: readonly ComplaintState[]; to: ComplaintState | null }
> = {
  acknowledge: { from: ['received'], to: 'acknowledged' },
  investigate: { from: ['received', 'acknowledged'], to: 'investigating' },
  resolve: { from: ['acknowledged', 'investigating'], to: 'resolved' },
  close: { from: ['resolved'], to: 'closed' },
  reopen: { from: ['resolved', 'closed'], to: 'investigating' },
  extend: { from: ['received', 'acknowledged', 'investigating'], to: null },
  reassign: { from: ['received', 'acknowledged', 'investigating', 'resolved'], to: null },
};

export interface ActionInput {
  action: Exclude<ComplaintAction, 'receive'>;
  by: Id;
  role: ActorRole;
  at: IsoDateTime;
  note?: string | null;
  /** extend: why the case is complex. */
  reason?: string;
  /** resolve: what was decided for the customer. */
  resolution?: string;
  /** close: why it happened and what changes so it does not happen again. */
  rootCause?: string;
  correctiveAction?: string;
  /** reassign: the new handler. */
  handlerId?: Id;
}

const filled = (text: string | undefined | null): text is string =>
  !!text && text.trim().length > 0;

export function applyAction(complaint: Complaint, input: ActionInput): Complaint {
  const move = MOVES[input.action];
  if (!move.from.includes(complaint.state)) throw new ComplaintError('not_allowed_now');
  let next: Complaint = { ...complaint };
  switch (input.action) {
    case 'extend':
      if (input.role === 'staff') throw new ComplaintError('extension_needs_manager');
      if (complaint.extension) throw new ComplaintError('already_extended');
      if (!filled(input.reason)) throw new ComplaintError('reason_required');
      next = {
        ...next,
        dueAt: addDays(complaint.receivedAt, COMPLEX_DECIDE_WITHIN_DAYS),
        extension: { approvedBy: input.by, at: input.at, reason: input.reason.trim() },
      };
      break;
    case 'resolve':
      if (!filled(input.resolution)) throw new ComplaintError('resolution_required');
      next = { ...next, resolution: input.resolution.trim() };
      break;
    case 'close':
      if (!filled(input.rootCause)) throw new ComplaintError('root_cause_required');
      if (!filled(input.correctiveAction)) throw new ComplaintError('corrective_action_required');
      next = {
        ...next,
        rootCause: input.rootCause.trim(),
        correctiveAction: input.correctiveAction.trim(),
      };
      break;
    case 'reassign':
      if (!input.handlerId) throw new ComplaintError('not_allowed_now');
      if (complaint.aboutStaffId !== null && input.handlerId === complaint.aboutStaffId)
        throw new ComplaintError('handler_is_subject');
      next = { ...next, handlerId: input.handlerId };
      break;
    default:
      break;
  }
  const to = move.to ?? complaint.state;
  return {
    ...next,
    state: to,
    history: [
      ...complaint.history,
      {
        at: input.at,
        by: input.by,
        action: input.action,
        from: complaint.state,
        to,
        note: input.note ?? null,
      },
    ],
  };
}

export const isOpenComplaint = (c: Pick<Complaint, 'state'>) =>
  c.state !== 'resolved' && c.state !== 'closed';

/** A decision is overdue when the complaint is still open after its due time. */
export const isOverdue = (c: Pick<Complaint, 'state' | 'dueAt'>, now: IsoDateTime) =>
  isOpenComplaint(c) && Date.parse(now) > Date.parse(c.dueAt);
