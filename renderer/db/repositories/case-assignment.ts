// Moving cases between staff (a manager's reassign, the rebalance of the assignment view) and
// putting them back (the undo the toast offers for a few seconds). A case's pending tasks follow
// it. Each write is one transaction with one audit event per case, and announces cases and
// tasks on the plan-inputs feed so the plan recomputes with the new owners.
import type { Id, RenewalCase, Task } from '../../../shared/domain/types';
import { textRef, type TextRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { authorize } from './authorize';
import { caseFactTables, writeCaseFacts } from './case-facts';
import { hasFact } from '../../../shared/domain/kpi/case-fact';
import {
  auditEvent,
  notFound,
  nowIso,
  RepositoryError,
  type Actor,
  writeAudit,
} from './write-context';

/** One case to hand to `staffId`, with the reason the assignment view will show. */
export interface CaseMove {
  caseId: Id;
  staffId: Id;
  reason: TextRef;
}

/** What a move changed, enough to put the owners back (kept by the toast, in memory). */
export interface ReassignUndo {
  cases: { id: Id; before: Id | null; reason: RenewalCase['assignReason']; after: Id }[];
  tasks: { id: Id; caseId: Id; before: Id | null; after: Id }[];
}

export interface ReassignResult {
  cases: RenewalCase[];
  undo: ReassignUndo;
}

/** Undo refused: a moved case changed hands again since. Screens show 'tasks:undo.conflict'. */
export class ReassignUndoConflictError extends Error {
  readonly code = 'undo-conflict';
  constructor() {
    super('undo-conflict');
    this.name = 'ReassignUndoConflictError';
  }
}

/**
 * Hands each case of `moves` to its staff member; pending tasks follow. `action` names the
 * audit event ('reassign' by hand, 'rebalance' from the assignment view).
 */
export async function moveCases(
  db: AppDb,
  moves: readonly CaseMove[],
  actor: Actor,
  action: 'reassign' | 'rebalance',
  now: string = nowIso(),
): Promise<ReassignResult> {
  await authorize(db, actor, 'reassign', 'Case');
  const tables = [db.cases, db.tasks, db.staff, db.auditEvents, ...caseFactTables(db)];
  return db.transaction('rw', tables, async () => {
    const staffIds = [...new Set(moves.map((m) => m.staffId))];
    for (const [i, s] of (await db.staff.bulkGet(staffIds)).entries()) {
      if (!s || s.deletedAt) throw notFound('staff', staffIds[i] ?? '');
      if (!s.active) {
        throw new RepositoryError(
          'invalid',
          textRef('errors:repository.inactiveStaff', { name: s.name }),
          'staffId',
        );
      }
    }
    const caseIds = moves.map((m) => m.caseId);
    const found = await db.cases.bulkGet(caseIds);
    const updated: RenewalCase[] = [];
    const undo: ReassignUndo = { cases: [], tasks: [] };
    const events = [];
    const ownerOf = new Map<Id, Id>();
    for (const [i, c] of found.entries()) {
      const move = moves[i];
      if (!c || c.deletedAt || !move) throw notFound('case', caseIds[i] ?? '');
      ownerOf.set(c.id, move.staffId);
      undo.cases.push({
        id: c.id,
        before: c.assigneeId ?? null,
        reason: c.assignReason ?? null,
        after: move.staffId,
      });
      updated.push({
        ...c,
        assigneeId: move.staffId,
        assignReason: move.reason,
        updatedAt: now,
        updatedBy: actor,
      });
      events.push(
        auditEvent(actor, action, 'case', c.id, `${c.assigneeId ?? '-'} → ${move.staffId}`, now),
      );
    }
    await db.cases.bulkPut(updated);
    // A closed case handed over keeps its fact, with the new assignee.
    await writeCaseFacts(db, updated.filter(hasFact));
    const tasks = (await db.tasks.where('caseId').anyOf(caseIds).toArray()).filter(
      (t) => t.status === 'pending' && !t.deletedAt,
    );
    const moved: Task[] = [];
    for (const t of tasks) {
      const to = ownerOf.get(t.caseId);
      if (!to) continue;
      undo.tasks.push({ id: t.id, caseId: t.caseId, before: t.assigneeId ?? null, after: to });
      moved.push({ ...t, assigneeId: to, updatedAt: now, updatedBy: actor });
    }
    await db.tasks.bulkPut(moved);
    await writeAudit(db, events);
    publishPlanInputsChanged(db, ['cases', 'tasks']);
    return { cases: updated, undo };
  });
}

/**
 * Puts back the owners one reassign or rebalance changed: each case's assignee and reason, and
 * each pending task's assignee (a task the plan made since for a moved case follows its case
 * back). Refused, with nothing written, when a moved case has changed hands again since (the
 * later move must not be lost).
 */
export async function undoReassign(
  db: AppDb,
  undo: ReassignUndo,
  actor: Actor,
  now: string = nowIso(),
): Promise<void> {
  await authorize(db, actor, 'reassign', 'Case');
  await db.transaction(
    'rw',
    [db.cases, db.tasks, db.auditEvents, ...caseFactTables(db)],
    async () => {
      const current = await db.cases.bulkGet(undo.cases.map((c) => c.id));
      const fresh = undo.cases.every(
        (u, i) => current[i] && !current[i].deletedAt && current[i].assigneeId === u.after,
      );
      if (!fresh) throw new ReassignUndoConflictError();
      const restored: RenewalCase[] = [];
      const events = [];
      const backTo = new Map<Id, { before: Id | null; after: Id }>();
      for (const [i, u] of undo.cases.entries()) {
        const c = current[i];
        if (!c) continue;
        backTo.set(c.id, u);
        restored.push({
          ...c,
          assigneeId: u.before,
          assignReason: u.reason,
          updatedAt: now,
          updatedBy: actor,
        });
        events.push(
          auditEvent(actor, 'undo:reassign', 'case', c.id, `${u.after} → ${u.before ?? '-'}`, now),
        );
      }
      await db.cases.bulkPut(restored);
      await writeCaseFacts(db, restored.filter(hasFact));
      const recorded = new Map(undo.tasks.map((t) => [t.id, t.before]));
      const tasks = await db.tasks
        .where('caseId')
        .anyOf([...backTo.keys()])
        .toArray();
      const back: Task[] = [];
      for (const t of tasks) {
        const u = backTo.get(t.caseId);
        // Only what the move set: a task someone has handed on since keeps its new owner.
        if (!u || t.status !== 'pending' || t.deletedAt || t.assigneeId !== u.after) continue;
        const before = recorded.has(t.id) ? (recorded.get(t.id) ?? null) : u.before;
        back.push({ ...t, assigneeId: before, updatedAt: now, updatedBy: actor });
      }
      await db.tasks.bulkPut(back);
      await writeAudit(db, events);
      publishPlanInputsChanged(db, ['cases', 'tasks']);
    },
  );
}
