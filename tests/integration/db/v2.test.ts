// Version 2 (migrations/v2.ts): a database the v1 build wrote opens with every record as it
// was; the new deletedAt indexes on staff, cases and tasks answer (holding deleted rows only);
// tasks made before v2 keep their random ids, and the plan neither duplicates nor re-keys them.
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { V1_STORES } from '../../../renderer/db/migrations/v1';
import { purgeSoftDeleted } from '../../../renderer/db/repositories/purge-repository';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { taskIdFor } from '../../../shared/domain/reminders/record-ids';
import { expectSurvived, sampleAgencyTables, upgradeFrom } from './migration-harness';

const TODAY = '2025-06-01';
const NOW = '2025-06-01T02:00:00.000Z';

/** What a v1 build left on disk: the sample agency, its plan with random task ids. */
function v1Fixture() {
  const tables = sampleAgencyTables({ clients: 40, seed: 5, today: TODAY, now: NOW });
  const gone = tables.tasks[0]!;
  return {
    ...tables,
    // One task a v1 build had soft-deleted (none did, but the index must see such rows).
    tasks: tables.tasks.map((t) => (t.id === gone.id ? { ...t, deletedAt: NOW } : t)),
  };
}

describe('migration v2', () => {
  it('opens a v1 database with every record intact and the deletedAt indexes answering', async () => {
    const fixture = v1Fixture();
    expect(fixture.tasks.length).toBeGreaterThan(10);
    const { db } = await upgradeFrom([{ version: 1, stores: V1_STORES }], fixture);
    // Opened by today's AppDb: v2 and every later version ran.
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    await expectSurvived(db, fixture, (_table, before, after) => expect(after).toEqual(before));
    expect(await db.tasks.where('deletedAt').below('9999').count()).toBe(1);
    expect(await db.cases.where('deletedAt').below('9999').count()).toBe(0);
    expect(await db.staff.where('deletedAt').below('9999').count()).toBe(0);
    expect(await db.tasks.where('key').equals(fixture.tasks[1]!.key).count()).toBe(1);
    db.close();
  });

  it('keeps the random ids of v1 tasks: the plan matches them by key, adds no duplicate', async () => {
    const fixture = v1Fixture();
    const gone = fixture.tasks.find((t) => t.deletedAt)!;
    const { db } = await upgradeFrom([{ version: 1, stores: V1_STORES }], fixture);
    const result = await recomputePlan(db, { now: NOW, today: TODAY });
    // Only the soft-deleted task's slot is made again: under the id of its key, replacing the
    // tombstone that held the key under a random id (the unique key index allows one row).
    expect(result.stats.tasksCreated).toBe(1);
    const tasks = await db.tasks.toArray();
    const kept = fixture.tasks.filter((t) => t !== gone).map((t) => t.id);
    expect(tasks.map((t) => t.id).sort()).toEqual([...kept, taskIdFor(gone.key)].sort());
    expect(tasks.filter((t) => t.deletedAt)).toEqual([]);
    db.close();
  });

  it('the purge removes soft-deleted rows older than 30 days, nothing else', async () => {
    const fixture = v1Fixture();
    const { db } = await upgradeFrom([{ version: 1, stores: V1_STORES }], fixture);
    expect((await purgeSoftDeleted(db, new Date('2025-07-01T01:00:00.000Z'))).removed).toEqual({});
    const purged = await purgeSoftDeleted(db, new Date('2025-07-01T03:00:00.000Z'));
    expect(purged.removed).toEqual({ tasks: 1 });
    expect(await db.tasks.count()).toBe(fixture.tasks.length - 1);
    expect(await db.clients.count()).toBe(fixture.clients.length);
    const audit = (await db.auditEvents.toArray()).filter((e) => e.action === 'purge');
    expect(audit.map((e) => e.detail)).toEqual(['tasks 1']);
    db.close();
  });
});
