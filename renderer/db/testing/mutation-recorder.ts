// Test-only: records which tables a database actually wrote (a DBCore middleware sees every
// add, put and delete, whichever repository made it), so a test can check that what the
// repositories announce on the change feed covers what they wrote. Not imported by the app.
import type { DBCore, Middleware } from 'dexie';
import type { AppDb } from '../app-db';

export interface MutationRecorder {
  /** Tables written since the last take(), with non-empty requests only. */
  take(): Set<string>;
}

/** Call before the database is first used (Dexie builds its middleware stack on open). */
export function recordMutations(db: AppDb): MutationRecorder {
  let written = new Set<string>();
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test-mutation-recorder',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            const result = await table.mutate(req);
            const count =
              req.type === 'deleteRange'
                ? 1
                : req.type === 'delete'
                  ? req.keys.length
                  : req.values.length;
            if (count > 0) written.add(name);
            return result;
          },
        };
      },
    }),
  };
  db.use(middleware);
  return {
    take() {
      const out = written;
      written = new Set();
      return out;
    },
  };
}
