// Who the plan gives a case to: cases of staff who left or were deactivated are handed on, a
// case keeps an active assignee, last cycle's handler and the 业务员 of the import come first,
// work due today is ordered by urgency, days to expiry and premium, and capacity counts what
// each person already holds.
import { describe, expect, it } from 'vitest';
import { computePlan, type PlanInput } from '../../../../shared/domain/reminders/plan';
import {
  client,
  idFactory,
  planInput,
  policy,
  reasonText,
  renewalCase,
  said,
  staff,
  stored,
  task,
  vehicle,
} from './fixtures';
import { taskIdFor } from '../../../../shared/domain/reminders/record-ids';
import type { Policy, PolicyStatus, RenewalCase, Staff } from '../../../../shared/domain/types';

// 2026-06-05 (Fri): a case ending 2026-06-20 has its d15 call due today.
function base(patch: Partial<PlanInput> = {}): PlanInput {
  return planInput('2026-06-05', {
    clients: [client('c1', { lastVerifiedOn: '2026-05-01' })],
    newId: idFactory('pa'),
    ...patch,
  });
}

const owner = (r: ReturnType<typeof computePlan>, caseId: string) =>
  r.cases.find((c) => c.id === caseId)?.assigneeId ?? null;

describe('reassignment', () => {
  it('cases of a deactivated staff member go to an active one, pending tasks follow', () => {
    const first = computePlan(base());
    expect(owner(first, 'v1:2026-06-20')).toBe('s1');
    // d15 due today, d7 (marked done here) and three urgent calls later.
    const tasks = first.tasks.map((t) => (t.tier === 'd7' ? { ...t, status: 'done' as const } : t));
    const r = computePlan(
      base({
        staff: [staff('s1', '张三', 40, { active: false }), staff('s2', '李四')],
        cases: first.cases,
        tasks,
      }),
    );
    expect(said(r.cases[0])).toMatchObject({
      assigneeId: 's2',
      assignReason: '按负载均衡分配给 李四（0/40）',
      updatedAt: '2026-06-05T01:00:00.000Z',
    });
    expect(r.changedCases.map((c) => c.id)).toEqual(['v1:2026-06-20']);
    // Pending calls go to the new owner; what s1 already did stays s1's.
    expect(r.tasks.map((t) => [t.tier, t.status, t.assigneeId])).toEqual([
      ['d15', 'pending', 's2'],
      ['d7', 'done', 's1'],
      ['urgent', 'pending', 's2'],
      ['urgent', 'pending', 's2'],
      ['urgent', 'pending', 's2'],
    ]);
    expect(r.stats).toMatchObject({ assigned: 1, unassigned: 0 });
  });

  it('cases of a deleted staff member are handed on too', () => {
    const first = computePlan(base());
    const r = computePlan(
      base({
        staff: [staff('s1', '张三', 40, { deletedAt: '2026-06-02' }), staff('s2', '李四')],
        ...stored(first),
      }),
    );
    expect(owner(r, 'v1:2026-06-20')).toBe('s2');
  });

  it('nobody active: the case waits for the manager, counted as unassigned', () => {
    const r = computePlan(base({ staff: [staff('s1', '张三', 40, { active: false })] }));
    expect(said(r.cases[0])).toMatchObject({
      assigneeId: null,
      assignReason: '今日所有人已满额，等待经理分配',
    });
    expect(r.stats).toMatchObject({ assigned: 0, unassigned: 1 });
    expect(said(r.assignments)).toEqual([
      { caseId: 'v1:2026-06-20', staffId: null, reason: '今日所有人已满额，等待经理分配' },
    ]);
  });

  it('a case with no call due yet is not assigned', () => {
    // 2026-05-10: the first call (d30) is on 05-21, inside the look-ahead but not due.
    const r = computePlan(base({ today: '2026-05-10', now: '2026-05-10T01:00:00.000Z' }));
    expect(r.tasks.length).toBeGreaterThan(0);
    expect(owner(r, 'v1:2026-06-20')).toBeNull();
    expect(r.assignments).toEqual([]);
  });
});

