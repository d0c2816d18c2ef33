// A restore killed halfway (issue 11 point 6) leaves a half-filled database and its mark; the
// next start removes that database before it opens the active one, which stays as it was. A
// restore that reached its switch leaves no mark, and its database stays.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { setupOwner } from '../../../renderer/db/repositories/credential-repository';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import {
  activeDbName,
  markRestorePending,
  removeUnfinishedRestore,
  restoredDbName,
} from '../../../renderer/services/backup/active-db';
import {
  backUpNow,
  restoreBackup,
  setUpBackupKey,
} from '../../../renderer/services/backup/backup-actions';
import { fakeBackupHost } from '../../support/backup-host';
import { memoryStorage } from '../../support/memory-storage';
import { freshDb } from '../db/fixtures';

const dexieOptions = { indexedDB, IDBKeyRange };
const previousStorage = (globalThis as { localStorage?: Storage }).localStorage;
let db: AppDb;
let owner: string;

const names = async () => (await indexedDB.databases()).map((d) => d.name);

beforeAll(async () => {
  (globalThis as { localStorage?: Storage }).localStorage = memoryStorage();
  db = freshDb();
  owner = (await setupOwner(db, { name: '店主', passwordHash: 'h' })).id;
  await loadSampleData(db, { today: '2026-06-01', clients: 12 }, owner);
});

afterAll(() => {
  (globalThis as { localStorage?: Storage }).localStorage = previousStorage;
});

describe('a restore that never finished', () => {
  it('is removed at the next start; the active database is untouched', async () => {
    const before = { clients: await db.clients.count(), events: await db.auditEvents.count() };
    // What a window killed in the middle of the import leaves: the mark, then a database with
    // part of the rows.
    const name = restoredDbName(new Date('2026-12-03T09:00:00.000Z'));
    markRestorePending(name);
    const half = new AppDb(name, dexieOptions);
    await half.clients.bulkAdd(await db.clients.limit(5).toArray());
    half.close();
    expect(await names()).toContain(name);

    expect(await removeUnfinishedRestore(dexieOptions)).toBe(name);
    expect(await names()).not.toContain(name);
    expect({ clients: await db.clients.count(), events: await db.auditEvents.count() }).toEqual(
      before,
    );
    // The mark went with it: the next start has nothing to remove.
    expect(await removeUnfinishedRestore(dexieOptions)).toBeNull();
  });

  it('a finished restore leaves no mark, and a mark naming the active database keeps it', async () => {
    const { host, files } = fakeBackupHost();
    const { keyFile } = await setUpBackupKey(db, owner);
    await backUpNow(db, owner, host, { now: new Date('2026-12-03T08:00:00.000Z') });
    const restored = await restoreBackup(db, owner, host, files[0]!.data, keyFile, {
      dexieOptions,
      now: new Date('2026-12-03T10:00:00.000Z'),
    });
    expect(activeDbName()).toBe(restored.name);
    expect(localStorage.getItem('renewal-desk:restore-pending')).toBeNull();
    expect(await removeUnfinishedRestore(dexieOptions)).toBeNull();
    expect(await names()).toContain(restored.name);
    // Killed after the switch but before the mark was taken away: the switch is the last
    // step, so that database is complete and stays.
    markRestorePending(restored.name);
    expect(await removeUnfinishedRestore(dexieOptions)).toBeNull();
    expect(await names()).toContain(restored.name);
  });

  it('a restore that failed its checks leaves nothing behind for the next start', async () => {
    const { host, files } = fakeBackupHost();
    const { keyFile } = await setUpBackupKey(db, owner);
    await backUpNow(db, owner, host, { now: new Date('2026-12-03T11:00:00.000Z') });
    const cut = files[0]!.data.subarray(0, files[0]!.data.length - 40);
    const at = new Date('2026-12-03T12:00:00.000Z');
    await expect(
      restoreBackup(db, owner, host, cut, keyFile, { dexieOptions, now: at }),
    ).rejects.toBeTruthy();
    expect(await names()).not.toContain(restoredDbName(at));
    expect(await removeUnfinishedRestore(dexieOptions)).toBe(restoredDbName(at));
    expect(await removeUnfinishedRestore(dexieOptions)).toBeNull();
  });
});
