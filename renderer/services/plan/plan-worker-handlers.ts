// The plan worker's handler map (served by worker-rpc): one call, recompute, on the worker's
// own connection to the database the window has open. Only the small result (reminder plan,
// stats, warnings) crosses back; the writes reach the window's live queries through Dexie's
// cross-context storage-mutation broadcast, exactly like writes made in another tab.
import type { Lang } from '../../../shared/i18n';
import { workerDbConnections } from '../../db/worker-connections';
import { recomputePlan } from './recompute-plan';

export interface RecomputeArgs {
  now: string;
  today: string;
  /** Language of the notification texts the plan carries. */
  lang?: Lang;
}

export function planHandlers() {
  const dbNamed = workerDbConnections();

  return {
    /** `dbName`: the IndexedDB database the window has open. */
    recompute: async ({ dbName, now, today, lang }: RecomputeArgs & { dbName: string }) =>
      recomputePlan(await dbNamed(dbName), { now, today, ...(lang ? { lang } : {}) }),
  };
}

/** The plan worker's API, as the window's `call<K>` sees it. */
export type PlanApi = ReturnType<typeof planHandlers>;
