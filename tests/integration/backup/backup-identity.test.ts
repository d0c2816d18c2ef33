// The backup identity under the data keys (issue 11 point 4): owner setup makes it with the
// keys (sealed with `sensitive`, its public key in settings) and hands it out once for the
// recovery sheet; a signed-in owner restores this agency's backups with it and no key file;
// staff cannot open it; the recovery key opens it too (a desk whose owner password is lost); an
// agency with a backup key from before keeps that one.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { identityToRecipient } from 'age-encryption';
import {
  setStaffPassword,
  setupOwner,
} from '../../../renderer/db/repositories/credential-repository';
import {
  backupIdentityId,
  recoveryWrap,
  sealedBackupIdentity,
} from '../../../renderer/db/repositories/keyring-repository';
import { getSettings, updateSettings } from '../../../renderer/db/repositories/settings-repository';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import { createStaff } from '../../../renderer/db/repositories/staff-repository';
import { authHandlers } from '../../../renderer/services/auth/auth-worker-handlers';
import {
  backUpNow,
  restoreBackup,
  setUpBackupKey,
} from '../../../renderer/services/backup/backup-actions';
import { openBackupIdentity } from '../../../renderer/services/keys/backup-identity';
import {
  setupOwnerWithKeys,
  signInWithPassword,
  wrapForPassword,
  type KeyDeps,
} from '../../../renderer/services/keys/keyring-service';
import { dropKeys } from '../../../renderer/services/keys/session-keys';
import { openWrap } from '../../../shared/crypto/keyring';
import { open } from '../../../shared/crypto/records';
import { fakeBackupHost } from '../../support/backup-host';
import { memoryStorage } from '../../support/memory-storage';
import { freshDb } from '../db/fixtures';

const handlers = authHandlers({ memoryKiB: 1024, iterations: 1 });
const deps: KeyDeps = { worker: handlers, kdf: { memoryKiB: 1024, iterations: 1, parallelism: 1 } };
const hash = (secret: string) => handlers.hashSecret({ secret });
const verify = (secret: string, encoded: string) => handlers.verifySecret({ secret, encoded });
const OWNER_PW = 'Owner-Password-2026!';

const fakeHost = fakeBackupHost;

const previousStorage = (globalThis as { localStorage?: Storage }).localStorage;
beforeAll(() => {
  (globalThis as { localStorage?: Storage }).localStorage = memoryStorage();
});
afterAll(() => {
  (globalThis as { localStorage?: Storage }).localStorage = previousStorage;
});
afterEach(() => dropKeys());

describe('the backup identity under the data keys', () => {
  it('owner setup makes it, the signed-in owner restores with it, staff cannot open it, the recovery key can', async () => {
    const db = freshDb();
    const { owner, recoveryText, backupIdentity } = await setupOwnerWithKeys(
      db,
      { name: '店主', password: OWNER_PW, passwordHash: await hash(OWNER_PW) },
      deps,
    );
    expect(backupIdentity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
    expect((await getSettings(db)).backupRecipient).toBe(await identityToRecipient(backupIdentity));
    expect(JSON.stringify(await db.keyring.toArray())).not.toContain(backupIdentity.slice(16, 40));
    expect(await openBackupIdentity(db)).toBe(backupIdentity);

    await loadSampleData(db, { today: '2026-06-01', clients: 10 }, owner.id);
    const { host, files } = fakeHost();
    await backUpNow(db, owner.id, host, { now: new Date('2026-12-03T08:00:00.000Z') });
    // After a sign-in (the keys opened again), the sealed identity opens this backup.
    dropKeys();
    await signInWithPassword(db, { id: owner.id, role: 'owner' }, OWNER_PW, verify, deps);
    const restored = await restoreBackup(
      db,
      owner.id,
      host,
      files[0]!.data,
      (await openBackupIdentity(db))!,
      { dexieOptions: { indexedDB, IDBKeyRange }, now: new Date('2026-12-03T09:00:00.000Z') },
    );
    expect(restored.tables.clients).toBe(await db.clients.count());

    // A clerk holds no sensitive key: the identity stays closed to them.
    const clerk = (await createStaff(db, { name: '小李', role: 'staff' }, owner.id)).id;
    const CLERK_PW = 'Clerk-Password-2026!';
    await setStaffPassword(
      db,
      clerk,
      await hash(CLERK_PW),
      owner.id,
      await wrapForPassword(db, { role: 'staff' }, CLERK_PW, deps),
    );
    dropKeys();
    await signInWithPassword(db, { id: clerk, role: 'staff' }, CLERK_PW, verify, deps);
    expect(await openBackupIdentity(db)).toBeNull();

    // The printed recovery key opens it without any password.
    const { keys } = await openWrap((await recoveryWrap(db))!, recoveryText);
    const row = (await sealedBackupIdentity(db))!;
    expect(
      await open<{ identity: string }>(
        keys,
        'keyring',
        backupIdentityId(row.keyVersion),
        row.sealed,
      ),
    ).toEqual({ identity: backupIdentity });
  });

  it("an old owner's first sign-in makes one unless the agency already had a backup key", async () => {
    const db = freshDb();
    const owner = (await setupOwner(db, { name: '店主', passwordHash: await hash(OWNER_PW) })).id;
    const first = await signInWithPassword(
      db,
      { id: owner, role: 'owner' },
      OWNER_PW,
      verify,
      deps,
    );
    expect(first).toMatchObject({
      ok: true,
      status: 'created',
      backupIdentity: expect.stringMatching(/^AGE-SECRET-KEY-1/),
    });
    expect(await openBackupIdentity(db)).toBe(
      first.ok && first.status === 'created' ? first.backupIdentity : '',
    );

    const other = freshDb();
    const boss = (await setupOwner(other, { name: '店主', passwordHash: await hash(OWNER_PW) })).id;
    dropKeys();
    // Before keys: the key file flow of the backup card (only the public key stored).
    const { recipient } = await setUpBackupKey(other, boss);
    await updateSettings(other, { backupRecipient: recipient }, boss);
    const signedIn = await signInWithPassword(
      other,
      { id: boss, role: 'owner' },
      OWNER_PW,
      verify,
      deps,
    );
    expect(signedIn).toMatchObject({ ok: true, status: 'created', backupIdentity: null });
    expect((await getSettings(other)).backupRecipient).toBe(recipient);
    expect(await sealedBackupIdentity(other)).toBeUndefined();
    // A new backup key made while the keys are open is sealed too.
    const { keyFile } = await setUpBackupKey(other, boss);
    expect(keyFile).toContain((await openBackupIdentity(other))!);
  });
});
