// Restoring with the recovery key alone: owner setup stores the public key derived from the
// recovery key, every backup is encrypted to it beside the agency's backup key, and
// `restoreWithKey` (no sign-in: a fresh computer, or a desk whose keys nobody's password
// opens) restores with the recovery key as typed from the sheet. A wrong or garbled key is a
// named error and the current database is untouched.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decrypter } from 'age-encryption';
import { isBackupError } from '../../../shared/backup';
import {
  identityFromKeyText,
  recoveryBackupIdentity,
  recoveryBackupRecipient,
} from '../../../shared/backup/recovery-identity';
import { toRecoveryText } from '../../../shared/crypto/bytes';
import { getSettings } from '../../../renderer/db/repositories/settings-repository';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import { authHandlers } from '../../../renderer/services/auth/auth-worker-handlers';
import { activeDbName } from '../../../renderer/services/backup/active-db';
import { backUpNow, restoreWithKey } from '../../../renderer/services/backup/backup-actions';
import { AppDb } from '../../../renderer/db/app-db';
import { setupOwnerWithKeys, type KeyDeps } from '../../../renderer/services/keys/keyring-service';
import { dropKeys } from '../../../renderer/services/keys/session-keys';
import { fakeBackupHost } from '../../support/backup-host';
import { memoryStorage } from '../../support/memory-storage';
import { freshDb } from '../db/fixtures';

const dexieOptions = { indexedDB, IDBKeyRange };
const handlers = authHandlers({ memoryKiB: 1024, iterations: 1 });
const deps: KeyDeps = { worker: handlers, kdf: { memoryKiB: 1024, iterations: 1, parallelism: 1 } };

const fakeHost = fakeBackupHost;

const previousStorage = (globalThis as { localStorage?: Storage }).localStorage;
beforeAll(() => {
  (globalThis as { localStorage?: Storage }).localStorage = memoryStorage();
});
afterAll(() => {
  (globalThis as { localStorage?: Storage }).localStorage = previousStorage;
  dropKeys();
});

describe('the identity derived from the recovery key', () => {
  it('is a standard age key, the same for the same recovery key however it is typed', async () => {
    const text = toRecoveryText(new Uint8Array(32).map((_, i) => i * 7));
    const identity = await recoveryBackupIdentity(text);
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    const typed = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(await recoveryBackupIdentity(typed)).toBe(identity);
    expect(await recoveryBackupRecipient(text)).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    const other = toRecoveryText(new Uint8Array(32).fill(1));
    expect(await recoveryBackupIdentity(other)).not.toBe(identity);
    // age itself takes it (its bech32 checksum holds).
    expect(() => new Decrypter().addIdentity(identity!)).not.toThrow();
  });

  it('key text: a backup key line, a key file or a recovery key; anything else is named', async () => {
    const text = toRecoveryText(new Uint8Array(32).fill(9));
    const derived = await recoveryBackupIdentity(text);
    expect(await identityFromKeyText(text)).toBe(derived);
    expect(await identityFromKeyText(`# created\n${derived!.toLowerCase()}\n`)).toBe(derived);
    const error = await identityFromKeyText('not a key').catch((e: unknown) => e);
    expect(isBackupError(error) && error.code).toBe('bad_identity');
  });
});

describe('restore with the recovery key alone', () => {
  let db: AppDb;
  let recoveryText: string;
  let backup: Uint8Array;

  beforeAll(async () => {
    db = freshDb();
    const setup = await setupOwnerWithKeys(
      db,
      { name: '店主', password: 'Owner-Password-2026!', passwordHash: 'h' },
      deps,
    );
    recoveryText = setup.recoveryText;
    await loadSampleData(db, { today: '2026-06-01', clients: 15 }, setup.owner.id);
    const { host, files } = fakeHost();
    await backUpNow(db, setup.owner.id, host);
    backup = files[0]!.data;
  });

  it('owner setup stores the recovery key’s public key beside the backup key', async () => {
    const settings = await getSettings(db);
    expect(settings.backupRecipient).toMatch(/^age1/);
    expect(settings.backupRecoveryRecipient).toBe(await recoveryBackupRecipient(recoveryText));
  });

  it('restores on a fresh computer with the recovery key as typed from the sheet', async () => {
    const fresh = freshDb();
    await fresh.open();
    const { host } = fakeHost();
    const typed = recoveryText.toLowerCase().replace(/-/g, ' ');
    const restored = await restoreWithKey(fresh, host, backup, typed, { dexieOptions });
    expect(activeDbName()).toBe(restored.name);
    const reopened = new AppDb(restored.name, dexieOptions);
    for (const table of ['clients', 'vehicles', 'policies', 'staff', 'credentials', 'keyring']) {
      expect(await reopened.table(table).count(), table).toBe(await db.table(table).count());
    }
    // Recorded in both trails as the system's (nobody was signed in).
    expect(await reopened.auditEvents.orderBy('seq').last()).toMatchObject({
      actor: 'system',
      action: 'restored',
    });
    expect(await fresh.auditEvents.orderBy('seq').last()).toMatchObject({
      actor: 'system',
      action: 'restore',
    });
    reopened.close();
  });

  it('refuses another recovery key by name and leaves the current database as it was', async () => {
    const before = await db.clients.count();
    const events = await db.auditEvents.count();
    const { host } = fakeHost();
    const other = toRecoveryText(new Uint8Array(32).fill(3));
    const error = await restoreWithKey(db, host, backup, other, { dexieOptions }).catch(
      (e: unknown) => e,
    );
    expect(isBackupError(error) && error.code).toBe('wrong_key');
    const garbled = await restoreWithKey(db, host, backup, 'ABCD-EFGH', { dexieOptions }).catch(
      (e: unknown) => e,
    );
    expect(isBackupError(garbled) && garbled.code).toBe('bad_identity');
    expect(await db.clients.count()).toBe(before);
    expect(await db.auditEvents.count()).toBe(events);
  });
});
