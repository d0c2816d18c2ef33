// Renewal cases: reads for the views and the manager's reassignment (moves: case-assignment.ts).
// Cases are created and closed by the plan (services/plan/recompute-plan.ts) and by outcomes (task-repository.ts).
import type { CaseState, Id, RenewalCase } from '../../../shared/domain/types';
import { textRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { nowIso, type Actor } from './write-context';
import { moveCases, type ReassignResult } from './case-assignment';

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
 * transaction, one audit event per case; the result carries what undoReassign needs.
 */
export async function reassign(
  db: AppDb,
  caseIds: readonly Id[],
  staffId: Id,
  actor: Actor,
  now: string = nowIso(),
): Promise<ReassignResult> {
  const staff = await db.staff.get(staffId);
  const reason = textRef('tasks:assignReasons.manual', { name: staff?.name ?? '' });
  return moveCases(
    db,
    caseIds.map((caseId) => ({ caseId, staffId, reason })),
    actor,
    'reassign',
    now,
  );
}
