// v3 (sign-in): a database from before sign-in existed (a v2 build: the sample agency with its
// plan and an unchained audit trail) opens with every record, its audit events chained in the
// order they happened, and no owner yet (the app goes to owner setup); after setup every record
// is still there and the chain goes on from the migrated events.
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { V1_STORES } from '../../../renderer/db/migrations/v1';
import { V2_STORES } from '../../../renderer/db/migrations/v2';
import { verifyAuditChain } from '../../../renderer/db/repositories/audit-repository';
import { hasOwner, setupOwner } from '../../../renderer/db/repositories/credential-repository';
import { expectSurvived, sampleAgencyTables, upgradeFrom } from './migration-harness';

const TODAY = '2025-06-01';
const NOW = '2025-06-01T02:00:00.000Z';

/** What a v2 build (before sign-in) left on disk. */
function v2Fixture() {
  const tables = sampleAgencyTables({ clients: 30, seed: 7, today: TODAY, now: NOW });
  // Written out of order on purpose: v3 chains them by time, not by insertion.
  const audit = [2, 0, 1].map((i) => ({
    id: `e${i}`,
    at: `2025-01-0${i + 1}T00:00:00.000Z`,
    actor: 'local-user',
    action: 'update',
    entity: 'client',
    entityId: tables.clients[i]?.id,
  }));
  return { ...tables, settings: [{ id: 'app', locale: 'zh-CN' }], auditEvents: audit };
}

describe('v3 migration: staff credentials and the audit chain', () => {
  it('keeps every record of a pre-sign-in database, chains its audit, then owner setup', async () => {
    const fixture = v2Fixture();
    expect(fixture.tasks.length).toBeGreaterThan(10);
    const { db } = await upgradeFrom(
      [
        { version: 1, stores: V1_STORES },
        { version: 2, stores: V2_STORES },
      ],
      fixture,
    );
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    // The chain fields (seq, prevHash, hash) are added to audit events; all else unchanged.
    await expectSurvived(db, fixture, (table, before, after) =>
      table === 'auditEvents' ? expect(after).toMatchObject(before) : expect(after).toEqual(before),
    );
    // Chained oldest first, and the chain verifies.
    const chained = await db.auditEvents.orderBy('seq').toArray();
    expect(chained.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
    expect(chained.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 3 });
    // No credentials yet: the app shows owner setup.
    expect(await hasOwner(db)).toBe(false);
    expect(await db.credentials.count()).toBe(0);

    const owner = await setupOwner(db, { name: '王店主', passwordHash: '$argon2id$stub' });
    expect(await hasOwner(db)).toBe(true);
    expect(owner.role).toBe('owner');
    // Setup adds the owner and touches nothing else: every older record is as it was.
    await expectSurvived(db, fixture, (table, before, after) =>
      table === 'auditEvents' ? expect(after).toMatchObject(before) : expect(after).toEqual(before),
    );
    for (const table of ['clients', 'vehicles', 'policies', 'cases', 'tasks'] as const) {
      expect(await db.table(table).count()).toBe(fixture[table].length);
    }
    expect(await db.staff.count()).toBe(fixture.staff.length + 1);
    const last = await db.auditEvents.orderBy('seq').last();
    expect(last).toMatchObject({ seq: 4, action: 'owner-setup', actor: owner.id });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 4 });
    await expect(setupOwner(db, { name: '第二个', passwordHash: 'x' })).rejects.toMatchObject({
      code: 'conflict',
    });
    db.close();
  });
});
