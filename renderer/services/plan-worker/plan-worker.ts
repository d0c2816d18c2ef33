// Module Web Worker: recomputes the renewal plan off the window's thread. It opens its own
// connection to the app database; its writes reach the window's live queries through Dexie's
// cross-context storage-mutation broadcast, exactly like writes made in another tab.
import type { AppDb } from '../../db/app-db';
import { openAppDb } from '../../db/open-db';
import { recomputePlan } from '../../db/repositories/plan-service';
import type { PlanWorkerRequest, PlanWorkerResponse } from './plan-worker-protocol';

const post = (message: PlanWorkerResponse): void => self.postMessage(message);
const connections = new Map<string, Promise<AppDb>>();

function dbNamed(name: string): Promise<AppDb> {
  let db = connections.get(name);
  if (!db) {
    db = openAppDb({
      name,
      // Another window upgraded the schema: drop this connection, reopen on the next request.
      onVersionChange: () => connections.delete(name),
    }).then((opened) => {
      if (opened.ok) return opened.db;
      connections.delete(name);
      throw Object.assign(new Error(`${opened.error.message} ${opened.error.action}`), {
        name: 'PlanWorkerOpenError',
      });
    });
    connections.set(name, db);
  }
  return db;
}

self.onmessage = async (event: MessageEvent<PlanWorkerRequest>) => {
  const { id, dbName, now, today, lang } = event.data;
  try {
    const db = await dbNamed(dbName);
    const result = await recomputePlan(db, { now, today, lang });
    post({ type: 'result', id, result });
  } catch (error) {
    const e = error as { name?: string; message?: string } | null;
    post({ type: 'error', id, name: e?.name ?? 'Error', message: e?.message ?? String(error) });
  }
};
