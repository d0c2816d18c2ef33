// Renewal cases: reads for the views and the manager's reassignment. Cases are created and
// closed by the plan (services/plan/recompute-plan.ts) and by outcomes (task-repository.ts).
import type { CaseState, Id, RenewalCase } from '../../../shared/domain/types';
import { textRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import {
  auditEvent,
  notFound,
  nowIso,
  RepositoryError,
  type Actor,
  writeAudit,
} from './write-context';
import { publishPlanInputsChanged } from '../change-feed';
import { authorize } from './authorize';

/** Soft-deleted cases (removed sample data) read as absent everywhere. */
export async function getCase(db: AppDb, id: Id): Promise<RenewalCase | undefined> {
  const c = await db.cases.get(id);
  return c && !c.deletedAt ? c : undefined;
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
  const rows = (await db.cases.where('vehicleId').equals(vehicleId).toArray()).filter(
    (c) => !c.deletedAt,
  );
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
    if (!staff || staff.deletedAt) throw notFound('staff', staffId);
    if (!staff.active) {
      throw new RepositoryError(
        'invalid',
        textRef('errors:repository.inactiveStaff', { name: staff.name }),
        'staffId',
      );
    }
    const found = await db.cases.bulkGet([...caseIds]);
    const updated: RenewalCase[] = [];
    const events = [];
    for (const [i, c] of found.entries()) {
      if (!c || c.deletedAt) throw notFound('case', caseIds[i] ?? '');
      const next: RenewalCase = {
        ...c,
        assigneeId: staffId,
        assignReason: textRef('tasks:assignReasons.manual', { name: staff.name }),
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
    ).filter((t) => t.status === 'pending' && !t.deletedAt);
    await db.tasks.bulkPut(
      tasks.map((t) => ({ ...t, assigneeId: staffId, updatedAt: now, updatedBy: actor })),
    );
    await writeAudit(db, events);
    publishPlanInputsChanged(db, ['cases', 'tasks']);
    return updated;
  });
}
