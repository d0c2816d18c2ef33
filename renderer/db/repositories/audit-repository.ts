// The audit trail: who did what and when, as a hash chain (shared/domain/identity). Writes of
// records append their events inside their own transactions (write-context.ts); this file reads
// the trail for the owner, verifies it, and records the events that write no record (export,
// reveal of a masked number, sign-in).
import { exportNeedsReason, type GuardedSubject } from '../../../shared/domain/identity/abilities';
import {
  chainWalker,
  eventsBetween,
  type ChainHead,
  type ChainVerdict,
  type HashText,
} from '../../../shared/domain/identity/audit-chain';
import { sha256Hex } from '../../../shared/domain/identity/sha256';
import type { AuditEvent, Id } from '../../../shared/domain/types';
import { textRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { authorize } from './authorize';
import { auditEvent, auditHead, RepositoryError, writeAudit, type Actor } from './write-context';

export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The owner's view: newest first, filtered by who, what and when. Owner only. */
export async function listAuditEvents(
  db: AppDb,
  actor: Actor,
  filter: AuditFilter = {},
  limit = 500,
): Promise<AuditEvent[]> {
  await authorize(db, actor, 'read', 'Audit');
  let rows = filter.actor
    ? await db.auditEvents.where('actor').equals(filter.actor).toArray()
    : filter.action
      ? await db.auditEvents.where('action').equals(filter.action).toArray()
      : await db.auditEvents
          .orderBy('seq')
          .reverse()
          .limit(limit * 4)
          .toArray();
  if (filter.action) rows = rows.filter((e) => e.action === filter.action);
  rows = eventsBetween(rows, filter.from ?? null, filter.to ?? null);
  return rows.sort((a, b) => b.seq - a.seq).slice(0, limit);
}

/** Every event about one record, oldest first. */
export async function listAuditEventsFor(db: AppDb, entityId: Id): Promise<AuditEvent[]> {
  const events = await db.auditEvents.where('entityId').equals(entityId).toArray();
  return events.sort((a, b) => a.seq - b.seq);
}

/** Events read per step of the walk: the trail is never held whole. */
export const VERIFY_CHUNK = 10_000;

/**
 * Walks the whole chain in seq order; with the head main kept, a cut-off tail is caught too.
 * Reads it in chunks, and hashes with WebAssembly SHA-256 (hash-wasm) where it loads: several
 * times faster than the plain synchronous one the writers must use inside their transactions,
 * and the same function, so a chain either way verifies alike. The read of the next chunk is
 * asked for before the current one is hashed, so the database's work (in the browser process)
 * runs while this thread hashes: reading and hashing cost about the same at 100k events.
 */
export async function verifyAuditChain(
  db: AppDb,
  anchor: ChainHead | null = null,
  onProgress?: (checked: number, total: number) => void,
): Promise<ChainVerdict> {
  const walker = chainWalker(anchor, await fastSha256());
  const total = await db.auditEvents.count();
  // After the last seq read, not a seq range: a deleted event leaves a gap in the numbers.
  const readAfter = (after: number) =>
    db.auditEvents.where('seq').above(after).limit(VERIFY_CHUNK).toArray();
  let next: Promise<AuditEvent[]> | null = readAfter(0);
  let checked = 0;
  while (next) {
    const chunk: AuditEvent[] = await next;
    const last = chunk[chunk.length - 1];
    next = last && chunk.length === VERIFY_CHUNK ? readAfter(last.seq) : null;
    for (const event of chunk) {
      const broke = walker.step(event);
      if (broke) {
        // The read already asked for is not needed; it must not surface as unhandled.
        next?.catch(() => undefined);
        return { ...broke, count: total };
      }
    }
    checked += chunk.length;
    onProgress?.(checked, total);
  }
  return walker.end();
}

/**
 * The same walk over events already in memory (a restore's parsed export, before anything
 * reads them back from the database), in seq order.
 */
export async function verifyAuditRows(
  events: readonly AuditEvent[],
  anchor: ChainHead | null = null,
  onProgress?: (checked: number, total: number) => void,
): Promise<ChainVerdict> {
  const walker = chainWalker(anchor, await fastSha256());
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  for (const [i, event] of sorted.entries()) {
    const broke = walker.step(event);
    if (broke) return { ...broke, count: sorted.length };
    if ((i + 1) % VERIFY_CHUNK === 0) onProgress?.(i + 1, sorted.length);
  }
  onProgress?.(sorted.length, sorted.length);
  return walker.end();
}

/**
 * hash-wasm's SHA-256 when WebAssembly may run here; otherwise the plain one. Loaded on first
 * use: the package would otherwise ride in the window's first bundle for a rare action.
 */
async function fastSha256(): Promise<HashText> {
  try {
    const { createSHA256 } = await import('hash-wasm');
    const hasher = await createSHA256();
    return (text) => {
      hasher.init();
      hasher.update(text);
      return hasher.digest('hex');
    };
  } catch {
    return sha256Hex;
  }
}

export { auditHead };

/** An event that writes no record (sign-in, lock, failure), in its own transaction. */
export async function recordEvent(
  db: AppDb,
  actor: Actor,
  action: string,
  entity: string,
  entityId: Id | null = null,
  detail: string | null = null,
): Promise<void> {
  await db.transaction('rw', db.auditEvents, () =>
    writeAudit(db, auditEvent(actor, action, entity, entityId, detail)),
  );
}

/**
 * Before an export: checks the role (owner; manager with a stated reason) and records what,
 * how many rows and why. Throws ForbiddenError for staff, RepositoryError 'invalid' for a
 * manager without a reason.
 */
export async function recordExport(
  db: AppDb,
  actor: Actor,
  input: { what: string; rows: number; reason?: string | null },
): Promise<void> {
  const who = await authorize(db, actor, 'export', 'Data');
  const reason = input.reason?.trim() ?? '';
  if (exportNeedsReason(who.role) && !reason) {
    throw new RepositoryError('invalid', textRef('errors:identity.exportReason'), 'reason');
  }
  await recordEvent(
    db,
    actor,
    'export',
    input.what,
    null,
    `${input.rows}${reason ? `|${reason}` : ''}`,
  );
}

/** Showing one masked number in full: allowed to everyone, always recorded. */
export async function recordReveal(
  db: AppDb,
  actor: Actor,
  clientId: Id,
  field: 'phone' | 'idNumber',
): Promise<void> {
  const subject: GuardedSubject = 'Pii';
  await authorize(db, actor, 'reveal', subject);
  await recordEvent(db, actor, 'reveal', 'client', clientId, field);
}

/**
 * The start-up check against the head the host kept outside the database: the chain must
 * still hold an event at that position with that hash. Reads two events, not the chain (the
 * owner's "verify chain" walks it all). `head` is the chain's newest event, for catching the
 * host up when the chain went on past what it kept (a crash between a commit and the append).
 */
export async function compareWithKeptHead(
  db: AppDb,
  kept: ChainHead | null,
): Promise<
  { ok: true; head: ChainHead | null } | { ok: false; seq: number; head: ChainHead | null }
> {
  const head = await auditHead(db);
  if (!kept || kept.seq <= 0) return { ok: true, head };
  const at = await db.auditEvents.where('seq').equals(kept.seq).first();
  if (!at || at.hash !== kept.hash) return { ok: false, seq: kept.seq, head };
  return { ok: true, head };
}

/** The owner accepts the chain as it is after a warning; refused (and audited) for others. */
export async function recordAuditHeadAccepted(
  db: AppDb,
  actor: Actor,
  warning: string | null,
): Promise<void> {
  await authorize(db, actor, 'read', 'Audit');
  await recordEvent(db, actor, 'audit-head-accepted', 'audit', null, warning);
}
