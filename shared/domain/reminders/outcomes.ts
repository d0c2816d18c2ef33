// What happens after a contact: the attempt is recorded on the task and the next step follows
// by itself (retry next working day, a call-back task, the case quoted, renewed or lost, a
// verify task for a wrong number, the do-not-contact list after a refusal).
import { textRef, TextError, type TextRef } from '../../i18n';
import type {
  Attempt,
  AttemptDetail,
  Channel,
  ClientCore,
  Id,
  IsoDate,
  IsoDateTime,
  RenewalCase,
  Settings,
  Task,
} from '../types';
import { workingDayAfter } from './calendar';
import { chinaClock } from './dates';
import { taskIdFor } from './record-ids';
import { FOLLOW_UP_TIER, followUpDateAfterQuote } from './follow-up';
import { doNotContactUntilAfterRefusal, taskKey } from './tiers';
import { emptyContactPrefs } from '../contact/contact-prefs';

export type OutcomeInput =
  | { outcome: 'no_answer' }
  | { outcome: 'busy' }
  | { outcome: 'callback'; at: IsoDateTime }
  | { outcome: 'quoted'; amount: number }
  | { outcome: 'renewed'; insurer: string; premium: number }
  | {
      outcome: 'lost';
      reason: string;
      /** Typed for the reason 其他 (other). */ reasonText?: string;
    }
  | { outcome: 'wrong_number' }
  | { outcome: 'do_not_contact' }
  | { outcome: 'sent' };

export interface OutcomeContext {
  now: IsoDateTime;
  today: IsoDate;
  settings: Settings;
  actor: string;
  channel: Channel;
  scriptId?: Id | null;
  scriptVersion?: number | null;
  note?: string | null;
  /** For a message sent: its purpose and the consent it relied on (the gate checked both). */
  purpose?: Attempt['purpose'];
  consent?: Attempt['consent'];
  /** Id of a new task from its key; taskIdFor (the same on every desk) by default. */
  newId?: (key: string) => string;
}

export interface OutcomeApplied {
  task: Task;
  case: RenewalCase;
  /** The client when the outcome changed it (verified, do-not-contact), else null. */
  client: ClientCore | null;
  newTasks: Task[];
  cancelledTasks: Task[];
  /** Verify tasks of the case completed by this call (the details were confirmed on it). */
  verifiedTasks: Task[];
}

/** A user-facing error: `text` says why, in the catalogue. */
export class OutcomeError extends TextError<'outcome'> {
  constructor(text: TextRef) {
    super('outcome', text);
    this.name = 'OutcomeError';
  }
}

const RETRY_OUTCOMES = new Set(['no_answer', 'busy']);
// Outcomes that do not confirm the customer's details.
const UNCONFIRMED = new Set(['no_answer', 'busy', 'wrong_number', 'do_not_contact']);

