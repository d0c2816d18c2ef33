// Benchmark-only helpers: the raw Dexie baseline the repositories are compared with, and
// database reset. Lives under db/ because only db/ may touch Dexie and app-db.
import { Dexie } from 'dexie';
import { AppDb } from '../app-db';
import type { RecordBundle } from '../repositories/bulk-writer';

export function openBenchDb(name: string): AppDb {
  return new AppDb(name);
}

/** A plain bulkPut of the same objects, one call per table: the floor for seeding speed. */
export async function rawBulkPut(db: AppDb, bundle: RecordBundle, chunk = 20_000): Promise<void> {
  if (bundle.staff?.length) await db.staff.bulkPut(bundle.staff);
  for (let i = 0; i < bundle.clients.length; i += chunk) {
    await db.clients.bulkPut(bundle.clients.slice(i, i + chunk));
  }
  for (let i = 0; i < bundle.vehicles.length; i += chunk) {
    await db.vehicles.bulkPut(bundle.vehicles.slice(i, i + chunk));
  }
  for (let i = 0; i < bundle.policies.length; i += chunk) {
    await db.policies.bulkPut(bundle.policies.slice(i, i + chunk));
  }
}

export async function deleteDb(name: string): Promise<void> {
  await Dexie.delete(name);
}
