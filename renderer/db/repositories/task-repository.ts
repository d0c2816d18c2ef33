// Recording what happened on a task. The pure rules (shared/domain/reminders/outcomes.ts)
// decide the next step; this writes the task, the case, the client and any new task in one
// transaction with the audit trail.
import { withCaseEnd } from '../../../shared/domain/reminders/today-rank';
import { chinaDate } from '../../../shared/domain/china-date';
import {
  applyOutcome,
  type OutcomeApplied,
  type OutcomeInput,
} from '../../../shared/domain/reminders/outcomes';
import type {
  Attempt,
  Channel,
  ClientCore,
  StoredClient,
  Id,
  RenewalCase,
  Settings,
  Task,
} from '../../../shared/domain/types';
import { ContactBlockedError } from '../../../shared/domain/contact/contact-blocked';
import type { GatePurpose } from '../../../shared/domain/contact/contact-gate';
import {
  checkCustomer,
  consentBasis,
  gateSettingsOf,
  purposeOfTask,
} from '../../../shared/domain/contact/customer-gate';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { getSettings } from './settings-repository';
import { auditEvent, notFound, nowIso, type Actor, writeAudit } from './write-context';
import { caseFactTables, writeCaseFacts } from './case-facts';
import { authorize } from './authorize';
import { taskSubject } from '../../../shared/domain/identity/abilities';

export interface LogOutcomeOptions {
  actor: Actor;
  channel: Channel;
  /** Defaults to the clock; tests pass a fixed instant. */
  now?: string;
  /** China calendar date of `now` unless given. */
  today?: string;
  scriptId?: Id | null;
  scriptVersion?: number | null;
  note?: string | null;
  /** A message sent: what it was for (the task's purpose unless given). */
  purpose?: GatePurpose;
}

/** Soft-deleted tasks (removed sample data) read as absent everywhere. */
export async function getTask(db: AppDb, id: Id): Promise<Task | undefined> {
  const t = await db.tasks.get(id);
  return t && !t.deletedAt ? t : undefined;
}

/**
 * What one logged outcome changed, to put it back (the "已记录" toast's undo): every record as
 * it was before and as it was written, and the tasks it created.
 */
export interface OutcomeUndo {
  taskId: Id;
  outcome: OutcomeInput['outcome'];
  beforeTasks: Task[];
  afterTasks: Task[];
  createdTaskIds: Id[];
  beforeCase: RenewalCase;
  afterCase: RenewalCase | null;
  /** The customer rows as stored (sealed): an undo puts them back as they were. */
  beforeClient: StoredClient | null;
  afterClient: ClientCore | null;
}

export type LoggedOutcome = OutcomeApplied & { undo: OutcomeUndo };

/**
 * "Mark as sent" asks the gate again inside the write (the screen asked before, but hours pass
 * and another window may have recorded an opt-out): refused with the reasons, nothing written.
 * Returns the purpose and the consent the message relied on, for the attempt.
 */
async function checkSend(
  db: AppDb,
  args: {
    task: Task;
    kase: RenewalCase;
    client: ClientCore;
    settings: Settings;
    now: string;
    channel: Channel;
    purpose: GatePurpose | undefined;
  },
): Promise<{ purpose: GatePurpose; consent: Attempt['consent'] }> {
  const purpose = args.purpose ?? purposeOfTask(args.task);
  const answer = checkCustomer({
    client: args.client,
    channel: args.channel,
    purpose,
    at: args.now,
    endDate: args.kase.endDate,
    tasks: await tasksOfClient(db, args.kase.clientId),
    settings: gateSettingsOf(args.settings),
  });
  if (!answer.allowed) throw new ContactBlockedError(answer);
  const basis = consentBasis(args.client, args.channel, purpose);
  return {
    purpose,
    consent: basis
      ? { purpose: basis.purpose, at: basis.at, how: basis.how, byStaffId: basis.byStaffId }
      : null,
  };
}

