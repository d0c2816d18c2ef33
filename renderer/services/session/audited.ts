// Audited actions that write no record, made as the signed-in person: an export (checked and
// recorded before the file is built) and revealing a masked number.
import {
  can,
  taskSubject,
  type GuardedAction,
  type GuardedSubject,
  type Principal,
} from '../../../shared/domain/identity/abilities';
import type { Id } from '../../../shared/domain/types';
import type { AppDb } from '../../db/app-db';
import { recordExport, recordReveal } from '../../db/repositories/audit-repository';
import { currentActor } from '../actor';
import { useSession } from './session-store';

export function auditExport(
  db: AppDb,
  what: string,
  rows: number,
  reason: string | null,
): Promise<void> {
  return recordExport(db, currentActor(), { what, rows, reason });
}

export function auditReveal(db: AppDb, clientId: Id, field: 'phone' | 'idNumber'): Promise<void> {
  return recordReveal(db, currentActor(), clientId, field);
}

/** Whether the signed-in person may do it: screens do not offer what a role cannot do. */
export function useCan(action: GuardedAction, subject: GuardedSubject): boolean {
  const user = useSession((s) => s.user);
  return !!user && can(user, action, subject);
}

/**
 * Whether `who` sees everyone's tasks (a manager or owner) rather than only their own. Asked
 * about a task assigned to nobody: CASL answers a question about the subject *type* 'Task' with
 * yes as soon as any rule exists, conditional or not, so staff would pass that one.
 */
export function seesEveryonesTasks(who: Principal | null): boolean {
  return !!who && can(who, 'read', taskSubject(null));
}

export function useSeesEveryonesTasks(): boolean {
  return seesEveryonesTasks(useSession((s) => s.user));
}

/** The signed-in person's role (null while nobody is signed in). */
export function useRole() {
  return useSession((s) => s.user?.role ?? null);
}
