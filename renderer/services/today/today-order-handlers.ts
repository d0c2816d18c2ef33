// The Today order worker's handler map (served by worker-rpc): the due task ids in priority
// order (listTodayOrder), computed on the worker's own connection. A manager looking at
// everyone's 30k due tasks would otherwise read 30k tasks, their cases and policies and sort
// them on the window's thread (a 400 ms task at that size); only the ids cross back.
import type { AppDb } from '../../db/app-db';
import { workerDbConnections } from '../../db/worker-connections';
import { listTodayOrder, type TodayOrderArgs } from '../../db/repositories/today-order';
import {
  listTodayFirstPage,
  type TodayFirstPageArgs,
} from '../../db/repositories/today-first-page';

export function todayOrderHandlers(
  dbNamed: (name: string) => Promise<AppDb> = workerDbConnections(),
) {
  return {
    /** Opens this worker's connection ahead of the first order (while the person signs in). */
    warm: async (args: { dbName: string }) => {
      await dbNamed(args.dbName);
    },
    order: async (args: TodayOrderArgs & { dbName: string }) => {
      const { dbName, ...rest } = args;
      return listTodayOrder(await dbNamed(dbName), rest);
    },
    /** The first rows from the stored sort key (v9), or the whole order when it is short. */
    firstPage: async (args: TodayFirstPageArgs & { dbName: string }) => {
      const { dbName, ...rest } = args;
      return listTodayFirstPage(await dbNamed(dbName), rest);
    },
  };
}

export type TodayOrderApi = ReturnType<typeof todayOrderHandlers>;
