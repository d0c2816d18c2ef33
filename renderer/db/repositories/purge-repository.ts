// The purge: rows soft-deleted (deletedAt) more than PURGE_AFTER_DAYS ago are removed for good.
// Deletions are soft so they can travel to the other desks of an agency one day; a month is
// long enough for every desk to have seen them. Runs when the app opens (open-db.ts), in one
// transaction, with one audit event when it removed anything.
import type { Id } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { refreshClientSummaries, summaryTables } from './client-summaries';
import { auditEvent, writeAudit } from './write-context';

export const PURGE_AFTER_DAYS = 30;
/** How long an import can be undone; after it, its copies of prior records are dropped. */
export const UNDO_DAYS = 30;

export interface PurgeResult {
  /** Rows removed per table (tables with none are left out). */
  removed: Partial<Record<PurgedTable, number>>;
}

type PurgedTable = 'clients' | 'vehicles' | 'policies' | 'staff' | 'cases' | 'tasks';
const PURGED: readonly PurgedTable[] = [
  'tasks',
  'cases',
  'policies',
  'vehicles',
  'clients',
  'staff',
];

export async function purgeSoftDeleted(db: AppDb, now: Date = new Date()): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - PURGE_AFTER_DAYS * 86_400_000).toISOString();
  return db.transaction(
    'rw',
    [...summaryTables(db), db.cases, db.tasks, db.auditEvents],
    async () => {
      const removed: PurgeResult['removed'] = {};
      let purgedClients: Id[] = [];
      for (const name of PURGED) {
        // The deletedAt index holds deleted rows only (null is not an IndexedDB key).
        const ids = (await db.table(name).where('deletedAt').below(cutoff).primaryKeys()) as Id[];
        if (!ids.length) continue;
        await db.table(name).bulkDelete(ids);
        removed[name] = ids.length;
        if (name === 'clients') purgedClients = ids;
      }
      const total = Object.values(removed).reduce((n, c) => n + c, 0);
      if (total === 0) return { removed };
      // A purged customer's summary row goes with it (refresh drops rows of missing clients).
      await refreshClientSummaries(db, purgedClients);
      const detail = Object.entries(removed)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      await writeAudit(
        db,
        auditEvent('system', 'purge', 'deleted', null, detail, now.toISOString()),
      );
      publishPlanInputsChanged(
        db,
        PURGED.filter((t) => removed[t]),
      );
      return { removed };
    },
  );
}

/**
 * Drops the undo copies of import batches older than UNDO_DAYS (PRIVACY.md: stored personal
 * data is kept no longer than its purpose; the copies hold prior versions of customers'
 * records). The batch stays in the history, marked, and undoing it is refused with a reason.
 * One transaction, one audit event when anything was dropped. Returns the batches affected.
 */
export async function dropExpiredUndoCopies(db: AppDb, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNDO_DAYS * 86_400_000).toISOString();
  const expiringBatches = () =>
    db.importBatches
      .where('createdAt')
      .below(cutoff)
      .filter((b) => !b.undone && !b.undoExpired);
  // Runs at every start: a read first, so the usual "nothing to drop" takes no write lock.
  if ((await expiringBatches().count()) === 0) return 0;
  return db.transaction('rw', [db.importBatches, db.importUndo, db.auditEvents], async () => {
    const expiring = await expiringBatches().toArray();
    if (!expiring.length) return 0;
    let copies = 0;
    for (const batch of expiring) {
      copies += await db.importUndo.where('batchId').equals(batch.id).delete();
      await db.importBatches.update(batch.id, { undoExpired: true });
    }
    const detail = `batches ${expiring.length}, copies ${copies}`;
    await writeAudit(
      db,
      auditEvent('system', 'undo-expired', 'importBatch', null, detail, now.toISOString()),
    );
    return expiring.length;
  });
}