/** Every live task of the customer (all their cases): the messages already sent to them. */
export async function tasksOfClient(db: AppDb, clientId: Id): Promise<Task[]> {
  const caseIds = await db.cases.where('clientId').equals(clientId).primaryKeys();
  if (caseIds.length === 0) return [];
  const tasks = await db.tasks.where('caseId').anyOf(caseIds).toArray();
  return tasks.filter((t) => !t.deletedAt);
}

/** Pending verify tasks of the customer's other cases (folded into this call on Today). */
async function otherVerifyTasks(db: AppDb, clientId: Id, caseId: Id): Promise<Task[]> {
  const others = (await db.cases.where('clientId').equals(clientId).primaryKeys()).filter(
    (id) => id !== caseId,
  );
  if (others.length === 0) return [];
  const tasks = await db.tasks.where('caseId').anyOf(others).toArray();
  return tasks.filter((t) => t.kind === 'verify' && t.status === 'pending' && !t.deletedAt);
}

export async function logOutcome(
  db: AppDb,
  taskId: Id,
  input: OutcomeInput,
  options: LogOutcomeOptions,
): Promise<LoggedOutcome> {
  const now = options.now ?? nowIso();
  const today = options.today ?? chinaDate(new Date(now));
  const settings = await getSettings(db);
  const guarded = await db.tasks.get(taskId);
  if (guarded) await authorize(db, options.actor, 'logOutcome', taskSubject(guarded.assigneeId));
  const tables = [db.tasks, db.cases, db.clients, db.auditEvents, ...caseFactTables(db)];
  return db.transaction('rw', tables, async () => {
    const task = await db.tasks.get(taskId);
    if (!task || task.deletedAt) throw notFound('task', taskId);
    const kase = await db.cases.get(task.caseId);
    if (!kase || kase.deletedAt) throw notFound('case', task.caseId);
    const client = (await db.clients.get(kase.clientId)) ?? null;
    const caseTasks = (await db.tasks.where('caseId').equals(kase.id).toArray()).filter(
      (t) => !t.deletedAt,
    );
    const customerVerifyTasks = await otherVerifyTasks(db, kase.clientId, kase.id);
    const send =
      input.outcome === 'sent' && client
        ? await checkSend(db, {
            task,
            kase,
            client,
            settings,
            now,
            channel: options.channel,
            purpose: options.purpose,
          })
        : null;
    const result = applyOutcome({
      task,
      case: kase,
      client,
      caseTasks,
      customerVerifyTasks,
      input,
      ctx: {
        now,
        today,
        settings,
        actor: options.actor,
        channel: options.channel,
        scriptId: options.scriptId ?? null,
        scriptVersion: options.scriptVersion ?? null,
        note: options.note ?? null,
        ...(send ?? {}),
      },
    });
    await db.tasks.bulkPut([
      result.task,
      ...result.cancelledTasks,
      ...result.verifiedTasks,
      // A follow-up or call-back carries its case's end date, for the Today sort key (v9).
      ...result.newTasks.map((t) => withCaseEnd(t, kase.endDate)),
    ]);
    // A message's detail says how it went out and on what basis: codes only, never the text.
    const detail = send
      ? `${options.channel}:${send.purpose}:${send.consent?.how ?? 'none'}`
      : options.channel;
    const events = [
      auditEvent(options.actor, `outcome:${input.outcome}`, 'task', task.id, detail, now),
    ];
    if (result.case !== kase) {
      await db.cases.put(result.case);
      // Closed by this outcome (renewed, lost): its fact in the same transaction.
      await writeCaseFacts(db, [result.case]);
      events.push(
        auditEvent(options.actor, `state:${result.case.state}`, 'case', kase.id, null, now),
      );
    }
    if (result.client) {
      await db.clients.put(result.client);
      events.push(
        auditEvent(
          options.actor,
          `outcome:${input.outcome}`,
          'client',
          result.client.id,
          null,
          now,
        ),
      );
    }
    for (const t of result.newTasks) {
      events.push(auditEvent(options.actor, 'create', 'task', t.id, t.key, now));
    }
    for (const t of result.cancelledTasks) {
      events.push(auditEvent(options.actor, 'cancel', 'task', t.id, input.outcome, now));
    }
    await writeAudit(db, events);
    const changed = [result.task, ...result.cancelledTasks, ...result.verifiedTasks];
    const byId = new Map([...caseTasks, ...customerVerifyTasks].map((t) => [t.id, t]));
    const undo: OutcomeUndo = {
      taskId: task.id,
      outcome: input.outcome,
      beforeTasks: changed.map((t) => byId.get(t.id) ?? task),
      afterTasks: changed,
      createdTaskIds: result.newTasks.map((t) => t.id),
      beforeCase: kase,
      afterCase: result.case !== kase ? result.case : null,
      beforeClient: result.client ? client : null,
      afterClient: result.client,
    };
    // The outcome moves the plan (next attempt, closed case): it recomputes, nobody has to ask.
    publishPlanInputsChanged(db, ['tasks', 'cases', 'clients']);
    return { ...result, undo };
  });
}

