// whereEach answers what anyOf answers (each matching row once, duplicate keys folded, no keys:
// nothing), outside a transaction and inside a caller's.
import { describe, expect, it } from 'vitest';
import { whereEach } from '../../../renderer/db/repositories/index-lookup';
import { client, vehicle } from '../../unit/domain/reminders/fixtures';
import { freshDb } from './fixtures';

describe('whereEach', () => {
  it('reads the rows of every key once, like anyOf', async () => {
    const db = freshDb();
    for (const id of ['c1', 'c2', 'c3']) {
      await db.clients.put(client(id));
      await db.vehicles.put(vehicle(`v${id}`, id));
      await db.vehicles.put(vehicle(`w${id}`, id));
    }
    const keys = ['c1', 'c3', 'c1', undefined, 'nobody'];
    const byAnyOf = await db.vehicles.where('ownerId').anyOf(['c1', 'c3', 'nobody']).toArray();
    const got = await whereEach(db, db.vehicles, 'ownerId', keys);
    expect(got.map((v) => v.id).sort()).toEqual(byAnyOf.map((v) => v.id).sort());
    expect(got.map((v) => v.id).sort()).toEqual(['vc1', 'vc3', 'wc1', 'wc3']);
    expect(await whereEach(db, db.vehicles, 'ownerId', [])).toEqual([]);
    const inside = await db.transaction('rw', db.vehicles, db.clients, async () => {
      await db.vehicles.put(vehicle('xc2', 'c2'));
      return whereEach(db, db.vehicles, 'ownerId', ['c2']);
    });
    expect(inside.map((v) => v.id).sort()).toEqual(['vc2', 'wc2', 'xc2']);
    db.close();
  });
});
