// Outcome details the mutation run showed untested (issue 15): the error's code, the purpose and
// consent a sent message records, the follow-up key of a quote, which tasks a new quote
// replaces (only earlier follow-ups), and a blank 其他 text.
import { describe, expect, it } from 'vitest';
import {
  applyOutcome,
  OutcomeError,
  type OutcomeContext,
  type OutcomeInput,
} from '../../../../shared/domain/reminders/outcomes';
import type { Task } from '../../../../shared/domain/types';
import { client, renewalCase, settings, task } from './fixtures';

// 2026-06-05 is a Friday: a quote that day is followed up on Tuesday 2026-06-09.
const TODAY = '2026-06-05';
const NOW = '2026-06-05T03:00:00.000Z';

function run(
  input: OutcomeInput,
  caseTasks?: (caseId: string) => Task[],
  c: Partial<OutcomeContext> = {},
) {
  const kase = renewalCase('v1', '2026-06-20', { assigneeId: 's1' });
  const d15 = task('t-d15', kase.id, 'd15', TODAY);
  let n = 0;
  return applyOutcome({
    task: d15,
    case: kase,
    client: client('c1'),
    caseTasks: [d15, ...(caseTasks?.(kase.id) ?? [])],
    input,
    ctx: {
      now: NOW,
      today: TODAY,
      settings: settings(),
      actor: 's2',
      channel: 'call',
      newId: () => `new${++n}`,
      ...c,
    },
  });
}

describe('outcome edges', () => {
  it('an outcome on a task no longer pending is an outcome error (code "outcome")', () => {
    const kase = renewalCase('v1', '2026-06-20');
    const done = task('t', kase.id, 'd15', TODAY, { status: 'done' });
    let error: unknown;
    try {
      applyOutcome({
        task: done,
        case: kase,
        client: null,
        caseTasks: [done],
        input: { outcome: 'no_answer' },
        ctx: { now: NOW, today: TODAY, settings: settings(), actor: 's2', channel: 'call' },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutcomeError);
    expect((error as OutcomeError).code).toBe('outcome');
    expect((error as OutcomeError).text.key).toBe('errors:outcome.notPending');
  });

  it('a sent message records its purpose and the consent it relied on; no consent is null', () => {
    const consent = {
      purpose: 'marketing' as const,
      at: '2026-05-01T02:00:00.000Z',
      how: 'verbal' as const,
      byStaffId: 's1',
    };
    const withConsent = run({ outcome: 'sent' }, undefined, {
      channel: 'sms',
      purpose: 'marketing',
      consent,
    });
    expect(withConsent.task.attempts.at(-1)).toMatchObject({ purpose: 'marketing', consent });
    const service = run({ outcome: 'sent' }, undefined, { channel: 'sms', purpose: 'service' });
    expect(service.task.attempts.at(-1)).toMatchObject({ purpose: 'service', consent: null });
    // A call carries neither.
    const call = run({ outcome: 'no_answer' });
    expect(call.task.attempts.at(-1)).not.toHaveProperty('purpose');
    expect(call.task.attempts.at(-1)).not.toHaveProperty('consent');
  });

  it('a quote makes the follow-up keyed case:followup:date:quote, 2 working days later', () => {
    const r = run({ outcome: 'quoted', amount: 3200 });
    expect(r.newTasks.map((t) => [t.key, t.dueDate, t.kind])).toEqual([
      ['v1:2026-06-20:followup:2026-06-09:quote', '2026-06-09', 'callback'],
    ]);
  });

  it('a new quote cancels an earlier follow-up only; its own follow-up and other calls stay', () => {
    const tasks = (id: string) => [
      task('t-d7', id, 'd7', '2026-06-12'),
      task('t-fu-old', id, 'followup', '2026-06-03', { key: `${id}:followup:2026-06-03:quote` }),
      task('t-fu-same', id, 'followup', '2026-06-09', { key: `${id}:followup:2026-06-09:quote` }),
    ];
    const r = run({ outcome: 'quoted', amount: 3200 }, tasks);
    expect(r.cancelledTasks.map((t) => [t.id, t.cancelReason])).toEqual([
      ['t-fu-old', 'superseded'],
    ]);
  });

  it('an outcome other than a quote leaves a pending follow-up alone', () => {
    const tasks = (id: string) => [
      task('t-fu', id, 'followup', '2026-06-08', { key: `${id}:followup:2026-06-08:quote` }),
    ];
    const r = run({ outcome: 'callback', at: '2026-06-08T06:00:00.000Z' }, tasks);
    expect(r.cancelledTasks).toEqual([]);
  });

  it('a 其他 reason whose text is only spaces records the reason alone', () => {
    const r = run({ outcome: 'lost', reason: '其他', reasonText: '   ' });
    expect(r.task.attempts.at(-1)?.detail).toEqual({ reason: '其他' });
    const typed = run({ outcome: 'lost', reason: '其他', reasonText: ' 搬家 ' });
    expect(typed.task.attempts.at(-1)?.detail).toEqual({ reason: '其他', reasonText: '搬家' });
  });
});
