// A worker's own connections to the databases the window has open, one per name, opened on
// first use. Workers (plan, figures) answer calls naming the database; writes reach the window
// through Dexie's cross-context broadcast, like writes made in another tab.
import type { AppDb } from './app-db';
import { dbOpenFailure, openAppDb } from './open-db';

export function workerDbConnections(): (name: string) => Promise<AppDb> {
  const connections = new Map<string, Promise<AppDb>>();
  return function dbNamed(name: string): Promise<AppDb> {
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
  };
}
