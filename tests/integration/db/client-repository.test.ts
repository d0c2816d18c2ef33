import { describe, expect, it } from 'vitest';
import {
  countClients,
  createClient,
  createWalkIn,
  getClientDetail,
  listClientPage,
  restoreClient,
  softDeleteClient,
  updateClient,
} from '../../../renderer/db/repositories/client-repository';
import { NO_EXPIRY } from '../../../shared/domain/search/summary';
import { createPolicy, updatePolicy } from '../../../renderer/db/repositories/policy-repository';
import { createVehicle, updateVehicle } from '../../../renderer/db/repositories/vehicle-repository';
import { createStaff, updateStaff } from '../../../renderer/db/repositories/staff-repository';
import { listAuditEventsFor } from '../../../renderer/db/repositories/audit-repository';
import { RepositoryError } from '../../../renderer/db/repositories/write-context';
import { freshDb } from './fixtures';

const walkIn = (name: string, policyNo: string, endDate = '2025-09-10') => ({
  client: { name, phones: ['13812345678'] },
  vehicle: { plate: '京A·12345', vin: 'lsvau2180n2123456' },
  policy: {
    insurer: '人保',
    policyNo,
    kind: 'compulsory' as const,
    endDate,
    startDate: '2024-09-11',
  },
});

describe('client repository', () => {
  it('creates, edits, soft deletes and restores, stamping and auditing every write', async () => {
    const db = freshDb();
    const c = await createClient(db, { name: ' 张三 ', phones: ['13812345678'] }, 'staff-1');
    expect(c).toMatchObject({ name: '张三', updatedBy: 'staff-1', deletedAt: null });
    expect(c.createdAt).toBe(c.updatedAt);
    const edited = await updateClient(db, c.id, { name: '张三丰' }, 'staff-2');
    expect(edited.updatedBy).toBe('staff-2');
    expect((await db.clientSummaries.get(c.id))?.pinyinFull).toBe('zhangsanfeng');
    const v = await createVehicle(db, { ownerId: c.id, plate: '京a 12345' }, 'staff-1');
    expect(v.plate).toBe('京A12345');
    await createPolicy(
      db,
      {
        vehicleId: v.id,
        insuredId: c.id,
        insurer: '平安',
        policyNo: 'p1',
        kind: 'commercial',
        endDate: '2025-08-01',
      },
      'staff-1',
    );
    await softDeleteClient(db, c.id, 'staff-1');
    expect((await db.clientSummaries.get(c.id))?.deleted).toBe(true);
    expect(await countClients(db)).toBe(0);
    expect((await db.vehicles.get(v.id))?.deletedAt).toBeTruthy();
    await restoreClient(db, c.id, 'staff-1');
    const s = await db.clientSummaries.get(c.id);
    expect(s).toMatchObject({ deleted: false, plates: ['京A12345'], nextExpiry: '2025-08-01' });
    expect((await db.vehicles.get(v.id))?.deletedAt).toBeNull();
    const actions = (await listAuditEventsFor(db, c.id)).map((e) => e.action);
    expect(actions).toEqual(['create', 'update', 'delete', 'restore']);
    db.close();
  });

  it('refuses bad input with a field and a Chinese message', async () => {
    const db = freshDb();
    const err = await createClient(db, { name: '  ' }, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RepositoryError);
    expect((err as RepositoryError).field).toBe('name');
    expect((err as RepositoryError).message).toContain('姓名不能为空');
    db.close();
  });

  it('walk-in lands in one transaction; a failure midway leaves nothing', async () => {
    const db = freshDb();
    const ok = await createWalkIn(db, walkIn('李四', 'PDZA001'), 'staff-1');
    const detail = await getClientDetail(db, ok.client.id);
    expect(detail?.vehicles[0]?.vehicle.vin).toBe('LSVAU2180N2123456');
    expect(detail?.vehicles[0]?.policies.map((p) => p.policyNo)).toEqual(['PDZA001']);
    const counts = async () => [
      await db.clients.count(),
      await db.vehicles.count(),
      await db.policies.count(),
      await db.clientSummaries.count(),
      await db.auditEvents.count(),
    ];
    const before = await counts();
    // Same insurer + policy number: the policy step fails after client and vehicle were added.
    const dup = await createWalkIn(db, walkIn('王五', 'pdza001'), 'staff-1').catch(
      (e: unknown) => e,
    );
    expect((dup as RepositoryError).code).toBe('duplicate-policy');
    // End before start: refused by the policy schema, also after the first two steps.
    const bad = await createWalkIn(db, walkIn('王五', 'PDZA002', '2024-01-01'), 'x').catch(
      (e: unknown) => e,
    );
    expect((bad as RepositoryError).field).toBe('endDate');
    expect(await counts()).toEqual(before);
    db.close();
  });

  it('keeps summaries in step when a vehicle changes owner and a policy is renewed', async () => {
    const db = freshDb();
    const a = await createWalkIn(db, walkIn('张三', 'P-A'), 'x');
    const b = await createClient(db, { name: '赵六' }, 'x');
    await updateVehicle(db, a.vehicle.id, { ownerId: b.id, ownerChangedOn: '2025-05-01' }, 'x');
    expect((await db.clientSummaries.get(a.client.id))?.plates).toEqual([]);
    expect((await db.clientSummaries.get(b.id))?.plates).toEqual(['京A12345']);
    const moved = await getClientDetail(db, b.id);
    expect(moved?.vehicles[0]?.ownerHistory).toEqual([
      { clientId: a.client.id, name: '张三', from: null, to: '2025-05-01' },
    ]);
    await updatePolicy(db, a.policy.id, { status: 'renewed' }, 'x');
    expect((await db.clientSummaries.get(b.id))?.nextExpiry).toBe(NO_EXPIRY);
    db.close();
  });

  it('lists by next expiry with insurer, month and staff filters; staff renames reach the list', async () => {
    const db = freshDb();
    const s = await createStaff(db, { name: '陈晓燕' }, 'x');
    const one = await createWalkIn(db, walkIn('甲', 'P1', '2025-09-01'), 'x');
    await createWalkIn(db, walkIn('乙', 'P2', '2025-07-01'), 'x');
    const three = await createWalkIn(
      db,
      {
        ...walkIn('丙', 'P3', '2025-07-20'),
        policy: { ...walkIn('丙', 'P3', '2025-07-20').policy, insurer: '大地' },
      },
      'x',
    );
    await updateClient(db, one.client.id, { staffId: s.id }, 'x');
    expect((await listClientPage(db)).map((r) => r.name)).toEqual(['乙', '丙', '甲']);
    expect((await listClientPage(db, { insurer: '大地' })).map((r) => r.id)).toEqual([
      three.client.id,
    ]);
    expect((await listClientPage(db, { expiryMonth: '2025-07' })).map((r) => r.name)).toEqual([
      '乙',
      '丙',
    ]);
    expect((await listClientPage(db, { staffId: s.id })).map((r) => r.name)).toEqual(['甲']);
    expect((await listClientPage(db, {}, { offset: 1, limit: 1 })).map((r) => r.name)).toEqual([
      '丙',
    ]);
    await updateStaff(db, s.id, { name: '陈晓艳' }, 'x');
    expect((await db.clientSummaries.get(one.client.id))?.staffName).toBe('陈晓艳');
    db.close();
  });
});
