// The first rows of Today for everyone (or the unassigned) from the stored sort key (schema v9,
// shared/domain/reminders/today-rank.ts): a manager with 30k due tasks sees them without the
// whole order (every due task, its case and its policies read and sorted, listTodayOrder).
//
// The index is walked one case end date at a time, per lane: urgent and other tasks forwards
// from today (each a group in end-date order), then backwards before today (the lapsed, most
// recent first); call-backs and tasks of unknown end are read whole. A walk stops once it holds
// `limit` rows that will surely show (due, of the wanted person, not a verify task, which may
// fold away), always at the end of an end date, so every row that could tie on the end date is
// read. Every group's first `limit` rows are then among those read, and so are the first
// `limit` rows of all; they are placed with the ordinary comparison (priorityOrder) after the
// same verify folds as the whole order. When every walk reached its end the result is the whole
// order, and the caller needs no other.
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
}

export interface TodayFirstPage {
  /** The first `limit` ids of the Today order, or all of them when `complete`. */
  ids: Id[];
  /** Every due task was read: `ids` is the whole order. */
  complete: boolean;
}

type Bound = TodayRank | [TodayLane, string] | [TodayLane];

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
  const index = () => db.tasks.where('todayRank');
  const range = (lo: Bound, hi: Bound, hiIncluded = true) =>
    index().between(lo, hi, true, hiIncluded).toArray();
  const endOf = (t: Task | undefined) => t?.todayRank?.[1];

  async function walk(lane: TodayLane, forwards: boolean): Promise<Walk> {
    const rows: Task[] = [];
    let found = 0;
    // Forwards from today to the unknown ends; backwards from before today.
    let lo: Bound = forwards ? [lane, args.today] : [lane];
    let hi: Bound = forwards ? [lane, UNKNOWN_END] : [lane, args.today];
    for (;;) {
      const next = index().between(lo, hi, true, false);
      const end = endOf(await (forwards ? next.first() : next.last()));
      if (end === undefined) return { rows, done: true };
      const chunk = await range([lane, end], [lane, end, RANK_MAX]);
      rows.push(...chunk);
      found += sure(chunk).length;
      if (found >= args.limit) return { rows, done: false };
      if (forwards) lo = [lane, end, RANK_MAX];
      else hi = [lane, end];
    }
  }

  const read = async () => {
    const wholes = Promise.all([
      range(['c'], ['c', RANK_MAX]),
      range(['u', UNKNOWN_END], ['u', UNKNOWN_END, RANK_MAX]),
      range(['s', UNKNOWN_END], ['s', UNKNOWN_END, RANK_MAX]),
    ]);
    const walks = await Promise.all([
      walk('u', true),
      walk('s', true),
      walk('u', false),
      walk('s', false),
    ]);
    const rows = [...(await wholes).flat(), ...walks.flatMap((w) => w.rows)];
    const complete = walks.every((w) => w.done);
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
