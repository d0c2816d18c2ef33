// Facts written with the case write that closes a case (issue 12 point 1): call
// `writeCaseFacts` inside the transaction that puts the cases, with `caseFactTables(db)` in its
// scope. A closed case gets its fact (rewritten when the case changes again: a lapse won back
// by a later policy, a reassignment); an open or removed one loses it. Nothing else writes
// facts, so a fact exists exactly when its case is closed, and an aborted transaction leaves
// neither.
import { groupBy } from '../../../shared/domain/collections';
import { caseFactOf, hasFact } from '../../../shared/domain/kpi/case-fact';
import type { Feedback, Policy, RenewalCase, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

/**
 * What writeCaseFacts reads and writes: add these to the closing transaction's scope.
 * `withPolicies: false` when the caller passes the policies (the plan's snapshot): a
 * read-write scope over policies would hold back every reader of policies (the dashboard,
 * Today) until the write commits.
 */
export function caseFactTables(db: AppDb, options: { withPolicies?: boolean } = {}) {
  return options.withPolicies === false
    ? [db.caseFacts, db.tasks, db.feedback]
    : [db.caseFacts, db.policies, db.tasks, db.feedback];
}

/**
 * Brings the facts of `cases` (as just written) in line: put for the closed ones, deleted for
 * the others. `policies`: every policy the caller already holds (the plan's snapshot), so
 * they are not read again; otherwise the closed cases' cars' policies are read.
 */
export async function writeCaseFacts(
  db: AppDb,
  cases: readonly RenewalCase[],
  known: { policies?: readonly Policy[] } = {},
): Promise<void> {
  if (cases.length === 0) return;
  const closed = cases.filter(hasFact);
  const open = cases.filter((c) => !hasFact(c)).map((c) => c.id);
  if (open.length) await db.caseFacts.bulkDelete(open);
  if (closed.length === 0) return;
  const caseIds = closed.map((c) => c.id);
  const vehicleIds = [...new Set(closed.map((c) => c.vehicleId))];
  const [policies, tasks, feedback] = await Promise.all([
    known.policies
      ? Promise.resolve(known.policies)
      : db.policies.where('vehicleId').anyOf(vehicleIds).toArray(),
    db.tasks.where('caseId').anyOf(caseIds).toArray(),
    db.feedback.where('caseId').anyOf(caseIds).toArray(),
  ]);
  const wanted = new Set(vehicleIds);
  const policiesOf = groupBy(policies, (p) => (wanted.has(p.vehicleId) ? p.vehicleId : null));
  const tasksOf = groupBy<Task>(tasks, (t) => t.caseId);
  const feedbackOf = groupBy<Feedback>(feedback, (f) => f.caseId);
  const facts = closed.flatMap((kase) => {
    const fact = caseFactOf({
      kase,
      vehiclePolicies: policiesOf.get(kase.vehicleId) ?? [],
      tasks: tasksOf.get(kase.id) ?? [],
      feedback: feedbackOf.get(kase.id) ?? [],
    });
    return fact ? [fact] : [];
  });
  await db.caseFacts.bulkPut(facts);
}
