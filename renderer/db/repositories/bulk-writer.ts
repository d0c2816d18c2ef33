// The fast path for many records at once (sample agency, benchmark, large imports of new
// customers): summaries are built in memory from the records being written instead of read
// back, and each chunk is one transaction over all tables with one audit event.
import { groupBy } from '../../../shared/domain/collections';
import type {
  Client,
  Id,
  Policy,
  Staff,
  StoredClient,
  Vehicle,
} from '../../../shared/domain/types';
import { buildClientSummary } from '../../../shared/domain/search/summary';
import type { AppDb } from '../app-db';
import { publishAfterCommit, publishPlanInputsChanged } from '../change-feed';
import { keysForWrite, sealClients } from './client-crypto';
import { recordWriteTables } from './tables';
import { snapshotSettled, storeSummaries } from './summary-snapshot';
import { auditEvent, writeAudit, type Actor } from './write-context';

export interface RecordBundle {
  staff?: Staff[];
  clients: Client[];
  /** Every vehicle must belong to a client of this bundle (ownerId). */
  vehicles: Vehicle[];
  /** Every policy must be on a vehicle of this bundle. */
  policies: Policy[];
}

export interface BulkOptions {
  /** Customers per transaction. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * The customers already sealed (sealClients), in the bundle's order: a caller running this
   * inside its own transaction seals before opening it (WebCrypto inside one would end it).
   */
  sealed?: StoredClient[];
}

/**
 * Writes brand-new, self-contained records (they must not touch customers already stored: use
 * the ordinary repositories or refreshClientSummaries for those).
 */
export async function bulkInsertRecords(
  db: AppDb,
  bundle: RecordBundle,
  actor: Actor,
  options: BulkOptions = {},
): Promise<void> {
  const chunk = options.chunkSize ?? 20_000;
  const vehiclesByOwner = groupBy(bundle.vehicles, (v) => v.ownerId);
  const policiesByVehicle = groupBy(bundle.policies, (p) => p.vehicleId);
  const existingStaff = await db.staff.toArray();
  const staffById = new Map<Id, Staff>(
    [...existingStaff, ...(bundle.staff ?? [])].map((s) => [s.id, s]),
  );
  if (bundle.staff?.length) {
    const staff = bundle.staff;
    await db.transaction('rw', db.staff, db.auditEvents, async () => {
      await db.staff.bulkPut(staff);
      await writeAudit(db, auditEvent(actor, 'bulk-create', 'staff', null, `${staff.length}`));
      publishPlanInputsChanged(db, ['staff']);
    });
  }
  const total = bundle.clients.length;
  // Keys checked once: each chunk is sealed before its transaction, unless the caller did.
  const keys = options.sealed ? null : await keysForWrite(db);
  for (let start = 0; start < total; start += chunk) {
    const clients = bundle.clients.slice(start, start + chunk);
    const vehicles: Vehicle[] = [];
    const policies: Policy[] = [];
    const summaries = clients.map((c) => {
      const own = vehiclesByOwner.get(c.id) ?? [];
      const ps: Policy[] = [];
      for (const v of own) for (const p of policiesByVehicle.get(v.id) ?? []) ps.push(p);
      vehicles.push(...own);
      policies.push(...ps);
      const summary = buildClientSummary(c, own, ps, staffById);
      return { summary, known: true };
    });
    const stored =
      options.sealed?.slice(start, start + chunk) ?? (await sealClients(keys, clients));
    await db.transaction('rw', recordWriteTables(db), async () => {
      await Promise.all([
        db.clients.bulkPut(stored),
        db.vehicles.bulkPut(vehicles),
        db.policies.bulkPut(policies),
        writeAudit(db, auditEvent(actor, 'bulk-create', 'client', null, `${clients.length}`)),
      ]);
      await storeSummaries(db, summaries, []);
      publishAfterCommit({ kind: 'all' });
      publishPlanInputsChanged(db, ['clients', 'vehicles', 'policies']);
    });
    options.onProgress?.(Math.min(start + chunk, total), total);
  }
  // The snapshot chunks of these customers are sealed from the clear copies written above.
  await snapshotSettled(db);
}
