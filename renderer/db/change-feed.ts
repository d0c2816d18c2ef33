// Tells in-memory views and services what changed, after the transaction that changed it has
// committed (nothing is published for a write that rolls back). Two topics:
// - summaries: which customer summaries changed (the search index). Every summary write goes
//   through refreshClientSummaries or the bulk writer, and both publish here.
// - plan inputs: a table the renewal plan reads was written (plan-sync recomputes). Every
//   repository write to clients, vehicles, policies, staff, settings, cases, tasks or feedback publishes
//   it; the plan's own writes (plan-repository.ts) do not, so a recompute never wakes itself.
//   tests/integration/db/plan-inputs-feed.test.ts enumerates the write paths.
// - audit head: the audit chain's newest event after a commit that appended to it, so the
//   window can hand it to the host, which keeps it outside the database (PRIVACY.md).
//
// Changes also cross contexts: a write made in a worker (import commit) or in another window
// of the app reaches the listeners here through a BroadcastChannel.
import { Dexie, type Transaction } from 'dexie';
import type { ChainHead } from '../../shared/domain/identity/audit-chain';

export type SummaryChange = { kind: 'ids'; ids: string[] } | { kind: 'all' };

/** The tables the renewal plan reads (plan-repository.ts readInputs). */
export const PLAN_INPUT_TABLES = [
  'clients',
  'vehicles',
  'policies',
  'staff',
  'settings',
  'cases',
  'tasks',
  // Escalated complaints become reminder-plan items (tray notifications).
  'feedback',
] as const;
export type PlanInputTable = (typeof PLAN_INPUT_TABLES)[number];
export interface PlanInputChange {
  /** The database written (several may be open: tests, the bench). */
  db: string;
  tables: PlanInputTable[];
}

export interface AuditHeadChange {
  db: string;
  head: ChainHead;
}

type Message =
  | { topic: 'summaries'; change: SummaryChange }
  | { topic: 'plan-inputs'; change: PlanInputChange }
  | { topic: 'audit-head'; change: AuditHeadChange };
type Listener = (change: SummaryChange) => void;
type PlanListener = (change: PlanInputChange) => void;
type AuditHeadListener = (change: AuditHeadChange) => void;

const CHANNEL_NAME = 'renewal-desk:changes';
const listeners = new Set<Listener>();
const planListeners = new Set<PlanListener>();
const auditHeadListeners = new Set<AuditHeadListener>();
let channel: BroadcastChannel | null = null;

function isSummaryChange(change: unknown): change is SummaryChange {
  const c = change as SummaryChange | null;
  return !!c && (c.kind === 'all' || (c.kind === 'ids' && Array.isArray(c.ids)));
}

function isPlanInputChange(change: unknown): change is PlanInputChange {
  const c = change as PlanInputChange | null;
  return !!c && typeof c.db === 'string' && Array.isArray(c.tables);
}

function isAuditHeadChange(change: unknown): change is AuditHeadChange {
  const c = change as AuditHeadChange | null;
  return (
    !!c &&
    typeof c.db === 'string' &&
    Number.isSafeInteger(c.head?.seq) &&
    typeof c.head?.hash === 'string'
  );
}

function deliver(message: Message): void {
  if (message.topic === 'summaries') for (const l of listeners) l(message.change);
  else if (message.topic === 'plan-inputs') for (const l of planListeners) l(message.change);
  else for (const l of auditHeadListeners) l(message.change);
}

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  // Under Node (CLI, tests) an open channel would keep the process alive.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent<Message>) => {
    const m = event.data;
    if (m?.topic === 'summaries' && isSummaryChange(m.change)) deliver(m);
    else if (m?.topic === 'plan-inputs' && isPlanInputChange(m.change)) deliver(m);
    else if (m?.topic === 'audit-head' && isAuditHeadChange(m.change)) deliver(m);
  };
  return channel;
}

export function onSummariesChanged(listener: Listener): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `listener` after every committed write to a table the plan reads, in any context. */
export function onPlanInputsChanged(listener: PlanListener): () => void {
  ensureChannel();
  planListeners.add(listener);
  return () => planListeners.delete(listener);
}

/** Calls `listener` with the chain's new head after every commit that appended to it. */
export function onAuditHeadChanged(listener: AuditHeadListener): () => void {
  ensureChannel();
  auditHeadListeners.add(listener);
  return () => auditHeadListeners.delete(listener);
}

function emit(message: Message): void {
  deliver(message);
  ensureChannel()?.postMessage(message);
}

function outermostTransaction(): Transaction | null {
  let tx = Dexie.currentTransaction;
  while (tx?.parent) tx = tx.parent;
  return tx ?? null;
}

/** Publishes once the outermost running transaction commits (dropped if it rolls back). */
export function publishAfterCommit(change: SummaryChange): void {
  const tx = outermostTransaction();
  const message: Message = { topic: 'summaries', change };
  if (!tx) emit(message);
  else tx.on('complete', () => emit(message));
}

/** Tables already announced per running transaction: one message per commit, not per call. */
const pendingPlanTables = new WeakMap<Transaction, Set<PlanInputTable>>();

/**
 * Announces that plan inputs were written, once the outermost transaction commits. Every
 * repository write to a plan input calls this inside its transaction; the plan's own writes
 * must not.
 */
export function publishPlanInputsChanged(
  db: { name: string },
  tables: readonly PlanInputTable[],
): void {
  const tx = outermostTransaction();
  if (!tx) {
    emit({ topic: 'plan-inputs', change: { db: db.name, tables: [...new Set(tables)] } });
    return;
  }
  const pending = pendingPlanTables.get(tx);
  if (pending) {
    for (const t of tables) pending.add(t);
    return;
  }
  const set = new Set(tables);
  pendingPlanTables.set(tx, set);
  tx.on('complete', () =>
    emit({ topic: 'plan-inputs', change: { db: db.name, tables: [...set] } }),
  );
}

/** The newest head appended per running transaction: one message per commit. */
const pendingAuditHeads = new WeakMap<Transaction, { head: ChainHead }>();

/**
 * Announces the chain's new head once the outermost transaction commits. writeAudit calls it
 * for every append; a transaction that appends twice announces only its last head.
 */
export function publishAuditHead(db: { name: string }, head: ChainHead): void {
  const tx = outermostTransaction();
  const message: Message = { topic: 'audit-head', change: { db: db.name, head } };
  if (!tx) {
    emit(message);
    return;
  }
  const pending = pendingAuditHeads.get(tx);
  if (pending) {
    if (head.seq > pending.head.seq) pending.head = head;
    return;
  }
  const latest = { head };
  pendingAuditHeads.set(tx, latest);
  tx.on('complete', () =>
    emit({ topic: 'audit-head', change: { db: db.name, head: latest.head } }),
  );
}
