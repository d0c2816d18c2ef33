// The first rows of Today for everyone (or the unassigned) from the stored sort key (schema v9,
// shared/domain/reminders/today-rank.ts): a manager with 30k due tasks sees them without the
// whole order (every due task, its case and its policies read and sorted, listTodayOrder).
//
// The index is read per lane and group, in Today's order: urgent tasks forwards from today,
// then the other tasks forwards from today (each a group in end-date order), then both lanes
// backwards before today (the lapsed, most recent first); call-backs and tasks of unknown end
// are read whole. A walk stops once it holds `limit` rows that will surely show (due, of the
// wanted person, not a verify task, which may fold away), always at the end of an end date, so
// every row that could tie on the end date is read; a group is not read at all once the groups
// before it surely fill the page. Every group's first `limit` rows are then among those read,
// and so are the first `limit` rows of all; they are placed with the ordinary comparison
// (priorityOrder) after the same verify folds as the whole order. When every group was read to
// its end the result is the whole order, and the caller needs no other.
import { RANK_MAX, UNKNOWN_END } from '../../../shared/domain/reminders/today-rank';
import type { TodayLane, TodayRank } from '../../../shared/domain/reminders/today-rank';
import { foldVerifyTasks } from '../../../shared/domain/reminders/today-priority';
import type { Id, Task } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { whereEach } from './index-lookup';
import { casesWithPendingCalls } from './plan-queries';
import { casesById, premiumsByCase, priorityOrder, type TodayOrderArgs } from './today-order';

export interface TodayFirstPageArgs extends TodayOrderArgs {
  /** Rows wanted (a screenful or two). */
  limit: number;
  /** Rows per index read (tests make it small to cross many reads). */
  chunk?: number;
}

export interface TodayFirstPage {
  /** The first `limit` ids of the Today order, or all of them when `complete`. */
  ids: Id[];
  /** Every due task was read: `ids` is the whole order. */
  complete: boolean;
}

type Bound = TodayRank | [TodayLane, string] | [TodayLane];

/** Rows per index read of a walk. */
const CHUNK = 256;

/**
 * The groups in Today's order as lane walks: urgent tasks ahead, the other tasks ahead, then
 * the lapsed of both lanes (due call-backs, read whole, come before all of them).
 */
const STAGES: readonly (readonly [TodayLane, boolean])[][] = [
  [['u', true]],
  [['s', true]],
  [
    ['u', false],
    ['s', false],
  ],
];

interface Walk {
  rows: Task[];
  done: boolean;
}

export async function listTodayFirstPage(
  db: AppDb,
  args: TodayFirstPageArgs,
): Promise<TodayFirstPage> {
  if (args.staffId) throw new Error('listTodayFirstPage: one person reads their own tasks');
  const shows = (t: Task) =>
    t.status === 'pending' &&
    !t.deletedAt &&
    t.dueDate <= args.today &&
    (args.staffId === undefined || (t.assigneeId ?? null) === args.staffId);
  const sure = (rows: readonly Task[]) => rows.filter((t) => t.kind !== 'verify' && shows(t));
  const size = args.chunk ?? CHUNK;
  const index = () => db.tasks.where('todayRank');
  const range = (lo: Bound, hi: Bound) => index().between(lo, hi, true, true).toArray();

  /** One lane forwards from today or backwards from before it, a few hundred rows a read. */
  async function walk(lane: TodayLane, forwards: boolean): Promise<Walk> {
    const rows: Task[] = [];
    let found = 0;
    let lo: Bound = forwards ? [lane, args.today] : [lane];
    let hi: Bound = forwards ? [lane, UNKNOWN_END] : [lane, args.today];
    let fromLast = false;
    for (;;) {
      const between = index().between(lo, hi, !fromLast, false);
      const chunk = await (forwards ? between : between.reverse()).limit(size).toArray();
      rows.push(...chunk);
      found += sure(chunk).length;
      const last = chunk.at(-1)?.todayRank;
      if (!last) return { rows, done: true };
      if (found >= args.limit) {
        // The rest of the last end date: every row that ties with it on the days left.
        const [, end, key] = last;
        const rest = forwards
          ? index().between(last, [lane, end, RANK_MAX], false, true)
          : index().between([lane, end], [lane, end, key], true, false);
        rows.push(...(await rest.toArray()));
        return { rows, done: false };
      }
      if (chunk.length < size) return { rows, done: true };
      if (forwards) [lo, fromLast] = [last, true];
      else hi = last;
    }
  }

  const read = async () => {
    const nowMs = Date.parse(args.now);
    const rows = (
      await Promise.all([
        range(['c'], ['c', RANK_MAX]),
        range(['u', UNKNOWN_END], ['u', UNKNOWN_END, RANK_MAX]),
        range(['s', UNKNOWN_END], ['s', UNKNOWN_END, RANK_MAX]),
      ])
    ).flat();
    // Rows surely shown in the groups read so far (due call-backs first): once they fill a
    // page, the later groups cannot reach it and are not read.
    let certain = rows.filter(
      (t) => t.kind === 'callback' && shows(t) && !!t.dueAt && Date.parse(t.dueAt) <= nowMs,
    ).length;
    let complete = true;
    for (const stage of STAGES) {
      if (certain >= args.limit) {
        complete = false;
        break;
      }
      for (const w of await Promise.all(stage.map(([lane, fwd]) => walk(lane, fwd)))) {
        rows.push(...w.rows);
        certain += sure(w.rows).length;
        if (!w.done) complete = false;
      }
    }
    const due = rows.filter(shows);
    const verifyCases = due.filter((t) => t.kind === 'verify').map((t) => t.caseId);
    const byCase = foldVerifyTasks(due, (t) => t, await casesWithPendingCalls(db, verifyCases));
    const caseById = await casesById(
      db,
      byCase.map((t) => t.caseId),
      Infinity,
    );
    // A verify task folds into a call to the same customer anywhere in the due list, which the
    // rows read here may not hold: their other cars' due calls are looked up.
    const verifyClients = byCase
      .filter((t) => t.kind === 'verify')
      .map((t) => caseById.get(t.caseId)?.clientId);
    // (foldVerifyIntoCustomerCalls over the whole due list, as a lookup.)
    const withCall = await clientsWithDueCall(db, verifyClients, shows);
    const tasks = byCase.filter((t) => {
      const client = caseById.get(t.caseId)?.clientId;
      return t.kind !== 'verify' || !client || !withCall.has(client);
    });
    const premiums = await premiumsByCase(db, [...caseById.values()], Infinity);
    const ids = priorityOrder(tasks, caseById, premiums, args);
    return { ids: complete ? ids : ids.slice(0, args.limit), complete };
  };
  return db.transaction('r', [db.tasks, db.cases, db.policies], read);
}

/** Customers among `clientIds` with a due call (a task Today shows that is not verify). */
async function clientsWithDueCall(
  db: AppDb,
  clientIds: readonly (Id | undefined)[],
  shows: (t: Task) => boolean,
): Promise<Set<Id>> {
  const out = new Set<Id>();
  const cases = (await whereEach(db, db.cases, 'clientId', clientIds)).filter((c) => !c.deletedAt);
  const clientOf = new Map(cases.map((c) => [c.id, c.clientId]));
  for (const t of await whereEach(db, db.tasks, 'caseId', [...clientOf.keys()])) {
    const client = clientOf.get(t.caseId);
    if (client && t.kind !== 'verify' && shows(t)) out.add(client);
  }
  return out;
}
