// Sign-in secrets: one row per staff member who can sign in, holding only Argon2id hashes (made
// and checked in the auth worker, never here). Owner setup creates the first owner; from then
// on only the owner manages staff and their passwords.
import type { KeyWrap } from '../../../shared/crypto/keys';
import type { Id, Staff, StaffCredential, StaffRole } from '../../../shared/domain/types';
import { textRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { authorize } from './authorize';
import {
  hasKeyring,
  putBackupIdentity,
  putFirstKeyring,
  replacePasswordWrap,
  type BackupIdentityRow,
  type FirstKeyring,
} from './keyring-repository';
import {
  auditEvent,
  notFound,
  nowIso,
  RepositoryError,
  stampNew,
  writeAudit,
  type Actor,
} from './write-context';

/** True once an owner exists: the app shows sign-in instead of owner setup. */
export async function hasOwner(db: AppDb): Promise<boolean> {
  return (await db.credentials.count()) > 0;
}

export interface SignInTile {
  id: Id;
  name: string;
  role: StaffRole;
  hasPin: boolean;
}

/** Who can sign in on this desk: active staff with a password. */
export async function listSignInTiles(db: AppDb): Promise<SignInTile[]> {
  const creds = await db.credentials.toArray();
  const staff = await db.staff.bulkGet(creds.map((c) => c.id));
  return staff
    .map((s, i) => ({ s, c: creds[i] }))
    .filter(
      (x): x is { s: Staff; c: StaffCredential } => !!x.s && !!x.c && x.s.active && !x.s.deletedAt,
    )
    .map(({ s, c }) => ({ id: s.id, name: s.name, role: s.role, hasPin: !!c.pinHash }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export function getCredential(db: AppDb, staffId: Id): Promise<StaffCredential | undefined> {
  return db.credentials.get(staffId);
}

/**
 * First run: the owner's staff record and password hash, and the agency's data keys (the
 * owner's wrap and the recovery wrap, made in the auth worker) and sealed backup identity when
 * given, in one transaction.
 * Refused when an owner already exists (setup happens once). Existing staff and records are
 * left as they are.
 */
export async function setupOwner(
  db: AppDb,
  input: {
    name: string;
    passwordHash: string;
    keyring?: FirstKeyring;
    /** The agency's backup identity, sealed under those keys. */
    backup?: BackupIdentityRow;
  },
): Promise<Staff> {
  const name = input.name.trim();
  if (!name) throw new RepositoryError('invalid', textRef('errors:input.nameRequired'), 'name');
  const tables = [db.staff, db.credentials, db.keyring, db.settings, db.auditEvents];
  return db.transaction('rw', tables, async () => {
    if ((await db.credentials.count()) > 0) {
      throw new RepositoryError('conflict', textRef('errors:identity.ownerExists'));
    }
    const base = stampNew(
      { name, phone: null, role: 'owner' as const, dailyCapacity: 0, active: true },
      'setup',
    );
    const owner: Staff = { ...base, updatedBy: base.id };
    await db.staff.add(owner);
    await db.credentials.add({
      id: owner.id,
      passwordHash: input.passwordHash,
      pinHash: null,
      mustChange: false,
      updatedAt: owner.createdAt,
      updatedBy: owner.id,
    });
    await writeAudit(db, auditEvent(owner.id, 'owner-setup', 'staff', owner.id));
    if (input.keyring) {
      await putFirstKeyring(db, owner.id, input.keyring, owner.id, owner.createdAt);
    }
    if (input.backup) await putBackupIdentity(db, input.backup, owner.id, owner.createdAt);
    publishPlanInputsChanged(db, ['staff']);
    return owner;
  });
}

/**
 * The owner sets (or resets) someone's password, or a person changes their own. A reset asks
 * them to choose a new one. `wrap` is the data keys wrapped under the new password (the auth
 * worker makes it from the keys the signed-in owner holds); it replaces their old wrap in the
 * same transaction, so the old password opens nothing any more. Once the agency has keys a
 * password without its wrap is refused: the person could sign in but read nothing.
 */
export async function setStaffPassword(
  db: AppDb,
  staffId: Id,
  passwordHash: string,
  actor: Actor,
  wrap: KeyWrap | null = null,
): Promise<void> {
  const self = staffId === actor;
  if (!self) await authorize(db, actor, 'manage', 'Staff');
  const tables = [db.staff, db.credentials, db.keyring, db.auditEvents];
  await db.transaction('rw', tables, async () => {
    const staff = await db.staff.get(staffId);
    if (!staff) throw notFound('staff', staffId);
    if (!wrap && (await hasKeyring(db))) {
      throw new RepositoryError('invalid', textRef('errors:keys.needPassword'));
    }
    const before = await db.credentials.get(staffId);
    const at = nowIso();
    await db.credentials.put({
      id: staffId,
      passwordHash,
      pinHash: before?.pinHash ?? null,
      mustChange: !self,
      updatedAt: at,
      updatedBy: actor,
    });
    await replacePasswordWrap(db, staffId, wrap, actor, at);
    await writeAudit(
      db,
      auditEvent(
        actor,
        self ? 'password-change' : 'password-reset',
        'staff',
        staffId,
        // Which data keys the new password opens (names only).
        wrap ? Object.keys(wrap.wrapped).sort().join(',') : null,
      ),
    );
  });
}

/** A person sets or clears their own unlock PIN. */
export async function setOwnPin(db: AppDb, actor: Actor, pinHash: string | null): Promise<void> {
  await db.transaction('rw', [db.credentials, db.auditEvents], async () => {
    const cred = await db.credentials.get(actor);
    if (!cred) throw notFound('staff', actor);
    await db.credentials.put({ ...cred, pinHash, updatedAt: nowIso(), updatedBy: actor });
    await writeAudit(db, auditEvent(actor, pinHash ? 'pin-set' : 'pin-clear', 'staff', actor));
  });
}

/**
 * Deactivates a staff member: they can no longer sign in, their wrap of the data keys is
 * removed (their password opens nothing even on a copy of the database taken later), and their
 * open cases and pending tasks go back to assignment (no assignee) for the manager to hand out
 * again. Reactivated, they need a password reset (which wraps the keys for them again).
 */
export async function deactivateStaff(db: AppDb, staffId: Id, actor: Actor): Promise<number> {
  await authorize(db, actor, 'manage', 'Staff');
  if (staffId === actor) {
    throw new RepositoryError('invalid', textRef('errors:identity.cannotDeactivateSelf'));
  }
  const tables = [db.staff, db.cases, db.tasks, db.keyring, db.auditEvents];
  return db.transaction('rw', tables, async () => {
    const staff = await db.staff.get(staffId);
    if (!staff) throw notFound('staff', staffId);
    const at = nowIso();
    await db.staff.put({ ...staff, active: false, updatedAt: at, updatedBy: actor });
    await replacePasswordWrap(db, staffId, null, actor, at);
    const cases = (await db.cases.where('assigneeId').equals(staffId).toArray()).filter(
      (c) => !c.closedAt && (c.state === 'open' || c.state === 'contacted' || c.state === 'quoted'),
    );
    await db.cases.bulkPut(
      cases.map((c) => ({
        ...c,
        assigneeId: null,
        assignReason: null,
        updatedAt: at,
        updatedBy: actor,
      })),
    );
    const tasks = (await db.tasks.where('assigneeId').equals(staffId).toArray()).filter(
      (t) => t.status === 'pending',
    );
    await db.tasks.bulkPut(
      tasks.map((t) => ({ ...t, assigneeId: null, updatedAt: at, updatedBy: actor })),
    );
    await writeAudit(db, auditEvent(actor, 'deactivate', 'staff', staffId, `${tasks.length}`));
    // Their work goes back to assignment: the plan hands it out again.
    publishPlanInputsChanged(db, ['staff', 'cases', 'tasks']);
    return tasks.length;
  });
}

/** Ids of the staff who have a password (the staff card shows "set" or "reset"). */
export async function staffWithSignIn(db: AppDb): Promise<Set<Id>> {
  return new Set(await db.credentials.toCollection().primaryKeys());
}
