// Test-only: a raw Dexie database that declares exactly the schema versions it is given, the
// way an older (or newer) app version left it on disk. Tests that need such a database get it
// here instead of importing dexie themselves: the lint boundaries allow dexie only under
// renderer/db, so the test-side knowledge of Dexie stays in one place. Not imported by the app.
import { Dexie, type DexieOptions } from 'dexie';

export interface RawVersion {
  version: number;
  stores: Record<string, string>;
}

/** Declares the versions (not opened yet: the caller may add handlers first). */
export function rawDb(name: string, versions: RawVersion[], options?: DexieOptions): Dexie {
  const db = new Dexie(name, options);
  for (const v of versions) db.version(v.version).stores(v.stores);
  return db;
}
