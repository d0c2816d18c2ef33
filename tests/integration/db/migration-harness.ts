// The migration harness: build a database the way an OLDER app version left it (a raw Dexie
// that declares only the older versions), fill it with fixture records, close it, then open it
// with today's AppDb and hand back both for checks. Every new migrations/vN.ts gets a test that
// calls this with the versions before N.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import { AppDb } from '../../../renderer/db/app-db';
import { V1_STORES } from '../../../renderer/db/migrations/v1';
import { V2_STORES } from '../../../renderer/db/migrations/v2';
import { V3_STORES } from '../../../renderer/db/migrations/v3';
import { V4_STORES } from '../../../renderer/db/migrations/v4';
import { V5_STORES } from '../../../renderer/db/migrations/v5';
import { V6_STORES } from '../../../renderer/db/migrations/v6';
import { V7_STORES } from '../../../renderer/db/migrations/v7';
import { V8_STORES } from '../../../renderer/db/migrations/v8';
import { V9_STORES } from '../../../renderer/db/migrations/v9';
import { rawDb, type RawVersion } from '../../../renderer/db/testing/raw-db';
import { defaultSettings } from '../../../shared/domain/reminders/default-settings';
import { computePlan } from '../../../shared/domain/reminders/plan';
import { generateSampleAgency } from '../../../shared/domain/sample/generate';

export type OlderVersion = RawVersion;

export type Fixture = Record<string, object[]>;

export async function upgradeFrom(
  older: OlderVersion[],
  fixture: Fixture,
): Promise<{ db: AppDb; name: string }> {
  const name = `migration-${uuidv7()}`;
  const old = rawDb(name, older, { indexedDB, IDBKeyRange });
  await old.open();
  await old.transaction('rw', Object.keys(fixture), async () => {
    for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new AppDb(name, { indexedDB, IDBKeyRange });
  await db.open();
  return { db, name };
}

/** Every fixture row is still there, unchanged except for fields the migration adds. */
export async function expectSurvived(
  db: AppDb,
  fixture: Fixture,
  check: (table: string, before: object, after: unknown) => void,
): Promise<void> {
  for (const [table, rows] of Object.entries(fixture)) {
    const ids = rows.map((r) => (r as { id: string }).id);
    const after = await db.table(table).bulkGet(ids);
    rows.forEach((row, i) => check(table, row, withoutDerived(table, row, after[i])));
  }
}

/**
 * A row without the fields later versions derive from it (v9: a task's case end date and its
 * Today sort key, tests/integration/db/v9.test.ts checks them), unless the fixture had them.
 */
function withoutDerived(table: string, before: object, after: unknown): unknown {
  if (table !== 'tasks' || !after || typeof after !== 'object') return after;
  const copy: Record<string, unknown> = { ...after };
  for (const field of ['caseEnd', 'todayRank']) if (!(field in before)) delete copy[field];
  return copy;
}

/**
 * The tables an older build left for the sample agency: its records and the plan that build
 * computed for them (cases and tasks with random task ids).
 */
export function sampleAgencyTables(options: {
  clients: number;
  seed: number;
  today: string;
  now: string;
}) {
  const agency = generateSampleAgency({
    clients: options.clients,
    seed: options.seed,
    today: options.today,
  });
  const plan = computePlan({
    today: options.today,
    now: options.now,
    settings: { ...defaultSettings(), id: 'app' },
    clients: agency.clients,
    vehicles: agency.vehicles,
    policies: agency.policies,
    cases: [],
    tasks: [],
    staff: agency.staff,
    newId: () => uuidv7(),
  });
  return {
    staff: agency.staff,
    clients: agency.clients,
    vehicles: agency.vehicles,
    policies: agency.policies,
    cases: plan.cases,
    tasks: plan.tasks,
  };
}

const SCHEMAS = [
  V1_STORES,
  V2_STORES,
  V3_STORES,
  V4_STORES,
  V5_STORES,
  V6_STORES,
  V7_STORES,
  V8_STORES,
  V9_STORES,
];

/** The stores of every schema before `version`: what an app that stopped there declared. */
export function schemasBefore(version: number): RawVersion[] {
  return SCHEMAS.slice(0, version - 1).map((stores, i) => ({ version: i + 1, stores }));
}
