// The audit trail as a hash chain (PRIVACY.md, "Audit"): every event holds the hash of the
// one before it and its own hash over its canonical JSON (RFC 8785), so an edited, deleted,
// reordered or cut-off event is found by walking the chain. Pure: the repositories stamp and
// store, the audit screen and the start-up check verify.
import canonicalize from 'canonicalize';
import type { AuditEvent, IsoDateTime } from '../types';
import { sha256Hex } from './sha256';

/** prevHash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** An event before the chain fields are stamped on it. */
export type UnchainedAuditEvent = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'>;

/** The last event's position and hash: what main keeps outside the database. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The hash an event must carry: SHA-256 over the canonical JSON of everything but `hash`. */
export function hashOf(event: Omit<AuditEvent, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...rest } = event;
  // canonicalize drops undefined members, so an absent optional field and undefined hash alike.
  return sha256Hex(canonicalize(rest) ?? '');
}

/** Stamps `events` (in order) onto the chain after `head` (null: the chain is empty). */
export function chainEvents(
  head: ChainHead | null,
  events: readonly UnchainedAuditEvent[],
): AuditEvent[] {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return events.map((event) => {
    seq += 1;
    const chained = { ...event, seq, prevHash };
    const hash = hashOf(chained);
    prevHash = hash;
    return { ...chained, hash };
  });
}

export type ChainBreak =
  /** The event's contents no longer match its hash (edited). */
  | 'hash'
  /** The event does not follow the one before it (one deleted or inserted in between). */
  | 'link'
  /** Sequence numbers out of order (events moved). */
  | 'order'
  /** The chain is shorter than, or ends differently from, the head kept outside it. */
  | 'truncated';

export type ChainVerdict =
  | { ok: true; count: number; head: ChainHead | null }
  | { ok: false; count: number; reason: ChainBreak; seq: number; eventId: string | null };

/**
 * Walks the events in stored order (ascending seq). With `anchor` (the head main recorded
 * outside the database), a chain that stops before it or differs at it is reported too.
 */
export function verifyChain(
  events: readonly AuditEvent[],
  anchor: ChainHead | null = null,
): ChainVerdict {
  let prev: AuditEvent | null = null;
  let anchorSeen = false;
  for (const event of events) {
    if (prev && event.seq <= prev.seq) {
      return broken('order', event, events.length);
    }
    const expectedPrev = prev ? prev.hash : GENESIS_HASH;
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (event.prevHash !== expectedPrev || event.seq !== expectedSeq) {
      return broken('link', event, events.length);
    }
    if (hashOf(event) !== event.hash) return broken('hash', event, events.length);
    if (anchor && event.seq === anchor.seq) {
      if (event.hash !== anchor.hash) return broken('truncated', event, events.length);
      anchorSeen = true;
    }
    prev = event;
  }
  if (anchor && !anchorSeen && anchor.seq > 0) {
    return {
      ok: false,
      count: events.length,
      reason: 'truncated',
      seq: (prev?.seq ?? 0) + 1,
      eventId: null,
    };
  }
  return { ok: true, count: events.length, head: prev ? { seq: prev.seq, hash: prev.hash } : null };
}

function broken(reason: ChainBreak, event: AuditEvent, count: number): ChainVerdict {
  return { ok: false, count, reason, seq: event.seq, eventId: event.id };
}

/** Events newer than this instant (for the filter), kept here so the screen stays thin. */
export function eventsBetween<T extends { at: IsoDateTime }>(
  events: readonly T[],
  from: IsoDateTime | null,
  to: IsoDateTime | null,
): T[] {
  return events.filter((e) => (!from || e.at >= from) && (!to || e.at <= to));
}
