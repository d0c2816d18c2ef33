// The keyring wired to storage and the session (issue 11 point 1): owner setup makes the keys
// and the recovery wrap, sign-in opens the person's wrap into memory, the lock drops it, the
// owner wraps the keys for staff (without `sensitive`) and on resets and password changes, and
// deactivation removes a wrap. The auth worker's handlers run in-process at a cheap cost.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../../../renderer/db/app-db';
import {
  deactivateStaff,
  setStaffPassword,
  setupOwner,
} from '../../../renderer/db/repositories/credential-repository';
import {
  hasKeyring,
  passwordWrapOf,
  recoveryWrap,
} from '../../../renderer/db/repositories/keyring-repository';
import { createStaff, updateStaff } from '../../../renderer/db/repositories/staff-repository';
import { verifyAuditChain } from '../../../renderer/db/repositories/audit-repository';
import { authHandlers } from '../../../renderer/services/auth/auth-worker-handlers';
import {
  setupOwnerWithKeys,
  signInWithPassword,
  wrapForPassword,
  type KeyDeps,
} from '../../../renderer/services/keys/keyring-service';
import { dropKeys, heldKeys } from '../../../renderer/services/keys/session-keys';
import { useSession } from '../../../renderer/services/session/session-store';
import { openWrap } from '../../../shared/crypto/keyring';
import type { KdfParams } from '../../../shared/crypto/keys';
import { open, seal } from '../../../shared/crypto/records';
import { freshDb } from '../db/fixtures';

const FAST: KdfParams = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
const handlers = authHandlers({ memoryKiB: 1024, iterations: 1 });
const deps: KeyDeps = { worker: handlers, kdf: FAST };
const hash = (secret: string) => handlers.hashSecret({ secret });
const verify = (secret: string, encoded: string) => handlers.verifySecret({ secret, encoded });
const OWNER_PW = 'Owner-Password-2026!';
const CLERK_PW = 'Clerk-Password-2026!';
const ID = { idNumber: '110101199003071234' };

afterEach(() => {
  dropKeys();
  useSession.getState().signOut();
});

async function agencyWithKeys() {
  const db = freshDb();
  const { owner, recoveryText } = await setupOwnerWithKeys(
    db,
    { name: '店主', password: OWNER_PW, passwordHash: await hash(OWNER_PW) },
    deps,
  );
  return { db, owner: owner.id, recoveryText };
}

/** Signs `id` in afresh: nothing held, then their password checked and their keys opened. */
async function signInAs(db: AppDb, id: string, role: 'owner' | 'manager' | 'staff', pw: string) {
  dropKeys();
  return signInWithPassword(db, { id, role }, pw, verify, deps);
}

async function addStaff(db: AppDb, owner: string, role: 'manager' | 'staff', pw: string) {
  const id = (await createStaff(db, { name: `${role}-1`, role }, owner)).id;
  await setStaffPassword(
    db,
    id,
    await hash(pw),
    owner,
    await wrapForPassword(db, { role }, pw, deps),
  );
  return id;
}

