// Version 5: facts, not scans (issue 12 point 1). Adds
// - `caseFacts`: one row per closed renewal case (shared/domain/kpi/case-fact.ts), written in
//   the transaction that closes the case; no personal data. Indexed by the month due, the
//   state and the assignee.
// - `kpiRollups`: the figures of closed months, frozen by the figures worker (one row per
//   month, plus a `meta` row with the data stamp they were built at).
// - `updatedAt` on policies and cases: the worker asks which rows changed since the roll-ups
//   were built (an index range, not a scan), so a frozen month is rebuilt only when a write
//   touched it.
// The upgrade builds the facts of the cases already closed, so an agency's history is kept.
// Idempotent: it puts facts by case id.
import { groupBy } from '../../../shared/domain/collections';
import type { Dexie, Transaction } from 'dexie';
import { caseFactOf, hasFact } from '../../../shared/domain/kpi/case-fact';
import type { Feedback, Policy, RenewalCase, Task } from '../../../shared/domain/types';
import { V1_STORES } from './v1';
import { V2_STORES } from './v2';

export const V5_STORES: Record<string, string> = {
  caseFacts: 'id, month, state, assigneeId',
  kpiRollups: 'month',
  policies: `${V1_STORES.policies}, updatedAt`,
  cases: `${V2_STORES.cases}, updatedAt`,
};

/** The facts of every closed case (exported for the upgrade test). */
export async function buildFactsOfClosedCases(tx: Transaction): Promise<number> {
  const cases = ((await tx.table('cases').toArray()) as RenewalCase[]).filter(hasFact);
  if (cases.length === 0) return 0;
  const [policies, tasks, feedback] = await Promise.all([
    tx.table('policies').toArray() as Promise<Policy[]>,
    tx.table('tasks').toArray() as Promise<Task[]>,
    tx.table('feedback').toArray() as Promise<Feedback[]>,
  ]);
  const policiesOf = groupBy(policies, (p) => p.vehicleId);
  const tasksOf = groupBy(tasks, (t) => t.caseId);
  const feedbackOf = groupBy(feedback, (f) => f.caseId ?? null);
  const facts = cases.flatMap((kase) => {
    const fact = caseFactOf({
      kase,
      vehiclePolicies: policiesOf.get(kase.vehicleId) ?? [],
      tasks: tasksOf.get(kase.id) ?? [],
      feedback: feedbackOf.get(kase.id) ?? [],
    });
    return fact ? [fact] : [];
  });
  await tx.table('caseFacts').bulkPut(facts);
  return facts.length;
}

export function applyV5(db: Dexie): void {
  db.version(5)
    .stores(V5_STORES)
    .upgrade(async (tx) => {
      await buildFactsOfClosedCases(tx);
    });
}
