// What each role may do (PRIVACY.md, "Sign-in, roles, lock"), declared once with CASL and
// checked by the repositories and services (and by the screens, to not offer what is refused).
// A role is a set of rules, not if-statements spread over the code.
import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Id, StaffRole } from '../types';

/** Every guarded action, as `action:subject` pairs the repositories ask about. */
export const GUARDED_ACTIONS = [
  ['read', 'Task'],
  ['logOutcome', 'Task'],
  ['reassign', 'Case'],
  ['export', 'Data'],
  ['import', 'Data'],
  ['delete', 'Client'],
  ['viewUnmasked', 'Pii'],
  ['reveal', 'Pii'],
  ['manage', 'Staff'],
  ['update', 'Settings'],
  ['read', 'Audit'],
  ['purge', 'Client'],
  ['edit', 'Script'],
  ['load', 'Sample'],
  // The whole team's figures on the dashboard; staff see the figures of their own cases only.
  ['read', 'Figures'],
  // Feedback and complaints (issue 12 point 4): anyone records feedback; a complaint's steps
  // (acknowledge, investigate, resolve, reassign, satisfaction) and sending it up are for its
  // handler or a manager; closing it (root cause, corrective action) is a manager's review.
  ['record', 'Feedback'],
  ['handle', 'Complaint'],
  ['escalate', 'Complaint'],
  ['close', 'Complaint'],
  // A customer's consents, opt-outs and do-not-contact (issue 13): whoever talks to the
  // customer records what they said, so every role may; the write is audited.
  ['update', 'ContactPrefs'],
  // Backups (issue 11): writing one reads every record; restoring replaces the database.
  ['backup', 'Data'],
  ['restore', 'Data'],
  // The agency's data keys (issue 11): created once, by the owner, at setup or (an agency set
  // up before keys existed) at the owner's first sign-in after the upgrade.
  ['create', 'Keys'],
] as const;

export type GuardedAction = (typeof GUARDED_ACTIONS)[number][0];
export type GuardedSubject = (typeof GUARDED_ACTIONS)[number][1];

/** A task as far as the rules look at it. */
export interface TaskSubject {
  __type: 'Task';
  assigneeId: Id | null;
}

/** A complaint as far as the rules look at it: whose it is to handle. */
export interface ComplaintSubject {
  __type: 'Complaint';
  handlerId: Id | null;
}

type Subject = GuardedSubject | TaskSubject | ComplaintSubject;
export type AppAbility = MongoAbility<[GuardedAction, Subject]>;

export interface Principal {
  id: Id;
  role: StaffRole;
}

export function abilityFor(who: Principal): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  // Everyone: their own tasks, revealing one masked number (audited by the caller).
  can('read', 'Task', { assigneeId: who.id });
  can('logOutcome', 'Task', { assigneeId: who.id });
  can('reveal', 'Pii');
  can('record', 'Feedback');
  can('handle', 'Complaint', { handlerId: who.id });
  can('escalate', 'Complaint', { handlerId: who.id });
  can('update', 'ContactPrefs');
  if (who.role === 'manager' || who.role === 'owner') {
    can('read', 'Task');
    can('logOutcome', 'Task');
    can('reassign', 'Case');
    // A manager's export needs a stated reason; the service asks for it (exportNeedsReason).
    can('export', 'Data');
    can('import', 'Data');
    can('delete', 'Client');
    can('viewUnmasked', 'Pii');
    can('edit', 'Script');
    can('read', 'Figures');
    can('handle', 'Complaint');
    can('escalate', 'Complaint');
    can('close', 'Complaint');
  }
  if (who.role === 'owner') {
    can('manage', 'Staff');
    can('update', 'Settings');
    can('read', 'Audit');
    can('purge', 'Client');
    can('load', 'Sample');
    can('backup', 'Data');
    can('restore', 'Data');
    can('create', 'Keys');
  }
  return build({
    detectSubjectType: (s) => (typeof s === 'string' ? s : s.__type),
  });
}

/** Whether `who` may do `action` on `subject` (a subject type, or one task). */
export function can(who: Principal, action: GuardedAction, subject: Subject): boolean {
  return abilityFor(who).can(action, subject);
}

/** Owners export without a reason; a manager states one (recorded in the audit). */
export function exportNeedsReason(role: StaffRole): boolean {
  return role !== 'owner';
}

export function complaintSubject(handlerId: Id | null | undefined): ComplaintSubject {
  return { __type: 'Complaint', handlerId: handlerId ?? null };
}

export function taskSubject(assigneeId: Id | null | undefined): TaskSubject {
  return { __type: 'Task', assigneeId: assigneeId ?? null };
}
