// The customer's history for the detail screen, from the tables that already hold it: every
// contact and outcome (task attempts, with notes), the import batches that brought or changed
// their policies, and the audit trail of the customer and their renewal cases; plus the open
// tasks. Entries are data (codes, not words); the screen words them in its language.
import type {
  Attempt,
  AuditEvent,
  Id,
  ImportBatch,
  IsoDate,
  IsoDateTime,
  Task,
} from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

export type TimelineEntry =
  | {
      kind: 'contact';
      at: IsoDateTime;
      taskId: Id;
      tier: string;
      plate: string | null;
      attempt: Attempt;
    }
  | { kind: 'import'; at: IsoDateTime; batchId: Id; fileName: string; undone: boolean }
  | {
      kind: 'change';
      at: IsoDateTime;
      entity: string;
      action: string;
      actor: string;
      detail: string | null;
    };

export interface OpenTask {
  task: Task;
  plate: string | null;
  endDate: IsoDate | null;
}

export interface ClientActivity {
  /** Newest first. */
  timeline: TimelineEntry[];
  /** Pending tasks, soonest first. */
  openTasks: OpenTask[];
}

/** Audit actions that say something to a person (the plan's own bookkeeping is left out). */
const SHOWN_CASE_ACTIONS = /^(state:|reassign)/;
const SHOWN_CLIENT_ACTIONS = /^(create|update|delete|restore|outcome:)/;

export async function getClientActivity(db: AppDb, clientId: Id): Promise<ClientActivity> {
  const cases = await db.cases.where('clientId').equals(clientId).toArray();
  const caseIds = cases.map((c) => c.id);
  const [tasks, vehicles, policies, clientEvents, caseEvents] = await Promise.all([
    caseIds.length ? db.tasks.where('caseId').anyOf(caseIds).toArray() : Promise.resolve([]),
    db.vehicles.bulkGet([...new Set(cases.map((c) => c.vehicleId))]),
    db.policies.where('insuredId').equals(clientId).toArray(),
    db.auditEvents.where('entityId').equals(clientId).toArray(),
    caseIds.length
      ? db.auditEvents.where('entityId').anyOf(caseIds).toArray()
      : Promise.resolve<AuditEvent[]>([]),
  ]);
  const plateOf = new Map<Id, string | null>();
  for (const v of vehicles) if (v) plateOf.set(v.id, v.plate ?? null);
  const caseOf = new Map(cases.map((c) => [c.id, c]));
  const plate = (caseId: Id) => {
    const c = caseOf.get(caseId);
    return c ? (plateOf.get(c.vehicleId) ?? null) : null;
  };
  const batchIds = [
    ...new Set(policies.map((p) => p.importBatchId).filter((id): id is Id => !!id)),
  ];
  const batches = (await db.importBatches.bulkGet(batchIds)).filter((b): b is ImportBatch => !!b);

  const timeline: TimelineEntry[] = [];
  // A verify task completed on a call carries that call's attempt: one entry per call.
  const seen = new Set<string>();
  const ordered = [...tasks].sort(
    (a, b) => Number(a.kind === 'verify') - Number(b.kind === 'verify'),
  );
  for (const t of ordered) {
    for (const attempt of t.attempts) {
      const call = `${attempt.at}|${attempt.channel}|${attempt.outcome}`;
      if (seen.has(call)) continue;
      seen.add(call);
      timeline.push({
        kind: 'contact',
        at: attempt.at,
        taskId: t.id,
        tier: t.tier,
        plate: plate(t.caseId),
        attempt,
      });
    }
  }
  for (const b of batches) {
    timeline.push({
      kind: 'import',
      at: b.createdAt,
      batchId: b.id,
      fileName: b.fileName,
      undone: b.undone,
    });
  }
  const changes = [
    ...clientEvents.filter((e) => SHOWN_CLIENT_ACTIONS.test(e.action)),
    ...caseEvents.filter((e) => SHOWN_CASE_ACTIONS.test(e.action)),
  ];
  for (const e of changes) {
    timeline.push({
      kind: 'change',
      at: e.at,
      entity: e.entity,
      action: e.action,
      actor: e.actor,
      detail: e.detail ?? null,
    });
  }
  timeline.sort((a, b) => b.at.localeCompare(a.at));

  const openTasks = tasks
    .filter((t) => t.status === 'pending')
    .map((task) => ({
      task,
      plate: plate(task.caseId),
      endDate: caseOf.get(task.caseId)?.endDate ?? null,
    }))
    .sort((a, b) => (a.task.dueAt ?? a.task.dueDate).localeCompare(b.task.dueAt ?? b.task.dueDate));
  return { timeline, openTasks };
}
