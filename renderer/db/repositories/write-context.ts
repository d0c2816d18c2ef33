// Shared bits of every repository write: who is writing, the stamps, the audit row, and the
// error type whose message can be shown to the user as-is.
import { v7 as uuidv7 } from 'uuid';
import type { AuditEvent, Stamped } from '../../../shared/domain/types';
import { textRef, TextError, type KeysUnder, type TextRef } from '../../../shared/i18n';
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

/** What a repository error can be about (errors:entities.<entity>). */
export type Entity = KeysUnder<'errors', 'entities'>;

/** A write refused for a reason the user can fix; `text` says which, in the catalogue. */
export class RepositoryError extends TextError<RepositoryErrorCode> {
  constructor(
    code: RepositoryErrorCode,
    text: TextRef,
    readonly field?: string,
  ) {
    super(code, text);
    this.name = 'RepositoryError';
  }
}

export function entityRef(entity: Entity): TextRef {
  return textRef(`errors:entities.${entity}`);
}

export function notFound(entity: Entity, id: string): RepositoryError {
  return new RepositoryError(
    'not-found',
    textRef('errors:repository.notFound', { what: entityRef(entity), id }),
  );
}
