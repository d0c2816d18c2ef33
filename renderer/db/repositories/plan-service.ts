// Recomputing the renewal plan: load what the rules need, run them, write the difference in
// one transaction (tasks upserted by their unique key, attempts never dropped), and build
// the reminder plan to hand to the scheduler.
import type { ReminderPlan } from '../../../shared/ipc/contract';
import { chinaDate } from '../../../shared/domain/china-date';
import { computePlan, type PlanStats } from '../../../shared/domain/reminders/plan';
import { buildReminderPlan } from '../../../shared/domain/reminders/reminder-plan';
import type { TierWarning } from '../../../shared/domain/reminders/tiers';
import type { AuditEvent, Id, Task } from '../../../shared/domain/types';
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
}

export interface RecomputeResult {
  plan: ReminderPlan;
  stats: PlanStats & { scriptsSeeded: number };
  warnings: TierWarning[];
  doNotContactCaseIds: Id[];
}

function planTables(db: AppDb) {
  return [
    db.clients,
    db.vehicles,
    db.policies,
    db.cases,
    db.tasks,
    db.staff,
    db.scripts,
    db.settings,
    db.auditEvents,
  ];
}

export async function recomputePlan(
  db: AppDb,
  options: RecomputeOptions = {},
): Promise<RecomputeResult> {
  const now = options.now ?? nowIso();
  const today = options.today ?? chinaDate(new Date(now));
  const actor = options.actor ?? 'system';
  return db.transaction('rw', planTables(db), async () => {
    const scriptsSeeded = await seedDefaultScripts(db, now);
    const settings = await getSettings(db);
    const [clients, vehicles, policies, cases, tasks, staff] = await Promise.all([
      db.clients.toArray(),
      db.vehicles.toArray(),
      db.policies.toArray(),
      db.cases.toArray(),
      db.tasks.toArray(),
      db.staff.toArray(),
    ]);
    const result = computePlan({
      today,
      now,
      settings,
      clients: clients.filter((c) => !c.deletedAt),
      vehicles,
      policies,
      cases,
      tasks,
      staff,
      actor,
      newId,
    });
    await db.cases.bulkPut(result.changedCases);
    await db.tasks.bulkPut(result.changedTasks);
    const before = new Map(cases.map((c) => [c.id, c]));
    const events: AuditEvent[] = [];
    for (const c of result.changedCases) {
      const old = before.get(c.id);
      const action = !old ? 'create' : old.state !== c.state ? `state:${c.state}` : 'plan';
      events.push(auditEvent(actor, action, 'case', c.id, c.assignReason ?? null, now));
    }
    const s = result.stats;
    // The plan reruns after every write and at every start: only a run that changed something
    // belongs in the audit trail, or it would fill with empty entries.
    if (result.changedCases.length || result.changedTasks.length || scriptsSeeded) {
      events.push(
        auditEvent(
          actor,
          'recompute',
          'plan',
          null,
          `cases +${s.casesCreated} closed ${s.casesClosed}; tasks +${s.tasksCreated} cancelled ${s.tasksCancelled}; assigned ${s.assigned}, unassigned ${s.unassigned}`,
          now,
        ),
      );
    }
    if (events.length) await db.auditEvents.bulkAdd(events);
    const clientById = new Map(clients.map((c) => [c.id, c]));
    const vehicleById = new Map(vehicles.map((v) => [v.id, v]));
    const caseById = new Map(result.cases.map((c) => [c.id, c]));
    const describe = (t: Task): string => {
      const c = caseById.get(t.caseId);
      const name = c ? (clientById.get(c.clientId)?.name ?? '') : '';
      const plate = c ? (vehicleById.get(c.vehicleId)?.plate ?? '') : '';
      return `${name} ${plate}`.trim() + ' 约定的回电时间到了，请现在联系。';
    };
    const plan = buildReminderPlan({
      now,
      today,
      settings,
      tasks: result.tasks,
      days: options.days ?? 7,
      describe,
    });
    return {
      plan,
      stats: { ...result.stats, scriptsSeeded },
      warnings: result.warnings,
      doNotContactCaseIds: [...result.doNotContactCaseIds],
    };
  });
}
