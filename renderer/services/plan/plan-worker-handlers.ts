// The plan worker's handler map (served by worker-rpc): one call, recompute, on the worker's
// own connection to the database the window has open. Only the small result (reminder plan,
// stats, warnings) crosses back; the writes reach the window's live queries through Dexie's
// cross-context storage-mutation broadcast, exactly like writes made in another tab.
import type { Lang } from '../../../shared/i18n';
import type { AppDb } from '../../db/app-db';
import { dbOpenFailure, openAppDb } from '../../db/open-db';
import { recomputePlan } from './recompute-plan';

export interface RecomputeArgs {
  now: string;
  today: string;
  /** Language of the notification texts the plan carries. */
  lang?: Lang;
}

export function planHandlers() {
  const connections = new Map<string, Promise<AppDb>>();

  function dbNamed(name: string): Promise<AppDb> {
    let db = connections.get(name);
    if (!db) {
      db = openAppDb({
        name,
        purge: false,
        // Another window upgraded the schema: drop this connection, reopen on the next request.
        onVersionChange: () => connections.delete(name),
      }).then((opened) => {
        if (opened.ok) return opened.db;
        connections.delete(name);
        throw dbOpenFailure(opened.error);
      });
      connections.set(name, db);
    }
    return db;
  }

  return {
    /** `dbName`: the IndexedDB database the window has open. */
    recompute: async ({ dbName, now, today, lang }: RecomputeArgs & { dbName: string }) =>
      recomputePlan(await dbNamed(dbName), { now, today, ...(lang ? { lang } : {}) }),
  };
}

/** The plan worker's API, as the window's `call<K>` sees it. */
export type PlanApi = ReturnType<typeof planHandlers>;
