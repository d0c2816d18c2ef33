// Keeps the stored Today sort key (schema v9, shared/domain/reminders/today-rank.ts) right on
// every write to tasks, whoever makes it: a Dexie middleware under the table API sees every
// add and put (update and modify reach it as puts of the whole row) and sets, replaces or
// removes `todayRank` from the row's own fields, inside the same request and so the same
// transaction. A writer therefore cannot forget it; what writers must give is `caseEnd` (the
// case's end date) on tasks they make, which they alone know.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { withTodayRank } from '../../shared/domain/reminders/today-rank';
import type { Task } from '../../shared/domain/types';

function ranked(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  let changed = false;
  const values = req.values.map((v) => {
    const next = withTodayRank(v as Task);
    if (next !== v) changed = true;
    return next;
  });
  return changed ? { ...req, values } : req;
}

export const todayRankMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'todayRank',
  create(down) {
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'tasks') return table;
        return { ...table, mutate: (req) => table.mutate(ranked(req)) };
      },
    };
  },
};