/** Undo refused: a record changed after the outcome. Screens show 'today:undo.conflict'. */
export class UndoConflictError extends Error {
  readonly code = 'undo-conflict';
  constructor() {
    super('undo-conflict');
    this.name = 'UndoConflictError';
  }
}

/** The same record as written: nobody (a plan run, another window) changed it since. */
function unchanged(
  current: { updatedAt: string; updatedBy: string } | undefined,
  written: { updatedAt: string; updatedBy: string },
): boolean {
  return (
    !!current && current.updatedAt === written.updatedAt && current.updatedBy === written.updatedBy
  );
}

/**
 * Puts back everything one outcome changed: the task, the tasks cancelled or completed along
 * with it, the case and the customer exactly as they were, and deletes the tasks it created
 * (a call-back, the follow-up after a quote). One transaction; refused when a record was
 * changed since (a created task already worked, the case edited), so nothing later is lost.
 */
export async function undoOutcome(
  db: AppDb,
  undo: OutcomeUndo,
  actor: Actor,
  now: string = nowIso(),
): Promise<void> {
  // Undoing an outcome is logging one: the same person (or a manager) may.
  const guarded = await db.tasks.get(undo.taskId);
  await authorize(db, actor, 'logOutcome', taskSubject(guarded?.assigneeId));
  const tables = [db.tasks, db.cases, db.clients, db.auditEvents, ...caseFactTables(db)];
  await db.transaction('rw', tables, async () => {
    const [tasks, created, kase, client] = await Promise.all([
      db.tasks.bulkGet(undo.afterTasks.map((t) => t.id)),
      db.tasks.bulkGet(undo.createdTaskIds),
      db.cases.get(undo.beforeCase.id),
      undo.afterClient ? db.clients.get(undo.afterClient.id) : Promise.resolve(undefined),
    ]);
    const createdWritten = created.map(
      (t) => t && t.attempts.length === 0 && t.status === 'pending',
    );
    const fresh =
      undo.afterTasks.every((t, i) => unchanged(tasks[i], t)) &&
      createdWritten.every(Boolean) &&
      (!undo.afterCase || unchanged(kase, undo.afterCase)) &&
      (!undo.afterClient || unchanged(client, undo.afterClient));
    if (!fresh) {
      throw new UndoConflictError();
    }
    await db.tasks.bulkPut(undo.beforeTasks);
    await db.tasks.bulkDelete(undo.createdTaskIds);
    if (undo.afterCase) {
      await db.cases.put(undo.beforeCase);
      // The case back as it was: open again (its fact goes) or closed as before.
      await writeCaseFacts(db, [undo.beforeCase]);
    }
    if (undo.afterClient && undo.beforeClient) await db.clients.put(undo.beforeClient);
    await writeAudit(db, auditEvent(actor, `undo:${undo.outcome}`, 'task', undo.taskId, null, now));
    publishPlanInputsChanged(db, ['tasks', 'cases', 'clients']);
  });
}