describe('the keyring in the database and the session', () => {
  it('owner setup stores the owner wrap and the recovery wrap, and the recovery key opens the same keys', async () => {
    const { db, owner, recoveryText } = await agencyWithKeys();
    // The owner's wrap, the recovery wrap, the sealed backup identity.
    expect((await db.keyring.toArray()).map((r) => r.kind).sort()).toEqual([
      'backup',
      'password',
      'recovery',
    ]);
    expect(await hasKeyring(db)).toBe(true);
    const held = heldKeys();
    expect(held?.staffId).toBe(owner);
    const sealed = await seal(held!.keys, 'sensitive', 'clients', 'c1', ID);
    const recovered = await openWrap((await recoveryWrap(db))!, recoveryText);
    expect(await open(recovered.keys, 'clients', 'c1', sealed)).toEqual(ID);
    // The recovery text is never stored; no row carries the password either.
    const rows = JSON.stringify(await db.keyring.toArray());
    expect(rows).not.toContain(recoveryText.slice(0, 9));
    expect(rows).not.toContain(OWNER_PW);
    expect(await db.auditEvents.where('action').equals('keys-created').count()).toBe(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('sign-in opens the wrap; a wrong password fails cleanly and changes nothing; the lock drops the keys', async () => {
    const { db, owner } = await agencyWithKeys();
    const before = await db.keyring.toArray();
    expect(await signInAs(db, owner, 'owner', 'not the password')).toEqual({ ok: false });
    expect(heldKeys()).toBeNull();
    expect(await db.keyring.toArray()).toEqual(before);

    expect(await signInAs(db, owner, 'owner', OWNER_PW)).toEqual({ ok: true, status: 'opened' });
    expect(heldKeys()?.keys.sensitive).toBeDefined();
    useSession.getState().signIn({ id: owner, name: '店主', role: 'owner' });
    useSession.getState().lock('manual');
    expect(heldKeys()).toBeNull();
    // A PIN unlock brings back the person, not the keys: wrapping for someone asks for them.
    useSession.getState().unlock();
    await expect(wrapForPassword(db, { role: 'staff' }, CLERK_PW, deps)).rejects.toMatchObject({
      code: 'keys_needed',
    });
    expect(await signInAs(db, owner, 'owner', OWNER_PW)).toEqual({ ok: true, status: 'opened' });
    useSession.getState().signOut();
    expect(heldKeys()).toBeNull();
  });

  it('staff get pii and idx only: they cannot open ID numbers; a manager can', async () => {
    const { db, owner } = await agencyWithKeys();
    const ownerKeys = heldKeys()!.keys;
    const name = await seal(ownerKeys, 'pii', 'clients', 'c1', { name: '张伟' });
    const id = await seal(ownerKeys, 'sensitive', 'clients', 'c1', ID);
    const clerk = await addStaff(db, owner, 'staff', CLERK_PW);
    const manager = await addStaff(db, owner, 'manager', 'Manager-Password-2026!');
    expect(Object.keys((await passwordWrapOf(db, clerk))!.wrapped).sort()).toEqual(['idx', 'pii']);

    expect(await signInAs(db, clerk, 'staff', CLERK_PW)).toEqual({ ok: true, status: 'opened' });
    const clerkKeys = heldKeys()!.keys;
    expect(clerkKeys.sensitive).toBeUndefined();
    expect(await open(clerkKeys, 'clients', 'c1', name)).toEqual({ name: '张伟' });
    await expect(open(clerkKeys, 'clients', 'c1', id)).rejects.toMatchObject({ code: 'no_key' });

    expect(await signInAs(db, manager, 'manager', 'Manager-Password-2026!')).toEqual({
      ok: true,
      status: 'opened',
    });
    expect(await open(heldKeys()!.keys, 'clients', 'c1', id)).toEqual(ID);
    const reset = (await db.auditEvents.where('action').equals('password-reset').toArray()).map(
      (e) => e.detail,
    );
    expect(reset).toEqual(['idx,pii', 'idx,pii,sensitive']);
  });

  it('a manager moved to the staff role loses the key to ID numbers; sign-in finishes a narrowing that did not land', async () => {
    const { db, owner } = await agencyWithKeys();
    const id = await seal(heldKeys()!.keys, 'sensitive', 'clients', 'c1', ID);
    const MGR_PW = 'Manager-Password-2026!';
    const manager = await addStaff(db, owner, 'manager', MGR_PW);
    const full = (await db.keyring.where('staffId').equals(manager).first())!;
    expect(Object.keys(full.wrap!.wrapped).sort()).toEqual(['idx', 'pii', 'sensitive']);

    await updateStaff(db, manager, { role: 'staff' }, owner);
    expect(Object.keys((await passwordWrapOf(db, manager))!.wrapped).sort()).toEqual([
      'idx',
      'pii',
    ]);
    expect(await db.auditEvents.where('action').equals('keys-narrowed').count()).toBe(1);
    expect(await signInAs(db, manager, 'staff', MGR_PW)).toEqual({ ok: true, status: 'opened' });
    await expect(open(heldKeys()!.keys, 'clients', 'c1', id)).rejects.toMatchObject({
      code: 'no_key',
    });

    // The demotion landed but its narrowing did not (the wrap still holds the key).
    await db.keyring.put(full);
    expect(await signInAs(db, manager, 'staff', MGR_PW)).toEqual({ ok: true, status: 'opened' });
    expect(heldKeys()!.keys.sensitive).toBeUndefined();
    expect((await passwordWrapOf(db, manager))!.wrapped.sensitive).toBeUndefined();
  });

  it('a password change re-wraps: the old password opens nothing, the new one opens the same keys', async () => {
    const { db, owner } = await agencyWithKeys();
    const sealed = await seal(heldKeys()!.keys, 'pii', 'clients', 'c1', { name: '李娜' });
    const NEW_PW = 'Owner-Changed-2027!';
    await setStaffPassword(
      db,
      owner,
      await hash(NEW_PW),
      owner,
      await wrapForPassword(db, { role: 'owner' }, NEW_PW, deps),
    );
    expect(await db.keyring.where('staffId').equals(owner).count()).toBe(1);
    expect(await signInAs(db, owner, 'owner', OWNER_PW)).toEqual({ ok: false });
    expect(await signInAs(db, owner, 'owner', NEW_PW)).toEqual({ ok: true, status: 'opened' });
    expect(await open(heldKeys()!.keys, 'clients', 'c1', sealed)).toEqual({ name: '李娜' });

    // The owner resets a clerk's password the same way.
    const clerk = await addStaff(db, owner, 'staff', CLERK_PW);
    await setStaffPassword(
      db,
      clerk,
      await hash('Clerk-Reset-2027!'),
      owner,
      await wrapForPassword(db, { role: 'staff' }, 'Clerk-Reset-2027!', deps),
    );
    expect(await signInAs(db, clerk, 'staff', CLERK_PW)).toEqual({ ok: false });
    expect(await signInAs(db, clerk, 'staff', 'Clerk-Reset-2027!')).toEqual({
      ok: true,
      status: 'opened',
    });

    // A hash and a wrap that disagree (never written so): the password signs in, the keys stay
    // closed, and it is audited.
    await db.credentials.update(clerk, { passwordHash: await hash('Clerk-Other-2027!') });
    expect(await signInAs(db, clerk, 'staff', 'Clerk-Other-2027!')).toEqual({
      ok: true,
      status: 'failed',
    });
    expect(heldKeys()).toBeNull();
    expect(await db.auditEvents.where('action').equals('keys-open-failed').count()).toBe(1);
  });

  it('once keys exist a password without its wrap is refused; deactivation removes the wrap', async () => {
    const { db, owner } = await agencyWithKeys();
    const clerk = await addStaff(db, owner, 'staff', CLERK_PW);
    const credBefore = await db.credentials.get(clerk);
    await expect(setStaffPassword(db, clerk, 'h9', owner)).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await db.credentials.get(clerk)).toEqual(credBefore);
    expect(await passwordWrapOf(db, clerk)).toBeDefined();
    await deactivateStaff(db, clerk, owner);
    expect(await passwordWrapOf(db, clerk)).toBeUndefined();
    expect(await signInAs(db, clerk, 'staff', CLERK_PW)).toEqual({ ok: true, status: 'none' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('an owner set up before keys existed gets them at their first sign-in; earlier staff get none until a reset', async () => {
    const db = freshDb();
    // As the v4 build left it: an owner and a clerk with passwords, no keyring.
    const owner = (await setupOwner(db, { name: '店主', passwordHash: await hash(OWNER_PW) })).id;
    const clerk = (await createStaff(db, { name: '小李', role: 'staff' }, owner)).id;
    await setStaffPassword(db, clerk, await hash(CLERK_PW), owner);
    expect(await signInAs(db, clerk, 'staff', CLERK_PW)).toEqual({ ok: true, status: 'none' });
    expect(await signInAs(db, owner, 'owner', 'wrong')).toEqual({ ok: false });
    expect(await hasKeyring(db)).toBe(false);

    const first = await signInAs(db, owner, 'owner', OWNER_PW);
    expect(first).toMatchObject({ ok: true, status: 'created' });
    const recoveryText = first.ok && first.status === 'created' ? first.recoveryText : '';
    expect(heldKeys()?.staffId).toBe(owner);
    const sealed = await seal(heldKeys()!.keys, 'sensitive', 'clients', 'c1', ID);
    // The recovery sheet's key opens them; the next sign-in opens the same keys, creates none.
    const recovered = await openWrap((await recoveryWrap(db))!, recoveryText);
    expect(await open(recovered.keys, 'clients', 'c1', sealed)).toEqual(ID);
    expect(await signInAs(db, owner, 'owner', OWNER_PW)).toEqual({ ok: true, status: 'opened' });
    expect(await db.keyring.count()).toBe(3);

    await setStaffPassword(
      db,
      clerk,
      await hash(CLERK_PW),
      owner,
      await wrapForPassword(db, { role: 'staff' }, CLERK_PW, deps),
    );
    expect(await signInAs(db, clerk, 'staff', CLERK_PW)).toEqual({ ok: true, status: 'opened' });
  });
});
