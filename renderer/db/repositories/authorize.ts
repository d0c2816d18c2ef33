// The role check every guarded repository function makes before it writes or reads what a
// role may not (PRIVACY.md: checked in the repositories, not only by hiding buttons). A refusal
// is audited in its own transaction, so it stays recorded although the caller's work throws.
import {
  can,
  type GuardedAction,
  type GuardedSubject,
  type ComplaintSubject,
  type Principal,
  type TaskSubject,
} from '../../../shared/domain/identity/abilities';
import { textRef, TextError } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { auditEvent, writeAudit, type Actor } from './write-context';

/**
 * A role asked for something it may not do. `code` and the text ref travel through the worker
 * RPC as they are; a screen shows it with useErrorText().
 */
export class ForbiddenError extends TextError<'forbidden'> {
  constructor(
    readonly actor: Actor,
    readonly action: GuardedAction,
    readonly subject: GuardedSubject,
  ) {
    super('forbidden', textRef('errors:identity.forbidden', { action: `${action} ${subject}` }));
    this.name = 'ForbiddenError';
  }
}

/**
 * Who `actor` is for the rules. Before owner setup (no credentials at all: a fresh database, or
 * one from before sign-in existed, and the CLI on it) nobody can sign in, so the one person at
 * the desk is treated as the owner; from the first credential on, only active staff count.
 */
export async function principalOf(db: AppDb, actor: Actor): Promise<Principal | null> {
  if ((await db.credentials.count()) === 0) return { id: actor, role: 'owner' };
  const staff = await db.staff.get(actor);
  if (!staff || !staff.active || staff.deletedAt) return null;
  if (!(await db.credentials.get(actor))) return null;
  return { id: staff.id, role: staff.role };
}

/**
 * Resolves when `actor` may do it; otherwise records a 'denied' event and throws
 * ForbiddenError. Call it before opening the write transaction (a throw inside one would roll
 * the denial back with it).
 */
export async function authorize(
  db: AppDb,
  actor: Actor,
  action: GuardedAction,
  subject: GuardedSubject | TaskSubject | ComplaintSubject,
): Promise<Principal> {
  const who = await principalOf(db, actor);
  if (who && can(who, action, subject)) return who;
  const subjectType = typeof subject === 'string' ? subject : subject.__type;
  await db.transaction('rw', db.auditEvents, () =>
    writeAudit(db, auditEvent(actor, 'denied', subjectType, null, action)),
  );
  throw new ForbiddenError(actor, action, subjectType);
}
