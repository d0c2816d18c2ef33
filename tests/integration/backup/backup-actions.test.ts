// The owner's backup actions: owner only (staff refused and the refusal audited), every backup
// and restore in the audit trail, a restore switching the window to a NEW database (the old
// one kept as it was) and handing the restored head to the host.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDb } from '../../../renderer/db/app-db';
import { ForbiddenError } from '../../../renderer/db/repositories/authorize';
import {
  setStaffPassword,
  setupOwner,
} from '../../../renderer/db/repositories/credential-repository';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import { createStaff } from '../../../renderer/db/repositories/staff-repository';
import { activeDbName } from '../../../renderer/services/backup/active-db';
import {
  backUpNow,
  restoreBackup,
  setUpBackupKey,
} from '../../../renderer/services/backup/backup-actions';
import { fakeBackupHost } from '../../support/backup-host';
import { memoryStorage } from '../../support/memory-storage';
import { freshDb } from '../db/fixtures';

const dexieOptions = { indexedDB, IDBKeyRange };

const fakeHost = fakeBackupHost;

const previousStorage = (globalThis as { localStorage?: Storage }).localStorage;
let db: AppDb;
let owner: string;
let staff: string;

beforeAll(async () => {
  (globalThis as { localStorage?: Storage }).localStorage = memoryStorage();
  db = freshDb();
  owner = (await setupOwner(db, { name: '店主', passwordHash: 'h' })).id;
  staff = (await createStaff(db, { name: '业务员', role: 'staff' }, owner)).id;
  await setStaffPassword(db, staff, 'h', owner);
  await loadSampleData(db, { today: '2026-06-01', clients: 20 }, owner);
});

afterAll(() => {
  (globalThis as { localStorage?: Storage }).localStorage = previousStorage;
});

const lastEvent = () => db.auditEvents.orderBy('seq').last();

describe('backup and restore actions', () => {
  it('refuse staff, and the refusal is audited', async () => {
    const { host, files } = fakeHost();
    await expect(setUpBackupKey(db, staff)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(backUpNow(db, staff, host)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await lastEvent()).toMatchObject({ actor: staff, action: 'denied', detail: 'backup' });
    await expect(
      restoreBackup(db, staff, host, new Uint8Array(), 'x', { dexieOptions }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await lastEvent()).toMatchObject({ actor: staff, action: 'denied', detail: 'restore' });
    expect(files).toEqual([]);
  });

  it('ask for a backup key first', async () => {
    const { host } = fakeHost();
    await expect(backUpNow(db, owner, host)).rejects.toMatchObject({ code: 'no_backup_key' });
  });

  it('back up (audited), restore into a new database and switch to it', async () => {
    const { host, files } = fakeHost();
    const { keyFile } = await setUpBackupKey(db, owner);
    expect(keyFile).toMatch(/^AGE-SECRET-KEY-1/m);
    const now = new Date('2026-12-03T08:00:00.000Z');
    const backup = await backUpNow(db, owner, host, { now });
    expect(files.map((f) => f.name)).toEqual(['renewal-desk-2026-12-03T08-00-00-000Z.age']);
    expect(await lastEvent()).toMatchObject({
      actor: owner,
      action: 'backup',
      detail: `renewal-desk-2026-12-03T08-00-00-000Z.age|${backup.bytes}`,
    });
    const clientsBefore = await db.clients.count();
    const eventsBefore = await db.auditEvents.count();

    const restored = await restoreBackup(db, owner, host, files[0]!.data, keyFile, {
      dexieOptions,
      now: new Date('2026-12-03T09:00:00.000Z'),
    });
    expect(restored.name).not.toBe(db.name);
    expect(activeDbName()).toBe(restored.name);
    // The current database: untouched but for the event recording the restore.
    expect(await db.clients.count()).toBe(clientsBefore);
    expect(await db.auditEvents.count()).toBe(eventsBefore + 1);
    expect(await lastEvent()).toMatchObject({ actor: owner, action: 'restore' });
    // The new one: the same customers, its own record of the restore, whose head the host keeps.
    const { AppDb: Db } = await import('../../../renderer/db/app-db');
    const reopened = new Db(restored.name, dexieOptions);
    expect(await reopened.clients.count()).toBe(clientsBefore);
    const head = await reopened.auditEvents.orderBy('seq').last();
    expect(head).toMatchObject({ action: 'restored', actor: owner });
    expect(host.replaceAuditHead).toHaveBeenCalledWith({
      head: { seq: head?.seq, hash: head?.hash },
    });
    reopened.close();
  });
});
