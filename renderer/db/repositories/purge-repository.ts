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
