// The rebalance of the assignment view: only the excess over capacity moves, only calls nobody
// has started, least urgent first, to the least-loaded person with room; nothing moves when
// nobody has room.
import { describe, expect, it } from 'vitest';
import {
  planRebalance,
  summarizeMoves,
  type LoadedCase,
} from '../../../../shared/domain/reminders/rebalance';
import { said, staff } from './fixtures';

function held(assigneeId: string, n: number, patch: Partial<LoadedCase> = {}): LoadedCase[] {
  return Array.from({ length: n }, (_, i) => ({
    caseId: `${assigneeId}${i}`,
    assigneeId,
    urgent: false,
    // The higher the index, the further from expiry (the less urgent).
    daysToExpiry: 10 + i,
    premium: 0,
    started: false,
    dueTasks: 1,
    ...patch,
  }));
}

describe('planRebalance', () => {
  it('moves the excess over capacity, least urgent first, to the least-loaded person', () => {
    const moves = planRebalance(
      [...held('a', 5), ...held('b', 1), ...held('c', 2)],
      [staff('a', '甲', 3), staff('b', '乙', 3), staff('c', '丙', 3)],
    );
    // 甲 holds 5 of 3: the two furthest from expiry go. 乙 (1/3) is emptier than 丙 (2/3) and
    // takes the first; then both hold 2 of 3 and the name decides (丙 sorts before 乙).
    expect(said(moves)).toEqual([
      { caseId: 'a3', from: 'a', to: 'b', reason: '按负载均衡分配给 乙（1/3）', dueTasks: 1 },
      { caseId: 'a4', from: 'a', to: 'c', reason: '按负载均衡分配给 丙（2/3）', dueTasks: 1 },
    ]);
  });

  it('someone under capacity gives nothing up, however much room others have', () => {
    // 甲 holds 3 of 5: an excess of -2 must not cut the list from its end (slice(0, -2)).
    expect(planRebalance([...held('a', 3)], [staff('a', '甲', 5), staff('b', '乙', 5)])).toEqual(
      [],
    );
  });

  it('keeps started calls and urgent calls with their owner', () => {
    const cases = [
      ...held('a', 2, { urgent: true }),
      ...held('a', 2, { started: true }).map((c) => ({ ...c, caseId: `s${c.caseId}` })),
      { ...held('a', 1)[0]!, caseId: 'calm', daysToExpiry: 30 },
    ];
    const moves = planRebalance(cases, [staff('a', '甲', 3), staff('b', '乙', 10)]);
    // 2 over capacity, 3 unstarted: the calm one, then the urgent one with more days left; the
    // most urgent (a0) and the started ones stay.
    expect(moves.map((m) => m.caseId).sort()).toEqual(['a1', 'calm']);
    expect(moves.every((m) => m.to === 'b')).toBe(true);
  });

  it('moves nothing when nobody has room, nobody is over, or the taker is inactive', () => {
    expect(planRebalance(held('a', 4), [staff('a', '甲', 2), staff('b', '乙', 0)])).toEqual([]);
    expect(planRebalance(held('a', 4), [staff('a', '甲', 4), staff('b', '乙', 9)])).toEqual([]);
    expect(
      planRebalance(held('a', 4), [staff('a', '甲', 2), staff('b', '乙', 9, { active: false })]),
    ).toEqual([]);
  });

  it('stops when the takers are full', () => {
    const moves = planRebalance(
      [...held('a', 6), ...held('b', 1)],
      [staff('a', '甲', 2), staff('b', '乙', 3)],
    );
    expect(moves).toHaveLength(2);
  });
});

describe('summarizeMoves', () => {
  it('counts cases and tasks per giver and taker', () => {
    const r = { key: 'tasks:assignReasons.balanced' } as never;
    expect(
      summarizeMoves([
        { caseId: '1', from: 'a', to: 'b', reason: r, dueTasks: 2 },
        { caseId: '2', from: 'a', to: 'b', reason: r, dueTasks: 1 },
        { caseId: '3', from: 'a', to: 'c', reason: r, dueTasks: 1 },
      ]),
    ).toEqual([
      { from: 'a', to: 'b', cases: 2, tasks: 3 },
      { from: 'a', to: 'c', cases: 1, tasks: 1 },
    ]);
  });
});

describe('planRebalance at the edges', () => {
  it('exactly at capacity nothing moves; one over, one moves', () => {
    const people = [staff('a', '甲', 3), staff('b', '乙', 9)];
    expect(planRebalance(held('a', 3), people)).toEqual([]);
    expect(planRebalance(held('a', 4), people).map((m) => m.caseId)).toEqual(['a3']);
  });

  it('a capacity below zero counts as zero: everything unstarted goes', () => {
    const moves = planRebalance(held('a', 2), [staff('a', '甲', -1), staff('b', '乙', 9)]);
    expect(moves.map((m) => [m.caseId, m.from, m.to])).toEqual([
      ['a0', 'a', 'b'],
      ['a1', 'a', 'b'],
    ]);
  });

  it('only started calls over capacity: nothing moves', () => {
    expect(
      planRebalance(held('a', 4, { started: true }), [staff('a', '甲', 1), staff('b', '乙', 9)]),
    ).toEqual([]);
  });

  it('cases held by someone inactive or by nobody are not the rebalance’s to move', () => {
    const cases = [...held('gone', 3), ...held('x', 2).map((c) => ({ ...c, assigneeId: null }))];
    expect(
      planRebalance(cases, [staff('gone', '走了', 0, { active: false }), staff('b', '乙', 9)]),
    ).toEqual([]);
  });

  it('what a taker already holds counts against their room', () => {
    // 乙 holds 2 of 3: one case fits. 甲 gives up a2 and a3; the more urgent of the two (a2,
    // fewer days left) takes the one place, a3 stays with 甲.
    const moves = planRebalance(
      [...held('a', 4), ...held('b', 2)],
      [staff('a', '甲', 2), staff('b', '乙', 3)],
    );
    expect(moves.map((m) => [m.caseId, m.to, m.dueTasks])).toEqual([['a2', 'b', 1]]);
  });
});

describe('summarizeMoves pairs', () => {
  it('keeps giver and taker apart even when the ids would run together', () => {
    const r = { key: 'tasks:assignReasons.balanced' } as never;
    expect(
      summarizeMoves([
        { caseId: '1', from: 'ab', to: 'c', reason: r, dueTasks: 1 },
        { caseId: '2', from: 'a', to: 'bc', reason: r, dueTasks: 4 },
      ]),
    ).toEqual([
      { from: 'ab', to: 'c', cases: 1, tasks: 1 },
      { from: 'a', to: 'bc', cases: 1, tasks: 4 },
    ]);
    expect(summarizeMoves([])).toEqual([]);
  });
});
