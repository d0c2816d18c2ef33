// Keeps the host's copy of the audit chain's head in step with the database (PRIVACY.md,
// "Audit"), and says when the two disagree. After every commit that appended to the chain (in
// this window, a worker or another window: the change feed carries it) the new head goes to
// the host; at start the chain is compared with what the host kept. A chain that no longer
// reaches that head (events deleted from the end, or rewritten) raises a warning for the owner;
// so does a host file that cannot be read, or an append the host refused as a rewrite.
import { create } from 'zustand';
import type { ChainHead } from '../../../shared/domain/identity/audit-chain';
import type { AppDb } from '../../db/app-db';
import { onAuditHeadChanged } from '../../db/change-feed';
import {
  auditHead,
  compareWithKeptHead,
  recordAuditHeadAccepted,
} from '../../db/repositories/audit-repository';
import { anchorOf, appendAuditHead, readAuditHead, replaceAuditHead } from '../host-lock-signals';

export type AuditHeadWarning =
  /** The chain is shorter than the kept head, or differs at it. */
  | { kind: 'chain-differs'; seq: number }
  /** The host's file was edited or damaged. */
  | { kind: 'kept-head-unreadable' }
  /** An append at a position the host already holds with another hash. */
  | { kind: 'rewritten'; seq: number };

interface AuditHeadState {
  warning: AuditHeadWarning | null;
  warn(warning: AuditHeadWarning): void;
  clear(): void;
}

export const useAuditHeadWarning = create<AuditHeadState>((set) => ({
  warning: null,
  // The first warning is the evidence; a later one does not replace it.
  warn: (warning) => set((s) => (s.warning ? s : { warning })),
  clear: () => set({ warning: null }),
}));

type Host = Parameters<typeof appendAuditHead>[1];

/**
 * Starts the sync for `db`: the start-up comparison, then an append after every audited
 * commit. Appends run one at a time in order; only the newest waiting head is sent. While a
 * warning stands nothing is sent: a chain cut short and written on would otherwise overtake
 * the kept head and erase the evidence; the owner's acceptance (acceptAuditChain) resumes it.
 * Returns the stop function. `host` is for tests.
 */
export function startAuditHeadSync(db: AppDb, host?: Host): () => void {
  const state = useAuditHeadWarning.getState();
  let waiting: ChainHead | null = null;
  let running: Promise<void> | null = null;
  let checked = false;
  let stopped = false;
  const paused = () => !checked || stopped || useAuditHeadWarning.getState().warning !== null;

  async function drain(): Promise<void> {
    while (waiting && !paused()) {
      const head = waiting;
      waiting = null;
      const result = await appendAuditHead(head, host);
      if (result.outcome === 'corrupt') state.warn({ kind: 'kept-head-unreadable' });
      else if (result.outcome === 'conflict') state.warn({ kind: 'rewritten', seq: head.seq });
      else if (result.outcome === 'failed') console.warn('audit head not kept:', result.message);
      // 'behind' is a late message about an older head: the kept one is already newer.
    }
  }

  function send(head: ChainHead | null): void {
    if (head && (!waiting || head.seq > waiting.seq)) waiting = head;
    if (paused()) return;
    running ??= drain().finally(() => {
      running = null;
      if (waiting && !paused()) send(null);
    });
  }

  const stop = onAuditHeadChanged((change) => {
    if (change.db === db.name) send(change.head);
  });

  void (async () => {
    try {
      const stored = await readAuditHead(host);
      if (stored.status === 'corrupt') {
        state.warn({ kind: 'kept-head-unreadable' });
        return;
      }
      const check = await compareWithKeptHead(db, anchorOf(stored));
      if (!check.ok) state.warn({ kind: 'chain-differs', seq: check.seq });
      checked = true;
      send(check.head);
    } catch (error) {
      console.warn('audit head check failed:', error);
    }
  })();

  return () => {
    stopped = true;
    stop();
  };
}

/**
 * The owner has read the warning and accepts the chain as it now is (after restoring a backup,
 * say): recorded in the trail first, then the host keeps the chain's current head and the
 * warning goes. The rest of the chain is still checked by "verify chain".
 */
export async function acceptAuditChain(db: AppDb, actor: string, host?: Host): Promise<void> {
  const warning = useAuditHeadWarning.getState().warning;
  await recordAuditHeadAccepted(db, actor, warning?.kind ?? null);
  await replaceAuditHead(await auditHead(db), host);
  useAuditHeadWarning.getState().clear();
}
