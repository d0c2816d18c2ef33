// The assignment view's rebalance: people holding more due work than their daily capacity give
// up the excess to whoever has room, chosen by the same least-loaded rule as the plan
// (assignment.ts). Only cases nobody has called yet move, least urgent first: a customer who
// already spoke to someone keeps talking to them, and the owner keeps their most urgent calls.
import type { Id, Staff } from '../types';
import { assignCases, compareUrgency, type AssignmentCandidate } from './assignment';
import type { TextRef } from '../../i18n/text-ref';

/** An open case with work due today or earlier, as the assignment view knows it. */
export interface LoadedCase {
  caseId: Id;
  assigneeId: Id | null;
  urgent: boolean;
  daysToExpiry: number;
  premium: number;
  /** A due task of the case already has a call attempt: it stays with its owner. */
  started: boolean;
  /** Its due tasks (what the confirmation counts). */
  dueTasks: number;
}

export interface RebalanceMove {
  caseId: Id;
  from: Id;
  to: Id;
  reason: TextRef;
  dueTasks: number;
}

type RebalanceStaff = Pick<Staff, 'id' | 'name' | 'dailyCapacity' | 'active'>;

/** The moves that bring every active person back to capacity, as far as others have room. */
export function planRebalance(
  cases: readonly LoadedCase[],
  staff: readonly RebalanceStaff[],
): RebalanceMove[] {
  const active = staff.filter((s) => s.active);
  const held = new Map<Id, LoadedCase[]>(active.map((s) => [s.id, []]));
  // Stryker disable next-line ConditionalExpression: a case without an assignee finds no list in held either
  for (const c of cases) if (c.assigneeId) held.get(c.assigneeId)?.push(c);
  const load = new Map<Id, number>();
  const candidates: AssignmentCandidate[] = [];
  const from = new Map<Id, LoadedCase & { assigneeId: Id }>();
  for (const s of active) {
    // Stryker disable next-line ArrayDeclaration: held has a list for every active person
    const mine = held.get(s.id) ?? [];
    // A capacity below zero needs no clamp: the excess is cut to what is held by slice().
    const excess = mine.length - s.dailyCapacity;
    const give =
      // Stryker disable next-line EqualityOperator: at an excess of 0, slice(0, 0) gives nothing up too
      excess > 0
        ? mine
            .filter((c) => !c.started)
            .sort((a, b) => compareUrgency(b, a))
            .slice(0, excess)
        : [];
    // Stryker disable next-line ArithmeticOperator: the giver is full either way (down to capacity, or still over it), so nothing comes back to them
    load.set(s.id, mine.length - give.length);
    for (const c of give) {
      from.set(c.caseId, { ...c, assigneeId: s.id });
      candidates.push({
        caseId: c.caseId,
        urgent: c.urgent,
        daysToExpiry: c.daysToExpiry,
        premium: c.premium,
      });
    }
  }
  const moves: RebalanceMove[] = [];
  for (const a of assignCases(candidates, active, load)) {
    const c = from.get(a.caseId);
    // Nobody had room (staffId null): the case stays where it is.
    // Stryker disable next-line ConditionalExpression: every candidate came from a giver, so c is always found
    if (!c || !a.staffId || a.staffId === c.assigneeId) continue;
    moves.push({
      caseId: a.caseId,
      from: c.assigneeId,
      to: a.staffId,
      reason: a.reason,
      dueTasks: c.dueTasks,
    });
  }
  return moves;
}

/** The moves per giver and taker, for the confirmation ("3 tasks from 甲 to 乙"). */
export function summarizeMoves(
  moves: readonly RebalanceMove[],
): { from: Id; to: Id; cases: number; tasks: number }[] {
  const byPair = new Map<string, { from: Id; to: Id; cases: number; tasks: number }>();
  for (const m of moves) {
    const key = `${m.from}\u0000${m.to}`;
    const row = byPair.get(key) ?? { from: m.from, to: m.to, cases: 0, tasks: 0 };
    row.cases++;
    row.tasks += m.dueTasks;
    byPair.set(key, row);
  }
  return [...byPair.values()];
}