describe('what the plan writes', () => {
  it('nothing when a waiting case is still waiting for the same reason', () => {
    const nobody = { staff: [staff('s1', '张三', 40, { active: false })] };
    const first = computePlan(base(nobody));
    const again = computePlan(base({ ...nobody, cases: first.cases, tasks: first.tasks }));
    expect(again.changedCases).toEqual([]);
    expect(again.changedTasks).toEqual([]);
    expect(again.stats).toMatchObject({ assigned: 0, unassigned: 1 });
  });

  it('never changes the records it is given (reassigning a case and its tasks)', () => {
    const first = computePlan(base());
    const deepFreeze = <T>(x: T): T => {
      if (x && typeof x === 'object') {
        for (const v of Object.values(x)) deepFreeze(v);
        Object.freeze(x);
      }
      return x;
    };
    const cases = deepFreeze(structuredClone(first.cases));
    const tasks = deepFreeze(structuredClone(first.tasks));
    const r = computePlan(
      base({
        staff: [staff('s1', '张三', 40, { active: false }), staff('s2', '李四')],
        cases,
        tasks,
      }),
    );
    expect(owner(r, 'v1:2026-06-20')).toBe('s2');
    expect(cases).toEqual(first.cases);
    expect(tasks).toEqual(first.tasks);
  });

  it('a task with no assignee field on a case with no assignee is not rewritten', () => {
    // 05-10: calls are made but none is due, so the case stays unassigned.
    const early = { today: '2026-05-10', now: '2026-05-10T01:00:00.000Z' };
    const first = computePlan(base(early));
    const legacy = first.tasks.map(({ assigneeId: _a, ...t }) => t);
    const again = computePlan(base({ ...early, cases: first.cases, tasks: legacy }));
    expect(again.changedTasks).toEqual([]);
  });

  it('a due task whose case is missing gets no assignee and stops nothing else', () => {
    const first = computePlan(base());
    const stray = { ...first.tasks[0]!, id: 'stray', caseId: 'gone:2026-06-20', key: 'gone' };
    const r = computePlan(base({ cases: first.cases, tasks: [...first.tasks, stray] }));
    expect(r.tasks.find((t) => t.id === 'stray')).toMatchObject({
      status: 'pending',
      assigneeId: null,
    });
    expect(r.assignments).toEqual([]);
    expect(owner(r, 'v1:2026-06-20')).toBe('s1');
  });

  it('new tasks get the UUID v5 of their key when no id factory is given', () => {
    const { newId: _n, ...input } = base();
    const r = computePlan(input);
    expect(r.tasks[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-/);
    expect(r.tasks[0]?.id).toBe(taskIdFor(r.tasks[0]?.key ?? ''));
  });
});

describe('choosing the person', () => {
  // Car v1 after two closed cycles, each case holding its one policy in the case's state: 2024
  // (p0) and 2025 (pl); the plan reads the two cases in order, or the last one first.
  const afterTwoCycles = (
    people: Staff[],
    older: RenewalCase,
    last: RenewalCase,
    order: 'in order' | 'last first' = 'in order',
  ) => {
    const cases = [
      { ...older, policyIds: ['p0'] },
      { ...last, policyIds: ['pl'] },
    ];
    return computePlan(
      base({
        staff: people,
        policies: [
          policy('p0', 'v1', '2024-06-20', 'compulsory', { status: older.state as PolicyStatus }),
          policy('pl', 'v1', '2025-06-20', 'compulsory', { status: last.state as PolicyStatus }),
          policy('p1', 'v1', '2026-06-20'),
        ],
        cases: order === 'in order' ? cases : cases.reverse(),
      }),
    );
  };

  it('an earlier case nobody handled does not hide the handler before it', () => {
    const older = renewalCase('v1', '2024-06-20', { state: 'renewed', assigneeId: 's2' });
    const unhandled = renewalCase('v1', '2025-06-20', { state: 'lapsed', assigneeId: null });
    const r = afterTwoCycles([staff('s1', '张三'), staff('s2', '李四')], older, unhandled);
    expect(owner(r, 'v1:2026-06-20')).toBe('s2');
  });

  it('last cycle’s handler keeps the car (the latest earlier case)', () => {
    const older = renewalCase('v1', '2024-06-20', { state: 'renewed', assigneeId: 's1' });
    const last = renewalCase('v1', '2025-06-20', { state: 'renewed', assigneeId: 's2' });
    const r = afterTwoCycles(
      [staff('s1', '张三'), staff('s2', '李四'), staff('s3', '王五')],
      older,
      last,
    );
    expect(said(r.cases.find((c) => c.id === 'v1:2026-06-20'))).toMatchObject({
      assigneeId: 's2',
      assignReason: '延续上期负责人 李四',
    });
  });

  it('the latest earlier handler, whatever the order the cases come in', () => {
    const older = renewalCase('v1', '2024-06-20', { state: 'renewed', assigneeId: 's1' });
    const last = renewalCase('v1', '2025-06-20', { state: 'renewed', assigneeId: 's2' });
    const r = afterTwoCycles([staff('s1', '张三'), staff('s2', '李四')], older, last, 'last first');
    expect(owner(r, 'v1:2026-06-20')).toBe('s2');
  });

  it('two earlier cases ending the same day: the one listed last', () => {
    const a = renewalCase('v1', '2025-06-20', {
      state: 'renewed',
      assigneeId: 's1',
      policyIds: ['pl'],
    });
    const b = { ...a, id: 'v1:2025-06-20:b', assigneeId: 's2', policyIds: ['px'] };
    const r = computePlan(
      base({
        staff: [staff('s1', '张三'), staff('s2', '李四')],
        policies: [
          policy('pl', 'v1', '2025-06-20', 'compulsory', { status: 'renewed' }),
          policy('p1', 'v1', '2026-06-20'),
        ],
        cases: [a, b],
      }),
    );
    expect(owner(r, 'v1:2026-06-20')).toBe('s2');
  });

  it('a later case of the same car (the commercial cycle) is not an earlier handler', () => {
    // Commercial ends a month later: its own case, held by 王五; the June case is balanced.
    const july = renewalCase('v1', '2026-07-20', { assigneeId: 's3', policyIds: ['p2'] });
    const r = computePlan(
      base({
        staff: [staff('s1', '张三'), staff('s3', '王五')],
        policies: [
          policy('p1', 'v1', '2026-06-20'),
          policy('p2', 'v1', '2026-07-20', 'commercial'),
        ],
        cases: [july],
      }),
    );
    expect(reasonText(r.cases.find((c) => c.id === 'v1:2026-06-20')?.assignReason)).toMatch(
      /^按负载均衡/,
    );
  });

  it('two people with the same name: the case moves to the active one', () => {
    const first = computePlan(base());
    const r = computePlan(
      base({
        staff: [staff('s1', '张三', 40, { active: false }), staff('s2', '张三')],
        ...stored(first),
      }),
    );
    expect(first.cases[0]?.assignReason).toEqual(r.cases[0]?.assignReason);
    expect(owner(r, 'v1:2026-06-20')).toBe('s2');
  });

  it('the 业务员 named in the import gets the case when there is no earlier handler', () => {
    const r = computePlan(
      base({
        staff: [staff('s1', '张三'), staff('s2', '李四')],
        policies: [policy('p1', 'v1', '2026-06-20', 'compulsory', { staffName: '李四' })],
      }),
    );
    expect(said(r.cases[0])).toMatchObject({
      assigneeId: 's2',
      assignReason: '导入名单中的业务员 李四',
    });
  });

  it('capacity counts the cases a person already holds with calls due today', () => {
    // s1 (甲, first by name) holds v1's case with a call due; capacity 1 each: v2 goes to s2.
    const first = computePlan(
      base({ staff: [staff('s1', '甲', 1)], vehicles: [vehicle('v1', 'c1')] }),
    );
    const r = computePlan(
      base({
        staff: [staff('s1', '甲', 1), staff('s2', '乙', 1)],
        vehicles: [vehicle('v1', 'c1'), vehicle('v2', 'c1')],
        policies: [policy('p1', 'v1', '2026-06-20'), policy('p2', 'v2', '2026-06-20')],
        ...stored(first),
      }),
    );
    expect(owner(r, 'v1:2026-06-20')).toBe('s1');
    expect(owner(r, 'v2:2026-06-20')).toBe('s2');
  });

  it('a case whose calls are not due yet does not count against capacity', () => {
    // s1 holds a case whose first call is next week; a new due case still fits s1's one slot.
    const held = renewalCase('v9', '2026-07-20', { assigneeId: 's1', policyIds: ['p9'] });
    const r = computePlan(
      base({
        staff: [staff('s1', '甲', 1)],
        vehicles: [vehicle('v1', 'c1'), vehicle('v9', 'c1')],
        policies: [policy('p1', 'v1', '2026-06-20'), policy('p9', 'v9', '2026-07-20')],
        cases: [held],
      }),
    );
    expect(owner(r, 'v1:2026-06-20')).toBe('s1');
  });

  it('urgent or lapsed beats a call-back on a case already past its end', () => {
    // v2 ended 05-31 and its lapsed call is done; a call-back is due today (5 days past,
    // fewer days than v1, but not urgent). v1 has an urgent (or lapsed) call due today and a
    // call-back listed after it, which must not take its urgency away.
    for (const [end, kind] of [
      ['2026-06-08', 'urgent'],
      ['2026-06-04', 'lapsed'],
    ] as const) {
      const input = base({
        vehicles: [vehicle('v1', 'c1'), vehicle('v2', 'c1')],
        policies: [policy('p1', 'v1', end), policy('p2', 'v2', '2026-05-31')],
      });
      const first = computePlan(input);
      const cb = (caseId: string, id: string) =>
        task(id, caseId, 'callback', '2026-06-05', {
          key: `${caseId}:callback:2026-06-05T02:00:00.000Z`,
          dueAt: '2026-06-05T02:00:00.000Z',
        });
      const tasks = [
        ...first.tasks.map((t) =>
          t.caseId === 'v2:2026-05-31' ? { ...t, status: 'done' as const } : t,
        ),
        cb('v1:' + end, 'cb1'),
        cb('v2:2026-05-31', 'cb2'),
      ];
      expect(first.tasks.some((t) => t.caseId === 'v1:' + end && t.kind === kind)).toBe(true);
      const r = computePlan(
        base({
          ...input,
          newId: idFactory('pb'),
          staff: [staff('s1', '甲', 1)],
          cases: first.cases.map((c) => ({ ...c, assigneeId: null, assignReason: null })),
          tasks,
        }),
      );
      expect(owner(r, 'v1:' + end)).toBe('s1');
      expect(owner(r, 'v2:2026-05-31')).toBeNull();
    }
  });

  it('one slot left: the urgent case first, then the nearer end date, then the larger premium', () => {
    // Cars v1 and v2 of one customer, and one person with room for one case.
    const oneSlot = (policies: Policy[]) =>
      computePlan(
        base({
          staff: [staff('s1', '甲', 1)],
          vehicles: [vehicle('v1', 'c1'), vehicle('v2', 'c1')],
          policies,
        }),
      );
    // Urgent (ends in 3 days) beats a d15 call.
    const urgent = oneSlot([policy('p1', 'v1', '2026-06-20'), policy('p2', 'v2', '2026-06-08')]);
    expect(owner(urgent, 'v2:2026-06-08')).toBe('s1');
    expect(owner(urgent, 'v1:2026-06-20')).toBeNull();
    expect(urgent.stats).toMatchObject({ assigned: 1, unassigned: 1 });
    // Lapsed yesterday also counts as urgent, ahead of a d15 call.
    const lapsed = oneSlot([policy('p1', 'v1', '2026-06-20'), policy('p2', 'v2', '2026-06-04')]);
    expect(owner(lapsed, 'v2:2026-06-04')).toBe('s1');
    // Two d7-stage calls: the one ending sooner first (v2 ends 06-12, v1 06-13).
    const nearer = oneSlot([policy('p1', 'v1', '2026-06-13'), policy('p2', 'v2', '2026-06-12')]);
    expect(owner(nearer, 'v2:2026-06-12')).toBe('s1');
    // Same day: the premiums of both policies of a case add up (800 + 800 > 1500).
    const premium = oneSlot([
      policy('p1', 'v1', '2026-06-20', 'compulsory', { premium: 1500 }),
      policy('p2', 'v2', '2026-06-20', 'compulsory', { premium: 800 }),
      policy('p3', 'v2', '2026-06-22', 'commercial', { premium: 800 }),
    ]);
    expect(owner(premium, 'v2:2026-06-20')).toBe('s1');
  });
});
