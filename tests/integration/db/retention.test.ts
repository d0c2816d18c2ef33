// The owner removes customers the agency no longer serves (PRIVACY.md, retention): no policy
// of theirs ended within the last N years. To the day; one step to take it back; owner only;
// the audit holds counts, never a name.
import { describe, expect, it } from 'vitest';
import { openClients } from '../../../renderer/db/repositories/client-crypto';
import { ForbiddenError } from '../../../renderer/db/repositories/authorize';
import {
  setStaffPassword,
  setupOwner,
} from '../../../renderer/db/repositories/credential-repository';
import {
  countInactiveCustomers,
  removeInactiveCustomers,
  restoreRemovedCustomers,
} from '../../../renderer/db/repositories/retention-repository';
import { createStaff } from '../../../renderer/db/repositories/staff-repository';
import { freshDb, makeClient, makePolicy, makeVehicle } from './fixtures';

const TODAY = '2026-12-02';

async function agency() {
  const db = freshDb();
  const owner = (await setupOwner(db, { name: '店主', passwordHash: 'h' })).id;
  const manager = (await createStaff(db, { name: '主管', role: 'manager' }, owner)).id;
  await setStaffPassword(db, manager, 'h', owner);
  // Ended exactly three years ago today: still within; one day earlier: gone.
  const kept = makeClient({ name: '留下' });
  const gone = makeClient({ name: '离开' });
  const fresh = makeClient({ name: '新客户', createdAt: '2026-11-01T00:00:00.000Z' });
  const keptCar = makeVehicle(kept.id);
  const goneCar = makeVehicle(gone.id);
  const keptPolicy = makePolicy(keptCar.id, kept.id, { endDate: '2023-12-02' });
  const gonePolicies = [
    makePolicy(goneCar.id, gone.id, { endDate: '2023-12-01' }),
    makePolicy(goneCar.id, gone.id, { endDate: '2022-12-01', kind: 'commercial' }),
  ];
  await db.transaction('rw', [db.clients, db.vehicles, db.policies], async () => {
    await db.clients.bulkAdd([kept, gone, fresh]);
    await db.vehicles.bulkAdd([keptCar, goneCar]);
    await db.policies.bulkAdd([keptPolicy, ...gonePolicies]);
  });
  return { db, owner, manager, gone, goneCar, gonePolicies };
}

describe('retention: customers with no policy for N years', () => {
  it('counts and removes to the day, with their cars and policies; undo brings exactly them back', async () => {
    const { db, owner, gone, goneCar, gonePolicies } = await agency();
    expect(await countInactiveCustomers(db, 3, TODAY)).toBe(1);
    // Four years of grace: nobody.
    expect(await countInactiveCustomers(db, 4, TODAY)).toBe(0);

    const removed = await removeInactiveCustomers(db, owner, 3, TODAY);
    expect(removed.count).toBe(1);
    expect((await db.clients.get(gone.id))!.deletedAt).toBe(removed.at);
    expect((await db.vehicles.get(goneCar.id))!.deletedAt).toBe(removed.at);
    for (const p of gonePolicies) expect((await db.policies.get(p.id))!.deletedAt).toBe(removed.at);
    expect(
      (await openClients(await db.clients.filter((c) => !c.deletedAt).toArray()))
        .map((c) => c.name)
        .sort(),
    ).toEqual(['新客户', '留下'].sort());
    expect((await db.clientSummaries.get(gone.id))?.deleted).toBe(true);
    const event = await db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({
      actor: owner,
      action: 'retention-remove',
      detail: 'years 3, clients 1, vehicles 1, policies 2',
    });
    expect(JSON.stringify(await db.auditEvents.toArray())).not.toContain('离开');

    expect(await restoreRemovedCustomers(db, owner, removed.at)).toBe(1);
    expect((await db.clients.get(gone.id))!.deletedAt).toBeNull();
    for (const p of gonePolicies) expect((await db.policies.get(p.id))!.deletedAt).toBeNull();
    expect((await db.clientSummaries.get(gone.id))?.deleted).toBe(false);
  });

  it('is the owner’s alone: a manager is refused and nothing changes', async () => {
    const { db, manager, gone } = await agency();
    await expect(removeInactiveCustomers(db, manager, 3, TODAY)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await db.clients.get(gone.id))!.deletedAt).toBeUndefined();
  });
});
