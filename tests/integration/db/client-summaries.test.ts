import { describe, expect, it } from 'vitest';
import {
  refreshClientSummaries,
  summaryTables,
} from '../../../renderer/db/repositories/client-summaries';
import { NO_EXPIRY } from '../../../shared/domain/search/summary';
import { freshDb, makeClient, makePolicy, makeStaff, makeVehicle } from './fixtures';

describe('refreshClientSummaries', () => {
  it('builds the row from client, owned vehicles, their policies and staff', async () => {
    const db = freshDb();
    const staff = makeStaff({ name: '李经理' });
    const client = makeClient({ name: '曾小明', phones: ['13812345678'], staffId: staff.id });
    const car = makeVehicle(client.id, { plate: '京A12345', vin: 'LSVAU2180N2123456' });
    // Insured is someone else, but the car is owned by the client: still the client's policy.
    const other = makeClient({ name: '单田芳' });
    const p1 = makePolicy(car.id, other.id, { policyNo: 'PDAA2025001', endDate: '2025-08-01' });
    const p2 = makePolicy(car.id, client.id, {
      insurer: '平安',
      kind: 'commercial',
      policyNo: 'PDZA2025002',
      endDate: '2025-07-15',
    });
    const old = makePolicy(car.id, client.id, { endDate: '2024-07-01', status: 'renewed' });
    await db.transaction('rw', [...summaryTables(db), db.auditEvents], async () => {
      await db.staff.add(staff);
      await db.clients.bulkAdd([client, other]);
      await db.vehicles.add(car);
      await db.policies.bulkAdd([p1, p2, old]);
      await refreshClientSummaries(db, [client.id, other.id]);
    });
    const s = await db.clientSummaries.get(client.id);
    expect(s).toMatchObject({
      name: '曾小明',
      pinyinInitials: 'zxm',
      pinyinFull: 'zengxiaoming',
      plates: ['京A12345'],
      staffName: '李经理',
      nextExpiry: '2025-07-15',
      nextExpiryMonth: '2025-07',
      nextCompulsoryEnd: '2025-08-01',
      nextCommercialEnd: '2025-07-15',
      deleted: false,
    });
    expect(new Set(s?.insurers)).toEqual(new Set(['人保', '平安']));
    const o = await db.clientSummaries.get(other.id);
    expect(o).toMatchObject({ pinyinFull: 'shantianfang', nextExpiry: '2025-08-01' });
    db.close();
  });

  it('removes the row of a client that no longer exists and gives far expiry when none', async () => {
    const db = freshDb();
    const a = makeClient({ name: '解晓东' });
    await db.clients.add(a);
    await refreshClientSummaries(db, [a.id]);
    expect(await db.clientSummaries.get(a.id)).toMatchObject({
      pinyinFull: 'xiexiaodong',
      nextExpiry: NO_EXPIRY,
      nextExpiryMonth: '',
    });
    await db.clients.delete(a.id);
    await refreshClientSummaries(db, [a.id]);
    expect(await db.clientSummaries.get(a.id)).toBeUndefined();
    db.close();
  });

  it('rolls back with the caller transaction', async () => {
    const db = freshDb();
    const a = makeClient();
    await expect(
      db.transaction('rw', summaryTables(db), async () => {
        await db.clients.add(a);
        await refreshClientSummaries(db, [a.id]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.clientSummaries.count()).toBe(0);
    db.close();
  });
});
