// The audit chain's head kept outside the database (PRIVACY.md, "Audit"): after each audited
// write the window hands the new head to its host, which keeps it where the database cannot
// reach (main: a file in userData; the browser: localStorage). At start the window compares
// its chain with that head (`verifyChain(events, head)`). Pure rules, shared by both hosts so
// they answer alike.
import type { ChainHead } from './audit-chain';

/** What the host holds: nothing yet, a head, or a file it cannot read as one. */
export type StoredAuditHead =
  | { status: 'none' }
  | { status: 'ok'; head: ChainHead }
  /** Edited by hand or damaged: reported, never silently replaced (it is the evidence). */
  | { status: 'corrupt' };

/**
 * What an append did. `stored`: the head moved forward. `unchanged`: the same head again.
 * `behind`: an older head (a worker's write arriving late, or a chain that was cut short): the
 * stored one is kept, since overwriting it would erase what the start-up check compares
 * against. `conflict`: the same position with another hash (the chain was rewritten).
 * `corrupt`: the stored head cannot be read, so it is left for the owner to see.
 */
export type AuditHeadAppendResult =
  | { outcome: 'stored' | 'unchanged' | 'behind' | 'conflict'; head: ChainHead }
  | { outcome: 'corrupt' };

/** Decides an append against what is stored; the caller writes `head` when `write` is true. */
export function decideAuditHeadAppend(
  stored: StoredAuditHead,
  incoming: ChainHead,
): { write: boolean; result: AuditHeadAppendResult } {
  if (stored.status === 'corrupt') return { write: false, result: { outcome: 'corrupt' } };
  if (stored.status === 'none' || incoming.seq > stored.head.seq) {
    return { write: true, result: { outcome: 'stored', head: incoming } };
  }
  const kept = stored.head;
  if (incoming.seq < kept.seq) return { write: false, result: { outcome: 'behind', head: kept } };
  const outcome = incoming.hash === kept.hash ? 'unchanged' : 'conflict';
  return { write: false, result: { outcome, head: kept } };
}
