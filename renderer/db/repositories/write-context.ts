// Shared bits of every repository write: who is writing, the stamps, the audit row, and the
// error type whose message can be shown to the user as-is.
import { v7 as uuidv7 } from 'uuid';
import type { Stamped } from '../../../shared/domain/types';
import {
  chainEvents,
  type ChainHead,
  type UnchainedAuditEvent,
} from '../../../shared/domain/identity/audit-chain';
import { textRef, TextError, type KeysUnder, type TextRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { publishAuditHead } from '../change-feed';

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
): UnchainedAuditEvent {
  return { id: newId(), at, actor, action, entity, entityId, detail };
}

/** The newest event's position and hash, or null for an empty trail. */
export async function auditHead(db: AppDb): Promise<ChainHead | null> {
  const last = await db.auditEvents.orderBy('seq').last();
  return last ? { seq: last.seq, hash: last.hash } : null;
}

/**
 * Appends events to the hash chain. Call it inside the writing transaction (its scope must
 * include db.auditEvents): the head is read and the events stamped in that transaction, so
 * the chain and the write commit or fail together, and IndexedDB serialises two writers.
 */
export async function writeAudit(
  db: AppDb,
  events: UnchainedAuditEvent | readonly UnchainedAuditEvent[],
): Promise<void> {
  const list = Array.isArray(events) ? events : [events as UnchainedAuditEvent];
  if (list.length === 0) return;
  const chained = chainEvents(await auditHead(db), list);
  await db.auditEvents.bulkAdd(chained);
  const last = chained[chained.length - 1];
  if (last) publishAuditHead(db, { seq: last.seq, hash: last.hash });
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