export function applyOutcome(args: {
  task: Task;
  case: RenewalCase;
  client: ClientCore | null;
  /** Every task of the case (to cancel pending ones and avoid duplicate call-backs). */
  caseTasks: readonly Task[];
  /**
   * Verify tasks of the customer's other cases (other cars): the Today list folds them into
   * this call too (one row per customer), so reaching the customer completes them.
   */
  customerVerifyTasks?: readonly Task[];
  input: OutcomeInput;
  ctx: OutcomeContext;
}): OutcomeApplied {
  const { input, ctx } = args;
  const stamp = { updatedAt: ctx.now, updatedBy: ctx.actor };
  if (args.task.status !== 'pending') {
    throw new OutcomeError(textRef('errors:outcome.notPending'));
  }
  if (input.outcome === 'lost' && !ctx.settings.lostReasons.includes(input.reason)) {
    throw new OutcomeError(textRef('errors:outcome.unknownLostReason', { reason: input.reason }));
  }
  const attempt = {
    at: ctx.now,
    channel: ctx.channel,
    outcome: input.outcome,
    note: ctx.note?.trim() || null,
    detail: detailOf(input),
    scriptId: ctx.scriptId ?? null,
    scriptVersion: ctx.scriptVersion ?? null,
    byStaffId: ctx.actor,
    ...(ctx.purpose ? { purpose: ctx.purpose, consent: ctx.consent ?? null } : {}),
  };
  let task: Task = { ...args.task, ...stamp, attempts: [...args.task.attempts, attempt] };
  let kase: RenewalCase = args.case;
  let client: ClientCore | null = null;
  const newTasks: Task[] = [];
  let cancelOthers = false;
  let followUpKey: string | null = null;
  const newTask = (
    tier: string,
    dueDate: IsoDate,
    dueAt: IsoDateTime | null,
    suffix?: string,
  ): void => {
    const key = taskKey(kase.id, tier, dueAt ?? dueDate, suffix);
    if (args.caseTasks.some((t) => t.key === key)) return;
    newTasks.push({
      id: (ctx.newId ?? taskIdFor)(key),
      createdAt: ctx.now,
      ...stamp,
      caseId: kase.id,
      kind: tier === 'callback' || tier === FOLLOW_UP_TIER ? 'callback' : 'verify',
      tier,
      key,
      dueDate,
      dueAt,
      assigneeId: kase.assigneeId ?? null,
      status: 'pending',
      attempts: [],
    });
  };

  if (RETRY_OUTCOMES.has(input.outcome)) {
    const tries = task.attempts.filter((a) => RETRY_OUTCOMES.has(a.outcome)).length;
    task =
      tries < ctx.settings.maxAttempts
        ? { ...task, dueDate: workingDayAfter(ctx.today, ctx.settings), dueAt: null }
        : { ...task, status: 'done' };
  } else {
    task = { ...task, status: 'done' };
  }
  switch (input.outcome) {
    case 'callback':
      newTask('callback', chinaClock(input.at).date, input.at);
      if (kase.state === 'open') kase = { ...kase, state: 'contacted' };
      break;
    case 'sent':
      if (kase.state === 'open') kase = { ...kase, state: 'contacted' };
      break;
    case 'quoted':
      kase = { ...kase, state: 'quoted', quotedPremium: input.amount };
      // The quote is followed up by itself (follow-up.ts: two working days later).
      followUpKey = taskKey(kase.id, FOLLOW_UP_TIER, followUpDate(ctx), 'quote');
      newTask(FOLLOW_UP_TIER, followUpDate(ctx), null, 'quote');
      break;
    case 'renewed':
      kase = {
        ...kase,
        state: 'renewed',
        closedAt: ctx.now,
        renewedInsurer: input.insurer,
        renewedPremium: input.premium,
      };
      cancelOthers = true;
      break;
    case 'lost':
      kase = { ...kase, state: 'lost', lostReason: input.reason, closedAt: ctx.now };
      cancelOthers = true;
      break;
    case 'wrong_number':
      newTask('verify', ctx.today, null, 'wrong-number');
      break;
    case 'do_not_contact':
      if (args.client) {
        const until = doNotContactUntilAfterRefusal(ctx.today, ctx.settings);
        // Stryker disable next-line EqualityOperator: on an equal date keeping or replacing gives the same date
        const keep = args.client.doNotContactUntil && args.client.doNotContactUntil > until;
        client = {
          ...args.client,
          ...stamp,
          doNotContactUntil: keep ? args.client.doNotContactUntil : until,
          // The contact gate's refused_recently reads the refusal's time (issue 13).
          contact: { ...emptyContactPrefs(), ...args.client.contact, refusedAt: ctx.now },
        };
      }
      cancelOthers = true;
      break;
  }
  // The Today list folds a pending verify task into the case's call: reaching the customer on
  // that call confirms the details too, so the verify task is done with the same attempt.
  const confirmed = !UNCONFIRMED.has(input.outcome);
  const verifiedAlong =
    args.task.kind !== 'verify' && confirmed && input.outcome !== 'sent'
      ? // Stryker disable next-line ArrayDeclaration: an item in the empty default is no pending verify task; the filter drops it
        [...args.caseTasks, ...(args.customerVerifyTasks ?? [])]
          .filter((t) => t.kind === 'verify' && t.status === 'pending' && t.dueDate <= ctx.today)
          .map((t) => ({
            ...t,
            ...stamp,
            status: 'done' as const,
            attempts: [...t.attempts, attempt],
          }))
      : [];
  if ((args.task.kind === 'verify' || verifiedAlong.length) && args.client && confirmed) {
    client = { ...(client ?? args.client), ...stamp, lastVerifiedOn: ctx.today };
  }
  if (kase !== args.case) kase = { ...kase, ...stamp };
  const doneAlong = new Set(verifiedAlong.map((t) => t.id));
  // A new quote replaces the follow-up of an earlier one: one follow-up per case.
  const replaced = (t: Task) =>
    followUpKey !== null && t.tier === FOLLOW_UP_TIER && t.key !== followUpKey;
  const cancelledTasks = args.caseTasks
    .filter((t) => t.status === 'pending' && t.id !== task.id && !doneAlong.has(t.id))
    .filter((t) => cancelOthers || replaced(t))
    .map((t) => ({
      ...t,
      ...stamp,
      status: 'cancelled' as const,
      cancelReason: cancelOthers ? ('outcome' as const) : ('superseded' as const),
    }));
  return { task, case: kase, client, newTasks, cancelledTasks, verifiedTasks: verifiedAlong };
}

function followUpDate(ctx: OutcomeContext): IsoDate {
  return followUpDateAfterQuote(ctx.today, ctx.settings);
}

/** The outcome's details as data (screens word them); null when it has none. */
function detailOf(input: OutcomeInput): AttemptDetail | null {
  switch (input.outcome) {
    case 'quoted':
      return { amount: input.amount };
    case 'renewed':
      return { insurer: input.insurer, premium: input.premium };
    case 'lost':
      return input.reasonText?.trim()
        ? { reason: input.reason, reasonText: input.reasonText.trim() }
        : { reason: input.reason };
    case 'callback':
      return { callbackAt: input.at };
    default:
      return null;
  }
}
