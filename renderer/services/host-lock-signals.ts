// What the session (sign-in, lock, audit) needs from the host, in a few calls, so it never
// touches HostApi's wire shapes: main's lock signals, the owner's idle minutes for main's
// poll, and the audit chain's head kept outside the database. In the browser build the lock
// signal never fires (the window's own idle timer locks it) and the head lives in
// localStorage; the session code is the same on both.
import type { ChainHead } from '../../shared/domain/identity/audit-chain';
import type {
  AuditHeadAppendResult,
  StoredAuditHead,
} from '../../shared/domain/identity/audit-head';
import { clampIdleMinutes, type HostLockTrigger } from '../../shared/domain/identity/lock-policy';
import { getHost, type HostApi } from './host';

type LockHost = Pick<HostApi, 'onSessionLock' | 'setIdleLockMinutes'>;
type AuditHost = Pick<HostApi, 'appendAuditHead' | 'readAuditHead' | 'replaceAuditHead'>;

/**
 * Calls `lock` with the reason each time the host says to lock (OS lock screen, sleep,
 * system idle past the minutes). Returns the unsubscribe function.
 */
export function onHostLock(
  lock: (reason: HostLockTrigger) => void,
  host: LockHost = getHost(),
): () => void {
  return host.onSessionLock(({ reason }) => lock(reason));
}

/** Hands the owner's idle setting to the host (clamped as Settings clamps it; 0 = never). */
export function setHostIdleLockMinutes(minutes: number, host: LockHost = getHost()): Promise<void> {
  return host.setIdleLockMinutes({ minutes: clampIdleMinutes(minutes) });
}

/** An append the host could not take (IPC refused it, or the disk failed). */
export interface AuditHeadAppendFailure {
  outcome: 'failed';
  message: string;
}

/**
 * Hands the chain's new head to the host after the audited transaction committed. Never
 * rejects: the write it follows already happened, so a failure is returned for the caller to
 * log, and the next append (or the start-up check) catches up. `behind`, `conflict` and
 * `corrupt` mean the kept head no longer follows this chain: the owner should be warned.
 */
export async function appendAuditHead(
  head: ChainHead,
  host: AuditHost = getHost(),
): Promise<AuditHeadAppendResult | AuditHeadAppendFailure> {
  try {
    return await host.appendAuditHead(head);
  } catch (error) {
    return { outcome: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The head the host kept, for the start-up check: pass `anchorOf(stored)` to
 * `verifyChain(events, anchor)`; `corrupt` itself is a warning for the owner.
 */
export function readAuditHead(host: AuditHost = getHost()): Promise<StoredAuditHead> {
  return host.readAuditHead();
}

/**
 * The owner accepts the chain as it now is (after a restore, a database started anew, or
 * having read the warning): the host sets its kept head aside and keeps `head` (the chain's
 * current head, null for an empty chain). Audit that decision before calling this.
 */
export function replaceAuditHead(
  head: ChainHead | null,
  host: AuditHost = getHost(),
): Promise<StoredAuditHead> {
  return host.replaceAuditHead({ head });
}

/** The anchor verifyChain takes: the kept head, or null when there is none to compare. */
export function anchorOf(stored: StoredAuditHead): ChainHead | null {
  return stored.status === 'ok' ? stored.head : null;
}
