// Recomputing the renewal plan: load what the rules need, run them, write the difference
// (tasks upserted by their unique key, attempts never dropped), and build the reminder plan to
// hand to the scheduler.
//
// At agency scale, reading every customer, car and policy takes seconds. Doing that inside one
// read-write transaction would lock those tables (and settings, staff) for every other reader
// the whole time, so the rules run on a read-only snapshot and only the write is a (short)
// read-write transaction over cases, tasks and the audit trail. That write first checks that
// nothing it overwrites changed since the snapshot (an outcome logged meanwhile, another window's
// recompute); if something did, the whole run starts again, and after a few lost races it runs
// once with every table locked, as a single transaction.
import type { Lang } from '../../../shared/i18n';
import type { ReminderPlan } from '../../../shared/ipc/contract';
import { chinaDate } from '../../../shared/domain/china-date';
import { currentStaffOf } from '../../../shared/domain/reminders/current-staff';
import {
  computePlan,
  type PlanResult,
  type PlanStats,
} from '../../../shared/domain/reminders/plan';
import { buildReminderPlan } from '../../../shared/domain/reminders/reminder-plan';
import type { TierWarning } from '../../../shared/domain/reminders/tiers';
import type { AuditEvent, Id, RenewalCase, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { seedDefaultScripts } from './script-repository';
import { getSettings } from './settings-repository';
import { auditEvent, newId, nowIso, type Actor } from './write-context';

export interface RecomputeOptions {
  actor?: Actor;
  now?: string;
  /** China date of `now` unless given. */
  today?: string;
  /** Days of reminders to schedule (default 7). */
  days?: number;
  /** Language of the notification texts (the one chosen in Settings; Chinese by default). */
  lang?: Lang;
  /** Runs between the snapshot read and the write: lets tests race a write against the plan. */
  beforeWrite?: (attempt: number) => Promise<void>;
}

export interface RecomputeResult {
  plan: ReminderPlan;
  stats: PlanStats & { scriptsSeeded: number };
  warnings: TierWarning[];
  doNotContactCaseIds: Id[];
}

/** Snapshot attempts before one run with every plan table locked. */
const OPTIMISTIC_ATTEMPTS = 3;

class PlanConflict extends Error {
  override name = 'PlanConflict';
}

function readTables(db: AppDb) {
  return [db.clients, db.vehicles, db.policies, db.cases, db.tasks, db.staff, db.settings];
}

async function readInputs(db: AppDb) {
  const settings = await getSettings(db);
  const [clients, vehicles, policies, cases, tasks, staff] = await Promise.all([
    db.clients.toArray(),
    db.vehicles.toArray(),
    db.policies.toArray(),
    db.cases.toArray(),
    db.tasks.toArray(),
    db.staff.toArray(),
  ]);
  return { settings, clients, vehicles, policies, cases, tasks, staff };
}

type Inputs = Awaited<ReturnType<typeof readInputs>>;

const caseMark = (c: RenewalCase) => `${c.updatedAt}|${c.state}|${c.assigneeId ?? ''}`;
const taskMark = (t: Task) => `${t.updatedAt}|${t.status}|${t.attempts.length}|${t.dueDate}`;

/** Throws PlanConflict when a row the plan overwrites changed since `inputs` were read. */
async function checkUnchanged(db: AppDb, inputs: Inputs, result: PlanResult): Promise<void> {
  const caseById = new Map(inputs.cases.map((c) => [c.id, c]));
  const taskById = new Map(inputs.tasks.map((t) => [t.id, t]));
  const nowCases = await db.cases.bulkGet(result.changedCases.map((c) => c.id));
  result.changedCases.forEach((c, i) => {
    const was = caseById.get(c.id);
    const is = nowCases[i];
    if (was ? !is || caseMark(is) !== caseMark(was) : is) throw new PlanConflict(c.id);
  });
  const nowTasks = await db.tasks.bulkGet(result.changedTasks.map((t) => t.id));
  const newKeys: string[] = [];
  result.changedTasks.forEach((t, i) => {
    const was = taskById.get(t.id);
    const is = nowTasks[i];
    if (!was) newKeys.push(t.key);
    if (was ? !is || taskMark(is) !== taskMark(was) : is) throw new PlanConflict(t.id);
  });
  if (newKeys.length && (await db.tasks.where('key').anyOf(newKeys).count()) > 0) {
    throw new PlanConflict('task key');
  }
}

async function writeResult(
  db: AppDb,
  inputs: Inputs,
  result: PlanResult,
  ctx: { actor: Actor; now: string; scriptsSeeded: number },
): Promise<void> {
  await db.cases.bulkPut(result.changedCases);
  await db.tasks.bulkPut(result.changedTasks);
  const before = new Map(inputs.cases.map((c) => [c.id, c]));
  const events: AuditEvent[] = [];
  for (const c of result.changedCases) {
    const old = before.get(c.id);
    const action = !old ? 'create' : old.state !== c.state ? `state:${c.state}` : 'plan';
    events.push(auditEvent(ctx.actor, action, 'case', c.id, c.assignReason ?? null, ctx.now));
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
  if (events.length) await db.auditEvents.bulkAdd(events);
}

export async function recomputePlan(
  db: AppDb,
  options: RecomputeOptions = {},
): Promise<RecomputeResult> {
  const now = options.now ?? nowIso();
  const today = options.today ?? chinaDate(new Date(now));
  const actor = options.actor ?? 'system';
  const scriptsSeeded = await seedDefaultScripts(db, now);
  const compute = (inputs: Inputs) =>
    computePlan({
      today,
      now,
      ...inputs,
      clients: inputs.clients.filter((c) => !c.deletedAt),
      actor,
      newId,
    });
  const ctx = { actor, now, scriptsSeeded };
  let done: { inputs: Inputs; result: PlanResult } | null = null;
  for (let attempt = 0; !done && attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
    const inputs = await db.transaction('r', readTables(db), () => readInputs(db));
    const result = compute(inputs);
    await options.beforeWrite?.(attempt);
    try {
      await db.transaction('rw', [db.cases, db.tasks, db.auditEvents], async () => {
        await checkUnchanged(db, inputs, result);
        await writeResult(db, inputs, result, ctx);
      });
      done = { inputs, result };
    } catch (error) {
      if (!(error instanceof PlanConflict)) throw error;
    }
  }
  done ??= await db.transaction(
    'rw',
    [...readTables(db), db.auditEvents],
    async (): Promise<{ inputs: Inputs; result: PlanResult }> => {
      const inputs = await readInputs(db);
      const result = compute(inputs);
      await writeResult(db, inputs, result, ctx);
      return { inputs, result };
    },
  );
  return finish(done.inputs, done.result, {
    now,
    today,
    days: options.days ?? 7,
    lang: options.lang,
    scriptsSeeded,
  });
}

function finish(
  inputs: Inputs,
  result: PlanResult,
  args: {
    now: string;
    today: string;
    days: number;
    lang?: Lang | undefined;
    scriptsSeeded: number;
  },
): RecomputeResult {
  const clientById = new Map(inputs.clients.map((c) => [c.id, c]));
  const vehicleById = new Map(inputs.vehicles.map((v) => [v.id, v]));
  const caseById = new Map(result.cases.map((c) => [c.id, c]));
  const describe = (t: Task): string => {
    const c = caseById.get(t.caseId);
    const name = c ? (clientById.get(c.clientId)?.name ?? '') : '';
    const plate = c ? (vehicleById.get(c.vehicleId)?.plate ?? '') : '';
    return `${name} ${plate}`.trim();
  };
  // A current staff member who is gone counts for nobody: the digest counts everyone's calls.
  const currentStaffId = currentStaffOf(inputs.settings, inputs.staff).id;
  const plan = buildReminderPlan({
    now: args.now,
    today: args.today,
    settings: { ...inputs.settings, currentStaffId },
    tasks: result.tasks,
    days: args.days,
    describe,
    lang: args.lang,
  });
  return {
    plan,
    stats: { ...result.stats, scriptsSeeded: args.scriptsSeeded },
    warnings: result.warnings,
    doNotContactCaseIds: [...result.doNotContactCaseIds],
  };
}
