// Least-loaded balancing and the reasons shown for each choice, to the character; the urgency
// order; the due time of a task and the overdue cut-off to the minute.
import { describe, expect, it } from 'vitest';
import * as assignment from '../../../../shared/domain/reminders/assignment';
import { candidate, reasonText, said, settings, staff } from './fixtures';

describe('least-loaded balancing', () => {
  it('the lowest share of capacity in use wins, not the lowest count', () => {
    // 甲 holds 2 of 4 (50%), 乙 holds 3 of 10 (30%): 乙 is less loaded.
    const [r] = assignment.assignCases(
      [candidate('x')],
      [staff('a', '甲', 4), staff('b', '乙', 10)],
      new Map([
        ['a', 2],
        ['b', 3],
      ]),
    );
    expect(said(r)).toEqual({ caseId: 'x', staffId: 'b', reason: '按负载均衡分配给 乙（3/10）' });
  });

  it('equal share: fewer tasks first, then the name', () => {
    // 1/2 and 2/4 are both 50%: 甲 holds fewer.
    const fewer = assignment.assignCases(
      [candidate('x')],
      [staff('b', '乙', 4), staff('a', '甲', 2)],
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    expect(fewer[0]?.staffId).toBe('a');
    // Same share and count: by name (A before B, whatever the order given).
    const byName = assignment.assignCases(
      [candidate('x')],
      [staff('2', 'B', 5), staff('1', 'A', 5)],
      new Map(),
    );
    expect(byName[0]?.staffId).toBe('1');
    const byNameAgain = assignment.assignCases(
      [candidate('x')],
      [staff('1', 'A', 5), staff('2', 'B', 5)],
      new Map(),
    );
    expect(byNameAgain[0]?.staffId).toBe('1');
  });

  it('a person already over capacity gets nothing; capacity 0 means not assignable', () => {
    const r = assignment.assignCases(
      [candidate('x'), candidate('y')],
      [staff('a', '甲', 2), staff('b', '乙', 0), staff('c', '丙', 1)],
      new Map([['a', 3]]),
    );
    expect(r.map((x) => x.staffId)).toEqual(['c', null]);
  });

  it('the fuller person’s usage is named when the previous handler is full', () => {
    const r = assignment.assignCases(
      [candidate('x', { previousAssigneeId: 'a' })],
      [staff('a', '甲', 2), staff('b', '乙', 5)],
      new Map([['a', 2]]),
    );
    expect(reasonText(r[0]?.reason)).toBe('甲 今日已满（2/2），按负载均衡分配给 乙（0/5）');
  });

  it('a named 业务员 is matched with spaces trimmed, and the reason names them', () => {
    const r = assignment.assignCases(
      [candidate('x', { importStaffName: ' 乙 ' })],
      [staff('a', '甲', 5), staff('b', '乙 ', 5)],
      new Map(),
    );
    expect(said(r[0])).toEqual({ caseId: 'x', staffId: 'b', reason: '导入名单中的业务员 乙 ' });
  });

  it('a previous handler who left does not count; an unknown name neither', () => {
    const r = assignment.assignCases(
      [candidate('x', { previousAssigneeId: 'gone', importStaffName: '无此人' })],
      [staff('a', '甲', 5), staff('gone', '走了', 5, { active: false })],
      new Map(),
    );
    expect(said(r[0])).toEqual({ caseId: 'x', staffId: 'a', reason: '按负载均衡分配给 甲（0/5）' });
  });
});

describe('urgency order', () => {
  it('urgent first, fewer days, higher premium, then case id', () => {
    const a = candidate('a');
    expect(assignment.compareUrgency(candidate('u', { urgent: true }), a)).toBeLessThan(0);
    expect(assignment.compareUrgency(a, candidate('u', { urgent: true }))).toBeGreaterThan(0);
    expect(assignment.compareUrgency(candidate('n', { daysToExpiry: 5 }), a)).toBeLessThan(0);
    expect(assignment.compareUrgency(candidate('p', { premium: 5000 }), a)).toBeLessThan(0);
    expect(assignment.compareUrgency(candidate('b'), a)).toBeGreaterThan(0);
    expect(assignment.compareUrgency(a, candidate('b'))).toBeLessThan(0);
    expect(assignment.compareUrgency(a, candidate('a'))).toBe(0);
  });
});

describe('due time and the overdue cut-off', () => {
  /** Made inside each test (not at load), so mutation testing can tell which test reached what. */
  const s24 = () => settings({ overdueFlagHours: 24 });
  /** Not flagged at `notYet`, flagged at `late`: the two sides of the cut-off. */
  const expectCutOff = (
    task: Parameters<typeof assignment.isOverdueFlagged>[0],
    notYet: string,
    late: string,
    settings = s24(),
  ) => {
    expect(assignment.isOverdueFlagged(task, notYet, settings)).toBe(false);
    expect(assignment.isOverdueFlagged(task, late, settings)).toBe(true);
  };

  it('a call-back is due at its time; any other task at the start of call hours (China time)', () => {
    expect(
      assignment.taskDueMillis({ dueDate: '2026-06-01', dueAt: '2026-06-01T06:30:00.000Z' }, s24()),
    ).toBe(Date.parse('2026-06-01T06:30:00.000Z'));
    expect(assignment.taskDueMillis({ dueDate: '2026-06-01', dueAt: null }, s24())).toBe(
      Date.parse('2026-06-01T09:00:00+08:00'),
    );
  });

  it('flagged only when more than overdueFlagHours late: not at exactly 24 h, at 24 h 1 min', () => {
    const t = { status: 'pending' as const, dueDate: '2026-06-01', dueAt: null };
    expectCutOff(t, '2026-06-02T09:00:00+08:00', '2026-06-02T09:01:00+08:00');
    const six = settings({ overdueFlagHours: 6 });
    expectCutOff(t, '2026-06-01T15:00:00+08:00', '2026-06-01T15:01:00+08:00', six);
  });

  it('a cancelled task is never flagged; a call-back counts from its time', () => {
    const cb = {
      status: 'pending' as const,
      dueDate: '2026-06-01',
      dueAt: '2026-06-01T12:00:00.000Z',
    };
    expectCutOff(cb, '2026-06-02T12:00:00.000Z', '2026-06-02T12:01:00.000Z');
    expect(
      assignment.isOverdueFlagged(
        { ...cb, status: 'cancelled' },
        '2026-06-09T00:00:00.000Z',
        s24(),
      ),
    ).toBe(false);
  });

  it('a task made after its due time counts from when it was made', () => {
    const t = {
      status: 'pending' as const,
      dueDate: '2026-06-01',
      dueAt: null,
      createdAt: '2026-06-03T00:00:00.000Z',
    };
    expectCutOff(t, '2026-06-04T00:00:00.000Z', '2026-06-04T00:01:00.000Z');
    // An unreadable createdAt falls back to the due time.
    expect(
      assignment.isOverdueFlagged({ ...t, createdAt: 'x' }, '2026-06-02T09:01:00+08:00', s24()),
    ).toBe(true);
  });
});

describe('who counts as someone to hand work to', () => {
  it('a previous handler with capacity 0 takes no work and is not named as full', () => {
    const r = assignment.assignCases(
      [candidate('x', { previousAssigneeId: 'a' })],
      [staff('a', '甲', 0), staff('b', '乙', 5)],
      new Map(),
    );
    expect(said(r)).toEqual([{ caseId: 'x', staffId: 'b', reason: '按负载均衡分配给 乙（0/5）' }]);
  });

  it('previous handler full, the named 业务员 has room: the named one', () => {
    const r = assignment.assignCases(
      [candidate('x', { previousAssigneeId: 'a', importStaffName: '丙' })],
      [staff('a', '甲', 1), staff('b', '乙', 5), staff('c', '丙', 5)],
      new Map([['a', 1]]),
    );
    expect(said(r)).toEqual([{ caseId: 'x', staffId: 'c', reason: '导入名单中的业务员 丙' }]);
  });

  it('the named 业务员 full and no previous handler: the reason names the named one as full', () => {
    const r = assignment.assignCases(
      [candidate('x', { importStaffName: '甲' })],
      [staff('a', '甲', 1), staff('b', '乙', 5)],
      new Map([['a', 1]]),
    );
    expect(said(r)).toEqual([
      { caseId: 'x', staffId: 'b', reason: '甲 今日已满（1/1），按负载均衡分配给 乙（0/5）' },
    ]);
  });

  it('each case given raises the taker’s count for the next one, and the reason shows it', () => {
    const r = assignment.assignCases(
      [candidate('x', { daysToExpiry: 1 }), candidate('y', { daysToExpiry: 2 })],
      [staff('a', '甲', 5)],
      new Map([['a', 1]]),
    );
    expect(said(r).map((x) => x.reason)).toEqual([
      '按负载均衡分配给 甲（1/5）',
      '按负载均衡分配给 甲（2/5）',
    ]);
  });

  it('an empty load map counts everyone as holding nothing; the load map is left as it was', () => {
    const load = new Map<string, number>();
    assignment.assignCases([candidate('x')], [staff('a', '甲', 1)], load);
    expect(load.size).toBe(0);
  });
});

describe('least-loaded, whatever order the staff are listed in', () => {
  it('a higher share loses even when listed later with fewer tasks', () => {
    // 乙 3/10 (30%) listed first, 甲 2/4 (50%) second with fewer tasks: 乙.
    const [r] = assignment.assignCases(
      [candidate('x')],
      [staff('b', '乙', 10), staff('a', '甲', 4)],
      new Map([
        ['a', 2],
        ['b', 3],
      ]),
    );
    expect(r?.staffId).toBe('b');
  });

  it('equal share: more tasks loses even when listed later', () => {
    // 甲 1/2 and 乙 2/4 are both 50%: 甲 holds fewer.
    const [r] = assignment.assignCases(
      [candidate('x')],
      [staff('a', '甲', 2), staff('b', '乙', 4)],
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    expect(r?.staffId).toBe('a');
  });

  it('all equal, the same name: the first listed', () => {
    const [r] = assignment.assignCases(
      [candidate('x')],
      [staff('1', '张', 5), staff('2', '张', 5)],
      new Map(),
    );
    expect(r?.staffId).toBe('1');
  });
});
