// Renewal cases: reads for the views and the manager's reassignment. Cases are created and
// closed by the plan (services/plan/recompute-plan.ts) and by outcomes (task-repository.ts).
import type { CaseState, Id, RenewalCase } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import {
  auditEvent,
  notFound,
  nowIso,
  RepositoryError,
  type Actor,
  writeAudit,
} from './write-context';
import { authorize } from './authorize';

export function getCase(db: AppDb, id: Id): Promise<RenewalCase | undefined> {
  return db.cases.get(id);
}

export async function listCases(
  db: AppDb,
  filter: { state?: CaseState; assigneeId?: Id | null } = {},
): Promise<RenewalCase[]> {
  const rows = filter.state
    ? await db.cases.where('state').equals(filter.state).toArray()
    : await db.cases.toArray();
  return rows
    .filter((c) => !c.deletedAt)
    .filter((c) => filter.assigneeId === undefined || (c.assigneeId ?? null) === filter.assigneeId)
    .sort((a, b) => a.endDate.localeCompare(b.endDate));
}

/** Cases of one vehicle, oldest cycle first (history in the client drawer). */
export async function listCasesForVehicle(db: AppDb, vehicleId: Id): Promise<RenewalCase[]> {
  const rows = await db.cases.where('vehicleId').equals(vehicleId).toArray();
  return rows.sort((a, b) => a.endDate.localeCompare(b.endDate));
}

/**
 * A manager hands one or many cases to `staffId`; their pending tasks follow. One
 * transaction, one audit event per case.
 */
export async function reassign(
  db: AppDb,
  caseIds: readonly Id[],
  staffId: Id,
  actor: Actor,
  now: string = nowIso(),
): Promise<RenewalCase[]> {
  await authorize(db, actor, 'reassign', 'Case');
  return db.transaction('rw', [db.cases, db.tasks, db.staff, db.auditEvents], async () => {
    const staff = await db.staff.get(staffId);
    if (!staff || staff.deletedAt) throw notFound('员工', 'Staff member', staffId);
    if (!staff.active) {
      throw new RepositoryError(
        'invalid',
        `员工“${staff.name}”已停用，不能分配任务。请先在员工设置中启用，或选择其他员工。`,
        `${staff.name} is inactive and cannot take cases; re-activate them in Staff settings or pick someone else.`,
        'staffId',
      );
    }
    const found = await db.cases.bulkGet([...caseIds]);
    const updated: RenewalCase[] = [];
    const events = [];
    for (const [i, c] of found.entries()) {
      if (!c) throw notFound('续保案件', 'Renewal case', caseIds[i] ?? '');
      const next: RenewalCase = {
        ...c,
        assigneeId: staffId,
        assignReason: `经理改派给 ${staff.name}`,
        updatedAt: now,
        updatedBy: actor,
      };
      updated.push(next);
      events.push(
        auditEvent(actor, 'reassign', 'case', c.id, `${c.assigneeId ?? '-'} → ${staffId}`, now),
      );
    }
    await db.cases.bulkPut(updated);
    const tasks = (
      await db.tasks
        .where('caseId')
        .anyOf([...caseIds])
        .toArray()
    ).filter((t) => t.status === 'pending');
    await db.tasks.bulkPut(
      tasks.map((t) => ({ ...t, assigneeId: staffId, updatedAt: now, updatedBy: actor })),
    );
    await writeAudit(db, events);
    return updated;
  });
}
