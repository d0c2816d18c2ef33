// Retention (PRIVACY.md): the owner removes the customers the agency no longer serves: no
// policy of theirs ended within the last N years (default 3), and none is still to come. The
// removal is the ordinary soft delete, all with one timestamp, so it can be taken back in one
// step for 30 days; after that the start-up purge (purge-repository.ts) removes the rows for
// good. Owner only, audited with counts (never names).
import { plusMonths } from '../../../shared/domain/reminders/dates';
import type { Id, IsoDate, Policy, StoredClient, Vehicle } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { authorize } from './authorize';
import { refreshClientSummaries } from './client-summaries';
import { recordWriteTables } from './tables';
import { auditEvent, nowIso, writeAudit, type Actor } from './write-context';

export const DEFAULT_RETENTION_YEARS = 3;

interface Tree {
  clients: StoredClient[];
  vehicles: Vehicle[];
  policies: Policy[];
}

/** The live customers (with their cars and policies) whose last policy ended before the cutoff. */
async function inactiveTrees(db: AppDb, years: number, today: IsoDate): Promise<Tree> {
  const cutoff = plusMonths(today, -12 * years);
  const live = <T extends { deletedAt?: string | null }>(rows: T[]) =>
    rows.filter((r) => !r.deletedAt);
  const [clients, vehicles, policies] = await Promise.all([
    db.clients.toArray().then(live),
    db.vehicles.toArray().then(live),
    db.policies.toArray().then(live),
  ]);
  const latestEnd = new Map<Id, IsoDate>();
  const policiesOf = new Map<Id, Policy[]>();
  const vehicleOwner = new Map(vehicles.map((v) => [v.id, v.ownerId]));
  for (const p of policies) {
    // A policy counts for its car's owner and for its insured: either may be the customer.
    for (const who of new Set([vehicleOwner.get(p.vehicleId), p.insuredId])) {
      if (!who) continue;
      if ((latestEnd.get(who) ?? '') < p.endDate) latestEnd.set(who, p.endDate);
    }
    const list = policiesOf.get(p.vehicleId);
    if (list) list.push(p);
    else policiesOf.set(p.vehicleId, [p]);
  }
  // A customer with no policy at all counts from when they were entered.
  const inactive = clients.filter(
    (c) => (latestEnd.get(c.id) ?? c.createdAt.slice(0, 10)) < cutoff,
  );
  const ids = new Set(inactive.map((c) => c.id));
  const theirVehicles = vehicles.filter((v) => ids.has(v.ownerId));
  return {
    clients: inactive,
    vehicles: theirVehicles,
    policies: theirVehicles.flatMap((v) => policiesOf.get(v.id) ?? []),
  };
}

/** How many customers a removal for `years` would take (the owner sees it before confirming). */
export async function countInactiveCustomers(
  db: AppDb,
  years: number,
  today: IsoDate,
): Promise<number> {
  return (await inactiveTrees(db, years, today)).clients.length;
}

/**
 * Soft-deletes the inactive customers, their cars and policies in one transaction. Returns
 * the count and the removal's timestamp, which restoreRemovedCustomers takes to undo it.
 */
export async function removeInactiveCustomers(
  db: AppDb,
  actor: Actor,
  years: number,
  today: IsoDate,
): Promise<{ count: number; at: string }> {
  await authorize(db, actor, 'purge', 'Client');
  return db.transaction('rw', recordWriteTables(db), async () => {
    const tree = await inactiveTrees(db, years, today);
    const at = nowIso();
    if (!tree.clients.length) return { count: 0, at };
    await stamp(db, tree, { deletedAt: at, updatedAt: at, updatedBy: actor });
    const detail = `years ${years}, clients ${tree.clients.length}, vehicles ${tree.vehicles.length}, policies ${tree.policies.length}`;
    await writeAudit(db, auditEvent(actor, 'retention-remove', 'client', null, detail, at));
    return { count: tree.clients.length, at };
  });
}

/** Takes back the removal made at `at` (until the 30-day purge): exactly the rows it stamped. */
export async function restoreRemovedCustomers(
  db: AppDb,
  actor: Actor,
  at: string,
): Promise<number> {
  await authorize(db, actor, 'purge', 'Client');
  return db.transaction('rw', recordWriteTables(db), async () => {
    const [clients, vehicles, policies] = await Promise.all([
      db.clients.where('deletedAt').equals(at).toArray(),
      db.vehicles.where('deletedAt').equals(at).toArray(),
      db.policies.where('deletedAt').equals(at).toArray(),
    ]);
    if (!clients.length) return 0;
    const now = nowIso();
    await stamp(
      db,
      { clients, vehicles, policies },
      { deletedAt: null, updatedAt: now, updatedBy: actor },
    );
    await writeAudit(
      db,
      auditEvent(actor, 'retention-restore', 'client', null, `clients ${clients.length}`, now),
    );
    return clients.length;
  });
}

async function stamp(
  db: AppDb,
  tree: Tree,
  fields: { deletedAt: string | null; updatedAt: string; updatedBy: Actor },
): Promise<void> {
  await db.clients.bulkPut(tree.clients.map((c) => ({ ...c, ...fields })));
  await db.vehicles.bulkPut(tree.vehicles.map((v) => ({ ...v, ...fields })));
  await db.policies.bulkPut(tree.policies.map((p) => ({ ...p, ...fields })));
  publishPlanInputsChanged(db, ['clients', 'vehicles', 'policies']);
  await refreshClientSummaries(
    db,
    tree.clients.map((c) => c.id),
  );
}
