import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n';
import type { TextRef } from '../../../../shared/i18n/text-ref';
import { computePlan, type PlanInput } from '../../../../shared/domain/reminders/plan';
import { client, idFactory, planInput, policy, refusing, stored } from './fixtures';

function base(patch: Partial<PlanInput> = {}): PlanInput {
  return planInput('2026-06-01', {
    policies: [policy('p1', 'v1', '2026-06-20'), policy('p2', 'v1', '2026-06-23', 'commercial')],
    newId: idFactory(),
    ...patch,
  });
}

describe('computePlan', () => {
  it('one case for both policies, current tier task due, assigned with a reason', () => {
    const r = computePlan(base());
    expect(r.cases).toHaveLength(1);
    const c = r.cases[0];
    expect(c).toMatchObject({
      id: 'v1:2026-06-20',
      endDate: '2026-06-20',
      state: 'open',
      assigneeId: 's1',
    });
    expect(c?.policyIds.sort()).toEqual(['p1', 'p2']);
    expect(createTranslator('zh-CN').text(c?.assignReason as TextRef)).toContain('张三');
    const keys = r.tasks.map((t) => t.key);
    expect(keys).toContain('v1:2026-06-20:d30:2026-05-21');
    expect(keys).toContain('v1:2026-06-20:d15:2026-06-05');
    expect(new Set(keys).size).toBe(keys.length);
    expect(r.tasks.every((t) => t.assigneeId === 's1')).toBe(true);
  });

  it('running again changes nothing and keeps recorded attempts', () => {
    const first = computePlan(base());
    const withAttempt = first.tasks.map((t, i) =>
      i === 0
        ? {
            ...t,
            attempts: [
              {
                at: '2026-06-01T02:00:00Z',
                channel: 'call' as const,
                outcome: 'no_answer' as const,
              },
            ],
          }
        : t,
    );
    const second = computePlan(base({ cases: first.cases, tasks: withAttempt }));
    expect(second.changedCases).toEqual([]);
    expect(second.changedTasks).toEqual([]);
    expect(second.tasks.find((t) => t.id === withAttempt[0]?.id)?.attempts).toHaveLength(1);
  });

  it('a later tier supersedes the pending earlier one', () => {
    const first = computePlan(base());
    const later = computePlan(
      base({ today: '2026-06-05', cases: first.cases, tasks: first.tasks }),
    );
    const d30 = later.tasks.find((t) => t.tier === 'd30');
    const d15 = later.tasks.find((t) => t.tier === 'd15');
    expect(d30?.status).toBe('cancelled');
    expect(d15?.status).toBe('pending');
  });

  it('next year’s policy imported closes the case as renewed and cancels its pending tasks', () => {
    const first = computePlan(base());
    const renewal = policy('p3', 'v1', '2027-06-20');
    const after = computePlan(
      base({ policies: [...base().policies, renewal], cases: first.cases, tasks: first.tasks }),
    );
    expect(after.cases.find((c) => c.id === 'v1:2026-06-20')?.state).toBe('renewed');
    expect(after.tasks.filter((t) => t.status === 'pending')).toEqual([]);
    expect(after.cases).toHaveLength(1); // next cycle is far away: no case yet
  });

  it('the renewing policy gone again (import undone): the case reopens as it was, calls back', () => {
    const first = computePlan(base());
    const quoted = first.cases.map((c) => ({ ...c, state: 'quoted' as const }));
    const renewal = policy('p3', 'v1', '2027-06-20');
    const renewed = computePlan(
      base({ policies: [...base().policies, renewal], cases: quoted, tasks: first.tasks }),
    );
    expect(renewed.cases[0]).toMatchObject({
      state: 'renewed',
      closedByPolicy: { state: 'quoted', closedAt: null },
    });
    expect(renewed.tasks.every((t) => t.cancelReason === 'case_closed')).toBe(true);
    const undone = computePlan(base({ cases: renewed.cases, tasks: renewed.tasks }));
    const strip = <T extends { updatedAt: string }>(xs: T[]) =>
      xs.map(({ updatedAt: _u, ...rest }) => rest);
    expect(strip(undone.cases)).toEqual(strip(quoted));
    expect(strip(undone.tasks)).toEqual(strip(first.tasks));
  });

  it('a case renewed by an outcome stays renewed when no later policy exists', () => {
    const first = computePlan(base());
    const byOutcome = first.cases.map((c) => ({ ...c, state: 'renewed' as const }));
    const again = computePlan(base({ cases: byOutcome, tasks: first.tasks }));
    expect(again.cases[0]?.state).toBe('renewed');
  });

  it('calls paused by do-not-contact come back when it ends; superseded ones do not', () => {
    const first = computePlan(base());
    const paused = computePlan(base({ clients: [refusing('2026-06-03')], ...stored(first) }));
    expect(paused.tasks.filter((t) => t.status === 'pending')).toEqual([]);
    const later = computePlan(
      base({ today: '2026-06-05', cases: paused.cases, tasks: paused.tasks }),
    );
    const status = (tier: string) => later.tasks.find((t) => t.tier === tier)?.status;
    expect(status('d15')).toBe('pending'); // paused, wanted again: revived
    expect(status('d30')).toBe('cancelled'); // its slot has passed: stays cancelled
  });

  it('a commercial policy ending a month after the compulsory one is not a renewal', () => {
    const r = computePlan(
      base({
        today: '2026-06-10',
        policies: [
          policy('p1', 'v1', '2026-06-20'),
          policy('p2', 'v1', '2026-07-20', 'commercial'),
        ],
      }),
    );
    expect(r.cases.map((c) => [c.id, c.state])).toEqual([
      ['v1:2026-06-20', 'open'],
      ['v1:2026-07-20', 'open'],
    ]);
  });

  it('closes as lapsed 30 days after the end, with a lapsed task the day after the end', () => {
    const first = computePlan(base({ today: '2026-06-21' }));
    expect(first.tasks.find((t) => t.kind === 'lapsed')?.dueDate).toBe('2026-06-21');
    const on30 = computePlan(base({ today: '2026-07-20', cases: first.cases, tasks: first.tasks }));
    expect(on30.cases[0]?.state).toBe('open');
    const on31 = computePlan(base({ today: '2026-07-21', cases: on30.cases, tasks: on30.tasks }));
    expect(on31.cases[0]?.state).toBe('lapsed');
    expect(on31.tasks.filter((t) => t.status === 'pending')).toEqual([]);
  });

  it('do-not-contact customers get no tasks and the case is flagged', () => {
    const r = computePlan(base({ clients: [client('c1', { doNotContactUntil: '2026-12-01' })] }));
    expect(r.tasks).toEqual([]);
    expect([...r.doNotContactCaseIds]).toEqual(['v1:2026-06-20']);
  });

  it('no case for a cycle long past or far ahead', () => {
    expect(computePlan(base({ policies: [policy('p1', 'v1', '2026-03-01')] })).cases).toEqual([]);
    expect(computePlan(base({ policies: [policy('p1', 'v1', '2026-12-01')] })).cases).toEqual([]);
  });

  it('a second policy arriving later joins the existing case (no duplicate)', () => {
    const first = computePlan(base({ policies: [policy('p2', 'v1', '2026-06-23', 'commercial')] }));
    expect(first.cases[0]?.id).toBe('v1:2026-06-23');
    const second = computePlan(base({ cases: first.cases, tasks: first.tasks }));
    expect(second.cases).toHaveLength(1);
    expect(second.cases[0]).toMatchObject({ id: 'v1:2026-06-23', endDate: '2026-06-20' });
    const pending = second.tasks.filter((t) => t.status === 'pending').map((t) => t.key);
    expect(pending).toContain('v1:2026-06-23:d15:2026-06-05');
    expect(pending.some((k) => k.endsWith('2026-06-08'))).toBe(false);
  });
});
