// Roles enforced in the repositories: each guarded function refuses a role that may not call
// it with ForbiddenError, and the refusal is in the audit trail. Writes stamp the real staff id.
import { describe, expect, it } from 'vitest';
import type { AppDb } from '../../../renderer/db/app-db';
import { ForbiddenError } from '../../../renderer/db/repositories/authorize';
import {
  listAuditEvents,
  recordExport,
  recordReveal,
  verifyAuditChain,
} from '../../../renderer/db/repositories/audit-repository';
import { reassign } from '../../../renderer/db/repositories/case-repository';
import {
  createClient,
  softDeleteClient,
} from '../../../renderer/db/repositories/client-repository';
import {
  deactivateStaff,
  listSignInTiles,
  setStaffPassword,
  setupOwner,
} from '../../../renderer/db/repositories/credential-repository';
import { updateSettings } from '../../../renderer/db/repositories/settings-repository';
import { createStaff } from '../../../renderer/db/repositories/staff-repository';
import { recordWriteTables } from '../../../renderer/db/repositories/tables';
import { freshDb } from '../db/fixtures';

async function agency(): Promise<{ db: AppDb; owner: string; manager: string; staff: string }> {
  const db = freshDb();
  const owner = (await setupOwner(db, { name: '店主', passwordHash: 'h' })).id;
  const manager = (await createStaff(db, { name: '主管', role: 'manager' }, owner)).id;
  const staff = (await createStaff(db, { name: '业务员', role: 'staff' }, owner)).id;
  await setStaffPassword(db, manager, 'h', owner);
  await setStaffPassword(db, staff, 'h', owner);
  return { db, owner, manager, staff };
}

async function lastEvent(db: AppDb) {
  return db.auditEvents.orderBy('seq').last();
}

describe('repository guards', () => {
  it('staff calling manager-only functions are refused and audited', async () => {
    const { db, staff } = await agency();
    const client = await createClient(db, { name: '客户甲' }, staff);
    expect(client.updatedBy).toBe(staff);
    await expect(softDeleteClient(db, client.id, staff)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await lastEvent(db)).toMatchObject({ actor: staff, action: 'denied', detail: 'delete' });
    await expect(reassign(db, [], staff, staff)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await lastEvent(db)).toMatchObject({ action: 'denied', detail: 'reassign' });
    await expect(recordExport(db, staff, { what: 'clients', rows: 3 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(listAuditEvents(db, staff)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSettings(db, { idleLockMinutes: 1 }, staff)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await db.clients.get(client.id))?.deletedAt).toBeNull();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('a manager deletes and exports with a reason; only the owner manages staff and audit', async () => {
    const { db, owner, manager, staff } = await agency();
    const client = await createClient(db, { name: '客户乙' }, manager);
    await softDeleteClient(db, client.id, manager);
    await expect(recordExport(db, manager, { what: 'clients', rows: 5 })).rejects.toMatchObject({
      code: 'invalid',
    });
    await recordExport(db, manager, { what: 'clients', rows: 5, reason: '年度核对' });
    expect(await lastEvent(db)).toMatchObject({
      actor: manager,
      action: 'export',
      entity: 'clients',
      detail: '5|年度核对',
    });
    await recordExport(db, owner, { what: 'tasks', rows: 2 });
    await expect(createStaff(db, { name: 'x' }, manager)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deactivateStaff(db, staff, manager)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditEvents(db, manager)).rejects.toBeInstanceOf(ForbiddenError);
    const events = await listAuditEvents(db, owner, { actor: manager });
    expect(events.map((e) => e.action)).toContain('export');
    expect(events.every((e) => e.actor === manager)).toBe(true);
  });

  it('revealing a masked number is allowed to staff and recorded', async () => {
    const { db, staff } = await agency();
    await recordReveal(db, staff, 'c1', 'phone');
    expect(await lastEvent(db)).toMatchObject({
      actor: staff,
      action: 'reveal',
      entityId: 'c1',
      detail: 'phone',
    });
  });

  it('a deactivated person cannot sign in and their open tasks go back to assignment', async () => {
    const { db, owner, staff } = await agency();
    const at = '2025-01-01T00:00:00.000Z';
    const base = { createdAt: at, updatedAt: at, updatedBy: 'plan' };
    await db.cases.add({
      ...base,
      id: 'case1',
      vehicleId: 'v',
      clientId: 'c',
      policyIds: [],
      endDate: '2025-03-01',
      state: 'open',
      assigneeId: staff,
    });
    await db.tasks.bulkAdd([
      {
        ...base,
        id: 't1',
        caseId: 'case1',
        kind: 'tier',
        tier: 'd30',
        key: 'k1',
        dueDate: '2025-01-30',
        assigneeId: staff,
        status: 'pending',
        attempts: [],
      },
      {
        ...base,
        id: 't2',
        caseId: 'case1',
        kind: 'tier',
        tier: 'd15',
        key: 'k2',
        dueDate: '2025-01-15',
        assigneeId: staff,
        status: 'done',
        attempts: [],
      },
    ]);
    expect((await listSignInTiles(db)).map((t) => t.id)).toContain(staff);
    expect(await deactivateStaff(db, staff, owner)).toBe(1);
    expect((await db.tasks.get('t1'))?.assigneeId).toBeNull();
    expect((await db.tasks.get('t2'))?.assigneeId).toBe(staff);
    expect((await db.cases.get('case1'))?.assigneeId).toBeNull();
    expect((await listSignInTiles(db)).map((t) => t.id)).not.toContain(staff);
    // Deactivated: every guarded call is refused now, even reveal.
    await expect(recordReveal(db, staff, 'c1', 'phone')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('audit events appended inside a failed write roll back with it (one chain, no gaps)', async () => {
    const { db, owner } = await agency();
    const before = await lastEvent(db);
    await expect(
      db.transaction('rw', recordWriteTables(db), async () => {
        await createClient(db, { name: '回滚' }, owner);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await lastEvent(db))?.seq).toBe(before?.seq);
    await createClient(db, { name: '之后' }, owner);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
