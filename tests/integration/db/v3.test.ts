// v3 (sign-in): a database from before sign-in existed opens with every record, its audit
// events chained in the order they happened, and no owner yet (the app goes to owner setup);
// after setup the records are still all there.
import { describe, expect, it } from 'vitest';
import { V1_STORES } from '../../../renderer/db/migrations/v1';
import { hasOwner, setupOwner } from '../../../renderer/db/repositories/credential-repository';
import { verifyAuditChain } from '../../../renderer/db/repositories/audit-repository';
import { generateSampleAgency } from '../../../shared/domain/sample/generate';
import { expectSurvived, upgradeFrom } from './migration-harness';

describe('v3 migration: staff credentials and the audit chain', () => {
  it('keeps every record of a pre-sign-in database, chains its audit, then owner setup', async () => {
    const a = generateSampleAgency({ clients: 30, seed: 7, today: '2025-06-01' });
    const audit = [2, 0, 1].map((i) => ({
      id: `e${i}`,
      at: `2025-01-0${i + 1}T00:00:00.000Z`,
      actor: 'local-user',
      action: 'update',
      entity: 'client',
      entityId: a.clients[i]?.id,
    }));
    const fixture = {
      staff: a.staff,
      clients: a.clients,
      vehicles: a.vehicles,
      policies: a.policies,
      auditEvents: audit,
    };
    const { db } = await upgradeFrom([{ version: 1, stores: V1_STORES }], fixture);
    await expectSurvived(db, fixture, (table, before, after) =>
      table === 'auditEvents' ? expect(after).toMatchObject(before) : expect(after).toEqual(before),
    );
    // Chained oldest first, and the chain verifies.
    const chained = await db.auditEvents.orderBy('seq').toArray();
    expect(chained.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 3 });
    // No credentials yet: the app shows owner setup.
    expect(await hasOwner(db)).toBe(false);
    expect(await db.credentials.count()).toBe(0);

    const owner = await setupOwner(db, { name: '王店主', passwordHash: '$argon2id$stub' });
    expect(await hasOwner(db)).toBe(true);
    expect(owner.role).toBe('owner');
    expect(await db.clients.count()).toBe(a.clients.length);
    expect(await db.policies.count()).toBe(a.policies.length);
    expect(await db.staff.count()).toBe(a.staff.length + 1);
    const last = await db.auditEvents.orderBy('seq').last();
    expect(last).toMatchObject({ seq: 4, action: 'owner-setup', actor: owner.id });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 4 });
    await expect(setupOwner(db, { name: '第二个', passwordHash: 'x' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
