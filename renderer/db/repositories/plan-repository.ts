// The renewal plan's storage: a read-only snapshot of what the rules need, and the write of
// their result (tasks upserted by their unique key, attempts never dropped) with its audit
// events. The recompute itself (renderer/services/plan/recompute-plan.ts) decides when to use
// which.
//
// At agency scale, reading every customer, car and policy takes seconds. Doing that inside one
// read-write transaction would lock those tables (and settings, staff) for every other reader
// the whole time, so the rules run on a read-only snapshot and only the write is a (short)
// read-write transaction over cases, tasks and the audit trail. That write first checks that
// nothing it overwrites changed since the snapshot (an outcome logged meanwhile, another window's
// recompute); if something did, the caller starts again, and after a few lost races it runs
// once with every table locked, as a single transaction.
import type { PlanResult } from '../../../shared/domain/reminders/plan';
import type { RenewalCase, Task } from '../../../shared/domain/types';
import type { UnchainedAuditEvent } from '../../../shared/domain/identity/audit-chain';
import type { AppDb } from '../app-db';
import { caseFactTables, writeCaseFacts } from './case-facts';
import { hasFact } from '../../../shared/domain/kpi/case-fact';
import { getSettings } from './settings-repository';
import { stampCaseEnds } from '../../../shared/domain/reminders/today-rank';
import { auditEvent, type Actor, writeAudit } from './write-context';

class PlanConflict extends Error {
  override name = 'PlanConflict';
}

function readTables(db: AppDb) {
  return [db.clients, db.vehicles, db.policies, db.cases, db.tasks, db.staff, db.settings];
}

const live = <T extends { deletedAt?: string | null }>(r: T) => !r.deletedAt;

async function readInputs(db: AppDb) {
  const settings = await getSettings(db);
  const [clients, vehicles, policies, cases, tasks, staff] = await Promise.all([
    db.clients.toArray(),
    db.vehicles.toArray(),
    db.policies.toArray(),
    // Soft-deleted cases and tasks (removed sample data) are gone for the plan. Clients,
    // vehicles, policies and staff stay: the rules read their deletedAt themselves.
    db.cases.filter(live).toArray(),
    db.tasks.filter(live).toArray(),
    db.staff.toArray(),
  ]);
  return { settings, clients, vehicles, policies, cases, tasks, staff };
}

/** What the plan rules read: every record they need, as one consistent snapshot. */
export type PlanInputs = Awaited<ReturnType<typeof readInputs>>;
type Inputs = PlanInputs;

const caseMark = (c: RenewalCase) => `${c.updatedAt}|${c.state}|${c.assigneeId ?? ''}`;
const taskMark = (t: Task) => `${t.updatedAt}|${t.status}|${t.attempts.length}|${t.dueDate}`;

/** Throws PlanConflict when a row the plan overwrites changed since `inputs` were read. */
async function checkUnchanged(db: AppDb, inputs: Inputs, result: PlanResult): Promise<void> {
  const caseById = new Map(inputs.cases.map((c) => [c.id, c]));
  const taskById = new Map(inputs.tasks.map((t) => [t.id, t]));
  // A soft-deleted row counts as absent: the plan may make the same case or task again (its id
  // is derived from its key), and the write replaces the tombstone.
  const nowCases = (await db.cases.bulkGet(result.changedCases.map((c) => c.id))).map(alive);
  result.changedCases.forEach((c, i) => {
    const was = caseById.get(c.id);
    const is = nowCases[i];
    if (was ? !is || caseMark(is) !== caseMark(was) : is) throw new PlanConflict(c.id);
  });
  const nowTasks = (await db.tasks.bulkGet(result.changedTasks.map((t) => t.id))).map(alive);
  const newKeys: string[] = [];
  result.changedTasks.forEach((t, i) => {
    const was = taskById.get(t.id);
    const is = nowTasks[i];
    if (!was) newKeys.push(t.key);
    if (was ? !is || taskMark(is) !== taskMark(was) : is) throw new PlanConflict(t.id);
  });
  if (newKeys.length && (await db.tasks.where('key').anyOf(newKeys).filter(live).count()) > 0) {
    throw new PlanConflict('task key');
  }
}

function alive<T extends { deletedAt?: string | null }>(row: T | undefined): T | undefined {
  return row && !row.deletedAt ? row : undefined;
}

/**
 * A new task whose key a soft-deleted task still holds under another id (a task made before
 * ids were derived from keys, v2.ts) would break the unique key index: the live task replaces
 * that tombstone. With derived ids the tombstone has the same id and is simply overwritten.
 */
