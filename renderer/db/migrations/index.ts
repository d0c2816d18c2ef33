// Schema versions, applied in order by AppDb's constructor.
//
// The pattern for every schema change:
// 1. Add migrations/vN.ts exporting `applyVN(db)` that calls `db.version(N).stores({...delta})`
//    (only the tables whose indexes change; `null` drops a table) and, when existing rows need
//    new fields or reshaping, `.upgrade(async (tx) => tx.table('x').toCollection().modify(...))`.
//    Never rename or drop data in place: copy first, and keep upgrades idempotent.
// 2. Register it in VERSIONS below (ascending).
// 3. Add tests/integration/db/vN.test.ts: `upgradeFrom([...older stores], fixture)` from
//    migration-harness.ts fills a database the previous release would have written, opens it
//    with AppDb, and `expectSurvived` checks every record (plus the new indexes answer).
// 4. Types in shared/domain/types.ts change with it; settings get defaults in the settings
//    repository rather than a migration.
import type { Dexie } from 'dexie';
import { applyV1 } from './v1';
import { applyV2 } from './v2';
import { applyV3 } from './v3';
import { applyV4 } from './v4';
import { applyV5 } from './v5';
import { applyV6 } from './v6';
import { applyV7 } from './v7';
import { applyV8 } from './v8';
import { applyV9 } from './v9';

const VERSIONS: { version: number; apply: (db: Dexie) => void }[] = [
  { version: 1, apply: applyV1 },
  { version: 2, apply: applyV2 },
  { version: 3, apply: applyV3 },
  { version: 4, apply: applyV4 },
  { version: 5, apply: applyV5 },
  { version: 6, apply: applyV6 },
  { version: 7, apply: applyV7 },
  { version: 8, apply: applyV8 },
  { version: 9, apply: applyV9 },
];

/** The newest schema this build knows; a database above it was written by a newer app. */
export const LATEST_SCHEMA_VERSION = Math.max(...VERSIONS.map((v) => v.version));

/** Every schema version in order. Add a version by adding a file and a line in VERSIONS. */
export function applyMigrations(db: Dexie): void {
  for (const v of VERSIONS) v.apply(db);
}
