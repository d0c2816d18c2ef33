// Messages between the window's plan-sync service and the plan worker (structured-clone
// safe). One request, one answer: the worker reads and writes the database itself, so only
// the small result (reminder plan, stats, warnings) crosses back.
import type { Lang } from '../../../shared/i18n';
import type { RecomputeResult } from '../../db/repositories/plan-service';

export interface PlanWorkerRequest {
  type: 'recompute';
  id: number;
  /** The IndexedDB database the window has open (the worker opens its own connection). */
  dbName: string;
  now: string;
  today: string;
  /** Language of the notification texts the plan carries. */
  lang?: Lang;
}

export type PlanWorkerResponse =
  | { type: 'result'; id: number; result: RecomputeResult }
  | { type: 'error'; id: number; name: string; message: string };
