import { describe, expect, it } from 'vitest';
import {
  applyOutcome,
  OutcomeError,
  type OutcomeInput,
} from '../../../../shared/domain/reminders/outcomes';
import { computePlan } from '../../../../shared/domain/reminders/plan';
import type { Task } from '../../../../shared/domain/types';
import { client, idFactory, planInput, settings } from './fixtures';

function setup() {
  const plan = computePlan(planInput('2026-06-05', { newId: idFactory() }));
  const task = plan.tasks.find((t) => t.tier === 'd15') as Task;
  return { plan, task, kase: plan.cases[0]!, c: client('c1') };
}

function apply(input: OutcomeInput, today = '2026-06-05', task?: Task) {
  const { plan, task: t, kase, c } = setup();
  return applyOutcome({
    task: task ?? t,
    case: kase,
    client: c,
    caseTasks: plan.tasks,
    input,
    ctx: {
      now: `${today}T03:00:00.000Z`,
      today,
      settings: settings(),
      actor: 's1',
      channel: 'call',
      scriptId: 'default:d15:call',
      scriptVersion: 2,
      newId: idFactory('n'),
    },
  });
}

describe('outcomes', () => {
  it('a call that reaches the customer also completes the case’s due verify task', () => {
    const { plan } = setup();
    const verify = plan.tasks.find((t) => t.kind === 'verify');
    expect(verify!.dueDate <= '2026-06-05').toBe(true);
    const quoted = apply({ outcome: 'quoted', amount: 3000 });
    expect(quoted.verifiedTasks.map((t) => [t.key, t.status])).toEqual([[verify!.key, 'done']]);
    expect(quoted.verifiedTasks[0]!.attempts.at(-1)?.outcome).toBe('quoted');
    expect(quoted.client?.lastVerifiedOn).toBe('2026-06-05');
    // Not reached: the details are not confirmed, the verify task stays for the next call.
    const missed = apply({ outcome: 'no_answer' });
    expect(missed.verifiedTasks).toEqual([]);
    expect(missed.client).toBeNull();
  });

  it('no answer on Friday → retry Monday, attempt recorded with the script version', () => {
    const r = apply({ outcome: 'no_answer' });
    expect(r.task).toMatchObject({ status: 'pending', dueDate: '2026-06-08' });
    expect(r.task.attempts).toEqual([
      expect.objectContaining({ outcome: 'no_answer', scriptVersion: 2, byStaffId: 's1' }),
    ]);
  });

  it('busy after max attempts → done, no more retries', () => {
    const { task } = setup();
    const tried = {
      ...task,
      attempts: [1, 2].map(() => ({ at: 'x', channel: 'call' as const, outcome: 'busy' as const })),
    };
    expect(apply({ outcome: 'busy' }, '2026-06-05', tried).task.status).toBe('done');
  });

  it('call back at a time → callback task at that time, case contacted', () => {
    const r = apply({ outcome: 'callback', at: '2026-06-06T06:30:00.000Z' });
    expect(r.newTasks).toEqual([
      expect.objectContaining({
        kind: 'callback',
        dueDate: '2026-06-06',
        dueAt: '2026-06-06T06:30:00.000Z',
        status: 'pending',
      }),
    ]);
    expect(r.case.state).toBe('contacted');
  });

  it('quoted → case quoted with the amount', () => {
    expect(apply({ outcome: 'quoted', amount: 3200 }).case).toMatchObject({
      state: 'quoted',
      quotedPremium: 3200,
    });
  });

  it('quoted on Friday → a follow-up call on Tuesday, the second working day after', () => {
    const r = apply({ outcome: 'quoted', amount: 3200 });
    expect(r.newTasks).toEqual([
      expect.objectContaining({
        kind: 'callback',
        tier: 'followup',
        dueDate: '2026-06-09',
        dueAt: null,
        status: 'pending',
      }),
    ]);
    expect(r.task.attempts.at(-1)?.detail).toEqual({ amount: 3200 });
  });

  it('a new quote replaces the pending follow-up of an earlier one', () => {
    const first = apply({ outcome: 'quoted', amount: 3200 });
    const followUp = first.newTasks[0]!;
    const { plan, kase, c } = setup();
    const second = applyOutcome({
      task: followUp,
      case: first.case,
      client: c,
      caseTasks: [...plan.tasks.filter((t) => t.caseId === kase.id), followUp],
      input: { outcome: 'quoted', amount: 3000 },
      ctx: {
        now: '2026-06-09T03:00:00.000Z',
        today: '2026-06-09',
        settings: settings(),
        actor: 's1',
        channel: 'call',
        newId: idFactory('m'),
      },
    });
    expect(second.task).toMatchObject({ id: followUp.id, status: 'done' });
    expect(second.newTasks.map((t) => [t.tier, t.dueDate])).toEqual([['followup', '2026-06-11']]);
    // An earlier follow-up still pending on another task is cancelled, not doubled.
    const other = { ...followUp, id: 'older', key: `${kase.id}:followup:2026-06-08:quote` };
    const third = applyOutcome({
      task: plan.tasks.find((t) => t.tier === 'd15')!,
      case: first.case,
      client: c,
      caseTasks: [...plan.tasks, other],
      input: { outcome: 'quoted', amount: 2900 },
      ctx: {
        now: '2026-06-05T05:00:00.000Z',
        today: '2026-06-05',
        settings: settings(),
        actor: 's1',
        channel: 'call',
        newId: idFactory('k'),
      },
    });
    expect(third.cancelledTasks.map((t) => [t.id, t.cancelReason])).toEqual([
      ['older', 'superseded'],
    ]);
  });

  it('keeps the note as written and the details as data', () => {
    const { plan, task, kase, c } = setup();
    const r = applyOutcome({
      task,
      case: kase,
      client: c,
      caseTasks: plan.tasks,
      input: { outcome: 'lost', reason: '其他', reasonText: ' 朋友在保险公司 ' },
      ctx: {
        now: '2026-06-05T03:00:00.000Z',
        today: '2026-06-05',
        settings: settings(),
        actor: 's1',
        channel: 'call',
        note: '  下次不用再打 ',
        newId: idFactory('n'),
      },
    });
    expect(r.task.attempts.at(-1)).toMatchObject({
      note: '下次不用再打',
      detail: { reason: '其他', reasonText: '朋友在保险公司' },
    });
    expect(apply({ outcome: 'no_answer' }).task.attempts.at(-1)).toMatchObject({
      note: null,
      detail: null,
    });
  });

  it('renewed → case closed, other pending tasks cancelled', () => {
    const r = apply({ outcome: 'renewed', insurer: '平安', premium: 3100 });
    expect(r.case).toMatchObject({
      state: 'renewed',
      renewedInsurer: '平安',
      renewedPremium: 3100,
    });
    expect(r.case.closedAt).toBeTruthy();
    expect(r.cancelledTasks.length).toBeGreaterThan(0);
    expect(r.cancelledTasks.every((t) => t.status === 'cancelled')).toBe(true);
  });

  it('lost with a listed reason closes; an unlisted reason is refused in Chinese', () => {
    expect(apply({ outcome: 'lost', reason: '价格' }).case).toMatchObject({
      state: 'lost',
      lostReason: '价格',
    });
    expect(() => apply({ outcome: 'lost', reason: '不知道' })).toThrow(OutcomeError);
    expect(() => apply({ outcome: 'lost', reason: '不知道' })).toThrow(/流失原因/);
  });

  it('wrong number → a verify task today', () => {
    const r = apply({ outcome: 'wrong_number' });
    expect(r.newTasks).toEqual([
      expect.objectContaining({ kind: 'verify', dueDate: '2026-06-05' }),
    ]);
  });

  it('do-not-contact → client refused for 6 months, pending tasks cancelled', () => {
    const r = apply({ outcome: 'do_not_contact' });
    expect(r.client?.doNotContactUntil).toBe('2026-12-05');
    expect(r.cancelledTasks.length).toBeGreaterThan(0);
  });

  it('a done task takes no second outcome', () => {
    const { task } = setup();
    expect(() => apply({ outcome: 'sent' }, '2026-06-05', { ...task, status: 'done' })).toThrow(
      OutcomeError,
    );
  });
});