async function dropSupersededTombstones(
  db: AppDb,
  inputs: Inputs,
  tasks: readonly Task[],
): Promise<void> {
  const known = new Set(inputs.tasks.map((t) => t.id));
  const idByKey = new Map(tasks.filter((t) => !known.has(t.id)).map((t) => [t.key, t.id]));
  if (!idByKey.size) return;
  const stale = await db.tasks
    .where('key')
    .anyOf([...idByKey.keys()])
    .filter((t) => !!t.deletedAt && idByKey.get(t.key) !== t.id)
    .primaryKeys();
  if (stale.length) await db.tasks.bulkDelete(stale);
}

async function writeResult(
  db: AppDb,
  inputs: Inputs,
  result: PlanResult,
  ctx: PlanWriteContext,
): Promise<void> {
  await db.cases.bulkPut(result.changedCases);
  await dropSupersededTombstones(db, inputs, result.changedTasks);
  await db.tasks.bulkPut(result.changedTasks);
  const before = new Map(inputs.cases.map((c) => [c.id, c]));
  // A case the run closed (lapsed, renewed by a later policy) or reopened: its fact follows in
  // this transaction. The snapshot's policies are the ones the rules just read.
  const factCases = result.changedCases.filter((c) => {
    const old = before.get(c.id);
    return hasFact(c) || (!!old && hasFact(old));
  });
  await writeCaseFacts(db, factCases, { policies: inputs.policies });
  const events: UnchainedAuditEvent[] = [];
  for (const c of result.changedCases) {
    const old = before.get(c.id);
    const action = !old ? 'create' : old.state !== c.state ? `state:${c.state}` : 'plan';
    // The audit trail keeps the reason as its code and params (JSON), not as display text.
    const reason = c.assignReason;
    const detail =
      reason == null || typeof reason === 'string' ? (reason ?? null) : JSON.stringify(reason);
    events.push(auditEvent(ctx.actor, action, 'case', c.id, detail, ctx.now));
  }
  const s = result.stats;
  // The plan reruns after every write and at every start: only a run that changed something
  // belongs in the audit trail, or it would fill with empty entries.
  if (result.changedCases.length || result.changedTasks.length || ctx.scriptsSeeded) {
    events.push(
      auditEvent(
        ctx.actor,
        'recompute',
        'plan',
        null,
        `cases +${s.casesCreated} closed ${s.casesClosed}; tasks +${s.tasksCreated} cancelled ${s.tasksCancelled}; assigned ${s.assigned}, unassigned ${s.unassigned}`,
        ctx.now,
      ),
    );
  }
  if (events.length) await writeAudit(db, events);
}

export interface PlanWriteContext {
  actor: Actor;
  now: string;
  scriptsSeeded: number;
}

/** The snapshot the rules run on, read in one read-only transaction. */
export function readPlanSnapshot(db: AppDb): Promise<PlanInputs> {
  return db.transaction('r', readTables(db), () => readInputs(db));
}

/**
 * Writes `result` in a short transaction unless a row it overwrites changed since `inputs`
 * were read; false means the snapshot went stale and nothing was written.
 */
export async function writePlanIfUnchanged(
  db: AppDb,
  inputs: PlanInputs,
  computed: PlanResult,
  ctx: PlanWriteContext,
): Promise<boolean> {
  // Tasks carry their case's end date, the Today sort key's (v9): checked and written with the rest.
  const result = stampCaseEnds(computed);
  try {
    // The snapshot's policies are handed to writeCaseFacts: no read-write lock on policies.
    const tables = [
      db.cases,
      db.tasks,
      db.auditEvents,
      ...caseFactTables(db, { withPolicies: false }),
    ];
    await db.transaction('rw', tables, async () => {
      await checkUnchanged(db, inputs, result);
      await writeResult(db, inputs, result, ctx);
    });
    return true;
  } catch (error) {
    if (!(error instanceof PlanConflict)) throw error;
    return false;
  }
}

/** Reads, computes and writes with every plan table locked: cannot go stale, blocks readers. */
export function recomputeLocked(
  db: AppDb,
  compute: (inputs: PlanInputs) => PlanResult,
  ctx: PlanWriteContext,
): Promise<{ inputs: PlanInputs; result: PlanResult }> {
  return db.transaction(
    'rw',
    [...readTables(db), db.auditEvents, ...caseFactTables(db)],
    async (): Promise<{ inputs: PlanInputs; result: PlanResult }> => {
      const inputs = await readInputs(db);
      const result = stampCaseEnds(compute(inputs));
      await writeResult(db, inputs, result, ctx);
      return { inputs, result };
    },
  );
}
