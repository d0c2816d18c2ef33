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

/** Lower-case hex SHA-256 of a text's UTF-8 bytes. */
export type HashText = (text: string) => string;

/** The hash an event must carry: SHA-256 over the canonical JSON of everything but `hash`. */
export function hashOf(
  event: Omit<AuditEvent, 'hash'> & { hash?: string },
  hashText: HashText = sha256Hex,
): string {
  return hashText(canonicalJsonWithout(event, 'hash'));
}

/**
 * RFC 8785 JSON of a record, leaving out one member. An audit event is flat (strings, numbers,
 * null), and for flat values RFC 8785 is exactly: members sorted by UTF-16 code units,
 * undefined dropped, each key and value as `JSON.stringify` writes it (the ECMAScript number
 * and string forms are the ones RFC 8785 adopted). Written out because "verify chain" runs it
 * for every event of the trail, and the general library's copy-and-recurse cost about a third of
 * the walk; anything that is not flat still goes through the library, so the output is the same.
 */
export function canonicalJsonWithout(record: object, omit: string): string {
  const values = record as Record<string, unknown>;
  const keys = Object.keys(values).sort();
  let out = '{';
  for (const key of keys) {
    if (key === omit) continue;
    const value = values[key];
    if (value === undefined) continue;
    if (!isFlatJsonValue(value)) return generalCanonicalJson(values, omit);
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(value)}`;
  }
  return `${out}}`;
}

function isFlatJsonValue(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function generalCanonicalJson(values: Record<string, unknown>, omit: string): string {
  const { [omit]: _omitted, ...rest } = values;
  // canonicalize drops undefined members, so an absent optional field and undefined hash alike.
  return canonicalize(rest) ?? '';
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
 * A walk over the chain fed in pieces (the repository reads it in chunks, so a long trail is
 * never held whole). `step` returns the break it found, or null to go on; `end` gives the
 * verdict once every event was fed. `hashText` lets the caller pass a faster SHA-256 (the
 * same function, e.g. WebAssembly); the default is the synchronous one the writers use.
 */
export function chainWalker(anchor: ChainHead | null = null, hashText: HashText = sha256Hex) {
  let prev: AuditEvent | null = null;
  let anchorSeen = false;
  let count = 0;
  return {
    step(event: AuditEvent): ChainVerdict | null {
      count += 1;
      if (prev && event.seq <= prev.seq) return broken('order', event, count);
      const expectedPrev = prev ? prev.hash : GENESIS_HASH;
      const expectedSeq = prev ? prev.seq + 1 : 1;
      if (event.prevHash !== expectedPrev || event.seq !== expectedSeq) {
        return broken('link', event, count);
      }
      if (hashOf(event, hashText) !== event.hash) return broken('hash', event, count);
      if (anchor && event.seq === anchor.seq) {
        if (event.hash !== anchor.hash) return broken('truncated', event, count);
        anchorSeen = true;
      }
      prev = event;
      return null;
    },
    end(): ChainVerdict {
      if (anchor && !anchorSeen && anchor.seq > 0) {
        return { ok: false, count, reason: 'truncated', seq: (prev?.seq ?? 0) + 1, eventId: null };
      }
      return { ok: true, count, head: prev ? { seq: prev.seq, hash: prev.hash } : null };
    },
  };
}

/**
 * Walks the events in stored order (ascending seq). With `anchor` (the head main recorded
 * outside the database), a chain that stops before it or differs at it is reported too.
 */
export function verifyChain(
  events: readonly AuditEvent[],
  anchor: ChainHead | null = null,
  hashText: HashText = sha256Hex,
): ChainVerdict {
  const walker = chainWalker(anchor, hashText);
  for (const event of events) {
    const broke = walker.step(event);
    // `count` in a break is the whole list's length, as before the walk was split.
    if (broke) return { ...broke, count: events.length };
  }
  return walker.end();
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
