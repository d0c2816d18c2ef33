// Shared bits of every repository write: who is writing, the stamps, the audit row, and the
// error type whose message can be shown to the user as-is.
import { v7 as uuidv7 } from 'uuid';
import type { AuditEvent, Stamped } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

/** Staff id of the person at the desk, or 'import' / 'system' / 'sample'. */
export type Actor = string;

export type StampFields = keyof Stamped;

export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return uuidv7();
}

export function stampNew<T extends object>(data: T, actor: Actor, at = nowIso()): T & Stamped {
  return { ...data, id: newId(), createdAt: at, updatedAt: at, updatedBy: actor, deletedAt: null };
}

export function auditEvent(
  actor: Actor,
  action: string,
  entity: string,
  entityId: string | null,
  detail: string | null = null,
  at = nowIso(),
): AuditEvent {
  return { id: newId(), at, actor, action, entity, entityId, detail };
}

export async function writeAudit(db: AppDb, event: AuditEvent): Promise<void> {
  await db.auditEvents.add(event);
}

export type RepositoryErrorCode = 'not-found' | 'invalid' | 'duplicate-policy' | 'conflict';

/** A write refused for a reason the user can fix; `message` is Simplified Chinese. */
export class RepositoryError extends Error {
  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
    readonly messageEn: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RepositoryError';
  }
}

export function notFound(what: string, whatEn: string, id: string): RepositoryError {
  return new RepositoryError(
    'not-found',
    `找不到该${what}（编号 ${id}），可能已被删除。请刷新列表后重试。`,
    `${whatEn} ${id} was not found; it may have been deleted. Refresh the list and try again.`,
  );
}
