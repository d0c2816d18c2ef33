// Recomputing the renewal plan: read a snapshot, run the rules (shared/domain/reminders), write
// the difference, and build the reminder plan to hand to the scheduler. The storage side (the
// snapshot, the checked write, the locked fallback) is plan-repository.ts; this file decides
// the order and retries when a snapshot went stale (see there for why).
import type { Lang } from '../../../shared/i18n';
import type { ReminderPlan } from '../../../shared/domain/reminders/reminder-plan-types';
import { chinaDate } from '../../../shared/domain/china-date';
import { currentStaffOf } from '../../../shared/domain/reminders/current-staff';
import {
  computePlan,
  type PlanResult,
  type PlanStats,
} from '../../../shared/domain/reminders/plan';
import { buildReminderPlan } from '../../../shared/domain/reminders/reminder-plan';
import type { TierWarning } from '../../../shared/domain/reminders/tiers';
import type { Client, Id, Task } from '../../../shared/domain/types';
import type { AppDb } from '../../db/app-db';
import {
  readPlanSnapshot,
  recomputeLocked,
  writePlanIfUnchanged,
  type PlanInputs,
} from '../../db/repositories/plan-repository';
import {
  openEscalationNotices,
  type EscalationNotice,
} from '../../db/repositories/feedback-queries';
import { seedDefaultScripts } from '../../db/repositories/script-repository';
import { nowIso, type Actor } from '../../db/repositories/write-context';

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

type Inputs = PlanInputs;

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
    });
  const ctx = { actor, now, scriptsSeeded };
  let done: { inputs: Inputs; result: PlanResult } | null = null;
  for (let attempt = 0; !done && attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
    const inputs = await readPlanSnapshot(db);
    const result = compute(inputs);
    await options.beforeWrite?.(attempt);
    if (await writePlanIfUnchanged(db, inputs, result, ctx)) done = { inputs, result };
  }
  done ??= await recomputeLocked(db, compute, ctx);
  // Escalated complaints join the reminder plan (the tray) for the person each went to.
  const escalations = await openEscalationNotices(db);
  return finish(done.inputs, done.result, {
    escalations,
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
    escalations: readonly EscalationNotice[];
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
    // A sealed customer's name does not open here (the plan runs while locked, keyless): the
    // reminder then names the plate only, as PRIVACY.md wants of texts shown while locked.
    const row: Partial<Client> | undefined = c ? clientById.get(c.clientId) : undefined;
    const name = row?.name ?? '';
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
    escalations: args.escalations,
  });
  return {
    plan,
    stats: { ...result.stats, scriptsSeeded: args.scriptsSeeded },
    warnings: result.warnings,
    doNotContactCaseIds: [...result.doNotContactCaseIds],
  };
}
