// The stored Today sort key (v9): which rows carry one and what it holds, and the plan's
// results stamped with their cases' end dates (a moved end rewrites that case's tasks).
import { describe, expect, it } from 'vitest';
import {
  stampCaseEnds,
  todayRankOf,
  UNKNOWN_END,
  withTodayRank,
} from '../../../../shared/domain/reminders/today-rank';
import { task } from './fixtures';

describe('todayRankOf', () => {
  it('ranks pending live tasks by lane, case end and key; nothing else', () => {
    const t = task('t1', 'k1', 'd15', '2026-06-01', { caseEnd: '2026-06-20' });
    expect(todayRankOf(t)).toEqual(['s', '2026-06-20', 'k1:d15:2026-06-01']);
    expect(todayRankOf({ ...t, kind: 'urgent' })?.[0]).toBe('u');
    expect(todayRankOf({ ...t, kind: 'callback' })?.[0]).toBe('c');
    expect(todayRankOf({ ...t, kind: 'verify' })?.[0]).toBe('s');
    expect(todayRankOf({ ...t, caseEnd: null })?.[1]).toBe(UNKNOWN_END);
    expect(todayRankOf({ ...t, status: 'done' })).toBeUndefined();
    expect(todayRankOf({ ...t, status: 'cancelled' })).toBeUndefined();
    expect(todayRankOf({ ...t, deletedAt: '2026-06-01T00:00:00.000Z' })).toBeUndefined();
    // Unknown sorts after every date.
    expect(UNKNOWN_END > '9999-12-31').toBe(true);
  });

  it('withTodayRank keeps the object when nothing changes and never edits the given one', () => {
    const t = withTodayRank(task('t1', 'k1', 'd15', '2026-06-01', { caseEnd: '2026-06-20' }));
    expect(withTodayRank(t)).toBe(t);
    const done = { ...t, status: 'done' as const };
    const stored = withTodayRank(done);
    expect(stored).not.toHaveProperty('todayRank');
    expect(done.todayRank).toEqual(t.todayRank);
  });
});

describe('stampCaseEnds', () => {
  it('stamps new tasks and rewrites the tasks of a case whose end moved', () => {
    const kept = task('a', 'k1', 'd15', '2026-06-01', { caseEnd: '2026-06-20' });
    const moved = task('b', 'k2', 'd15', '2026-06-01', { caseEnd: '2026-06-20' });
    const made = task('c', 'k1', 'd7', '2026-06-13');
    const orphan = task('d', 'gone', 'd7', '2026-06-13');
    const result = {
      cases: [
        { id: 'k1', endDate: '2026-06-20' },
        { id: 'k2', endDate: '2026-06-23' },
      ],
      tasks: [kept, moved, made, orphan],
      changedTasks: [made],
    };
    const out = stampCaseEnds(result);
    expect(out.changedTasks.map((t) => [t.id, t.caseEnd])).toEqual([
      ['c', '2026-06-20'],
      ['b', '2026-06-23'],
    ]);
    expect(out.tasks.map((t) => t.caseEnd)).toEqual([
      '2026-06-20',
      '2026-06-23',
      '2026-06-20',
      undefined,
    ]);
    expect(out.tasks[0]).toBe(kept);
    // Nothing to stamp: the same result.
    expect(stampCaseEnds(out)).toBe(out);
  });
});
