// A customer's feedback record (issue 12 point 4): suggestions, praise and complaints in one
// table, the complaint workflow's fields null or empty for the other kinds. Re-exported from
// types.ts with the rest of the data model.
import type { Id, IsoDateTime, Stamped } from '../types';
import type {
  Complaint,
  ComplaintEvent,
  ComplaintState,
  FeedbackChannel,
  FeedbackKind,
  Severity,
} from './complaint-workflow';
import type { EscalationStamp } from './escalation';

type ComplaintExtension = NonNullable<Complaint['extension']>;

/** A satisfaction score (1–5) recorded after a call or a resolved complaint. */
export interface SatisfactionRecord {
  score: 1 | 2 | 3 | 4 | 5;
  at: IsoDateTime;
  by: Id;
}

/**
 * Feedback from a customer (issue 12 point 4), any channel: a suggestion, praise or a
 * complaint. Complaints carry the workflow (complaints/complaint-workflow.ts); for suggestions
 * and praise those fields are null or empty (so `state` keeps them out of its index).
 */
export interface Feedback extends Stamped {
  kind: FeedbackKind;
  channel: FeedbackChannel;
  severity: Severity;
  text: string;
  /** null: anonymous (then tied to no staff member either). */
  clientId: Id | null;
  caseId: Id | null;
  policyId: Id | null;
  /** The staff member the feedback is about, if any. */
  aboutStaffId: Id | null;
  receivedAt: IsoDateTime;
  /**
   * The script (Script.id, one version) of the last contact on the case before the feedback,
   * so the dashboard can count complaints per script version; null when there was none.
   */
  scriptId: Id | null;
  scriptVersion: number | null;
  satisfaction: SatisfactionRecord | null;
  // Complaints only:
  state: ComplaintState | null;
  handlerId: Id | null;
  dueAt: IsoDateTime | null;
  extension: ComplaintExtension | null;
  resolution: string | null;
  rootCause: string | null;
  correctiveAction: string | null;
  history: ComplaintEvent[];
  escalations: EscalationStamp[];
  /** Everyone an escalation went to (multi-entry index: Today's escalation card). */
  escalatedTo: Id[];
}
