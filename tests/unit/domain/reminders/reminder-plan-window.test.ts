// The notification plan's window to the day and the minute: `days` days from today included
// (7 by default), a task due on the last day counted and one due the day after not; call-backs
// from 00:00 China time today up to (not including) 00:00 after the last day; no digest on a day
// with nothing waiting; lapsed counts as urgent; everyone's tasks when no staff member is set.
import { describe, expect, it } from 'vitest';
import { buildReminderPlan } from '../../../../shared/domain/reminders/reminder-plan';
import type { Task } from '../../../../shared/domain/types';

const task = (id: string, dueDate: string, patch: Partial<Task> = {}): Task => ({
  id,
  createdAt: 'x',
  updatedAt: 'x',
  updatedBy: 'x',
  caseId: 'c',
  kind: 'tier',
  tier: 'd30',
  key: id,
  dueDate,
  assigneeId: 's1',
  status: 'pending',
  attempts: [],
  ...patch,
});

const settings = {
  digestTime: '08:30',
  doNotDisturb: false,
  currentStaffId: 's1',
  notificationsShowNames: false,
};

const build = (tasks: Task[], over: Partial<Parameters<typeof buildReminderPlan>[0]> = {}) =>
  buildReminderPlan({
    now: '2026-06-01T00:00:00.000Z',
    today: '2026-06-01',
    settings,
    tasks,
    ...over,
  });

const digests = (plan: ReturnType<typeof buildReminderPlan>) =>
  plan.items.filter((i) => i.kind === 'digest').map((i) => `${i.id} ${i.body}`);

describe('reminder plan window', () => {
  it('7 days by default: a task due on day 7 counts, one due on day 8 does not', () => {
    const plan = build([task('d7', '2026-06-07'), task('d8', '2026-06-08')]);
    expect(digests(plan)).toEqual(['digest:2026-06-07 今天有 1 个续保电话']);
  });

  it('no digest while nothing waits; from the first due day on, every day with a running total', () => {
    const plan = build([task('a', '2026-06-02'), task('b', '2026-06-04', { kind: 'lapsed' })], {
      days: 4,
    });
    expect(digests(plan)).toEqual([
      'digest:2026-06-02 今天有 1 个续保电话',
      'digest:2026-06-03 今天有 1 个续保电话',
      'digest:2026-06-04 今天有 2 个续保电话，其中 1 个紧急',
    ]);
    expect(plan.dueCount).toBe(0);
    expect(plan.generatedAt).toBe('2026-06-01T00:00:00.000Z');
  });

  it('today’s digest counts what is due today and before; due tomorrow is not in it', () => {
    const plan = build(
      [
        task('old', '2026-05-20', { kind: 'urgent' }),
        task('today', '2026-06-01'),
        task('t', '2026-06-02'),
      ],
      { days: 2 },
    );
    expect(digests(plan)).toEqual([
      'digest:2026-06-01 今天有 2 个续保电话，其中 1 个紧急',
      'digest:2026-06-02 今天有 3 个续保电话，其中 1 个紧急',
    ]);
    expect(plan.dueCount).toBe(2);
  });

  it('call-backs from 00:00 today (China time) to before 00:00 after the last day', () => {
    const cb = (id: string, dueAt: string) =>
      task(id, dueAt.slice(0, 10), { kind: 'callback', tier: 'callback', dueAt });
    const plan = build(
      [
        cb('before', '2026-05-31T15:59:59.000Z'), // 23:59:59 yesterday in Beijing
        cb('first', '2026-05-31T16:00:00.000Z'), // 00:00 today
        cb('last', '2026-06-02T15:59:59.000Z'), // 23:59:59 on the last day
        cb('after', '2026-06-02T16:00:00.000Z'), // 00:00 the day after
        task('untimed', '2026-06-01', { kind: 'callback', tier: 'callback' }),
      ],
      { days: 2 },
    );
    expect(plan.items.filter((i) => i.kind === 'callback').map((i) => i.taskId)).toEqual([
      'first',
      'last',
    ]);
  });

  it('everyone’s tasks when the desk has no staff member set; done and cancelled never', () => {
    const tasks = [
      task('mine', '2026-06-01'),
      task('theirs', '2026-06-01', { assigneeId: 's2' }),
      task('nobody', '2026-06-01', { assigneeId: null }),
      task('done', '2026-06-01', { status: 'done' }),
      task('cancelled', '2026-06-01', { status: 'cancelled' }),
    ];
    expect(build(tasks, { days: 1 }).dueCount).toBe(1);
    expect(
      build(tasks, { days: 1, settings: { ...settings, currentStaffId: null } }).dueCount,
    ).toBe(3);
  });

  it('items in time order; the same minute by id; do-not-disturb passed on', () => {
    const plan = build(
      [
        task('z', '2026-06-01', {
          kind: 'callback',
          tier: 'callback',
          dueAt: '2026-06-01T00:30:00.000Z',
        }),
        task('a', '2026-06-01', {
          kind: 'callback',
          tier: 'callback',
          dueAt: '2026-06-01T00:30:00.000Z',
        }),
      ],
      { days: 1, settings: { ...settings, doNotDisturb: true } },
    );
    // 08:30 Beijing is 00:30 UTC: the digest and both call-backs share the minute.
    expect(plan.items.map((i) => i.id)).toEqual([
      'callback:a:2026-06-01T00:30:00.000Z',
      'callback:z:2026-06-01T00:30:00.000Z',
      'digest:2026-06-01',
    ]);
    expect(plan.doNotDisturb).toBe(true);
  });

  it('escalations for the signed-in person join the plan', () => {
    const plan = build([], {
      days: 1,
      escalations: [
        { id: 'e1', to: 's1', reason: 'manual', raisedAt: '2026-05-31T23:00:00.000Z' },
        { id: 'e2', to: 's2', reason: 'manual', raisedAt: '2026-05-31T23:00:00.000Z' },
      ],
    });
    expect(plan.items.map((i) => i.id)).toEqual(['escalation:e1']);
  });
});
