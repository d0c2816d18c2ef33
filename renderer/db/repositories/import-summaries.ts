// Client summaries after an import commit or undo. Customers the batch created are summarised
// from the records the plan already holds in memory (every vehicle and policy of a new customer
// is in the plan), which for a first import of a big list is almost everyone; customers that
// existed before may own cars the list does not name, so theirs are re-read from the tables.
import type { Client, Id, Policy, Staff, Vehicle } from '../../../shared/domain/types';
import { pushTo } from '../../../shared/domain/collections';
import { buildClientSummary } from '../../../shared/domain/search/summary';
import type { AppDb } from '../app-db';
import { publishAfterCommit } from '../change-feed';
import { refreshClientSummaries } from './client-summaries';
import { storeSummaries } from './summary-snapshot';
import type { ImportPlan } from './import-types';

/** Joins the caller's transaction (it must cover summaryTables(db)). */
export async function writeImportSummaries(
  db: AppDb,
  plan: ImportPlan,
  staff: readonly Staff[],
): Promise<void> {
  const created = new Set<Id>();
  for (const id of plan.clients.keys()) if (plan.before.get(id) === null) created.add(id);
  const rest = [...plan.touchedClientIds].filter((id) => !created.has(id));

  if (created.size > 0) {
    const vehicles = new Map<Id, Vehicle[]>();
    const ownerOf = new Map<Id, Id>();
    for (const v of plan.world.vehicles.values()) {
      ownerOf.set(v.id, v.ownerId);
      if (created.has(v.ownerId)) pushTo(vehicles, v.ownerId, v);
    }
    const policies = new Map<Id, Policy[]>();
    for (const p of plan.world.policies.values()) {
      if (created.has(p.insuredId)) pushTo(policies, p.insuredId, p);
      const owner = ownerOf.get(p.vehicleId);
      if (owner && owner !== p.insuredId && created.has(owner)) pushTo(policies, owner, p);
    }
    const staffById = new Map(staff.map((s) => [s.id, s]));
    const writes = [...created].map((id) => {
      const client = plan.clients.get(id) as Client;
      const summary = buildClientSummary(
        client,
        vehicles.get(id) ?? [],
        policies.get(id) ?? [],
        staffById,
      );
      return { summary, known: true };
    });
    await storeSummaries(db, writes);
    publishAfterCommit({ kind: 'ids', ids: [...created] });
  }
  await refreshClientSummaries(db, rest);
}
