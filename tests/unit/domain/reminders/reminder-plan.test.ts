import { describe, expect, it } from 'vitest';
import { reminderPlanSchema } from '../../../../shared/ipc/schemas';
import { buildReminderPlan } from '../../../../shared/domain/reminders/reminder-plan';
import type { Task } from '../../../../shared/domain/types';

const task = (
  id: string,
  dueDate: string,
  kind: Task['kind'] = 'tier',
  patch: Partial<Task> = {},
): Task => ({
  id,
  createdAt: 'x',
  updatedAt: 'x',
  updatedBy: 'x',
  caseId: 'c',
  kind,
  tier: kind === 'tier' ? 'd30' : kind,
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

/** Built inside each test (not at load), so mutation testing can tell which test reached what. */
function sampleTasks() {
  return [
    ...Array.from({ length: 9 }, (_, i) => task(`t${i}`, '2026-06-01')),
    ...Array.from({ length: 3 }, (_, i) => task(`u${i}`, '2026-05-31', 'urgent')),
    task('later', '2026-06-03'),
    task('done', '2026-06-01', 'tier', { status: 'done' }),
    task('cb', '2026-06-01', 'callback', { dueAt: '2026-06-01T06:30:00.000Z' }),
    task('other', '2026-06-01', 'tier', { assigneeId: 's2' }),
  ];
}
function samplePlan() {
  const tasks = sampleTasks();
  return buildReminderPlan({
    now: '2026-06-01T00:00:00.000Z',
    today: '2026-06-01',
    settings,
    tasks,
    days: 3,
  });
}

describe('reminder plan', () => {
  it('digest text with counts, at the digest time, for my tasks only', () => {
    const plan = samplePlan();
    const digest = plan.items.find((i) => i.id === 'digest:2026-06-01');
    expect(digest?.body).toBe('今天有 13 个续保电话，其中 3 个紧急');
    expect(digest?.at).toBe('2026-06-01T08:30:00+08:00');
    expect(plan.dueCount).toBe(13);
    expect(plan.items.find((i) => i.id === 'digest:2026-06-03')?.body).toBe(
      '今天有 14 个续保电话，其中 3 个紧急',
    );
  });

  it('one item per call-back at its time, stable ids, valid against the IPC schema', () => {
    const tasks = sampleTasks();
    const plan = samplePlan();
    expect(plan.items.filter((i) => i.kind === 'callback')).toEqual([
      expect.objectContaining({
        id: 'callback:cb:2026-06-01T06:30:00.000Z',
        taskId: 'cb',
        at: '2026-06-01T06:30:00.000Z',
      }),
    ]);
    expect(reminderPlanSchema.safeParse(plan).success).toBe(true);
    const again = buildReminderPlan({
      now: '2026-06-01T00:05:00.000Z',
      today: '2026-06-01',
      settings,
      tasks,
      days: 3,
    });
    expect(again.items.map((i) => i.id)).toEqual(plan.items.map((i) => i.id));
  });

  it('writes the digest and call-back texts in the language chosen in Settings', () => {
    const tasks = sampleTasks();
    const plan = samplePlan();
    const english = buildReminderPlan({
      now: '2026-06-01T00:00:00.000Z',
      today: '2026-06-01',
      settings: { ...settings, notificationsShowNames: true },
      tasks,
      days: 3,
      lang: 'en',
      describe: () => 'Zhang San 京A12345',
    });
    expect(english.lang).toBe('en');
    expect(english.items.find((i) => i.id === 'digest:2026-06-01')).toMatchObject({
      title: 'Renewal reminder',
      body: '13 renewal calls today, 3 of them urgent',
    });
    expect(english.items.find((i) => i.kind === 'callback')).toMatchObject({
      title: 'Time to call back',
      body: 'Zhang San 京A12345 asked to be called back now.',
    });
    expect(reminderPlanSchema.safeParse(english).success).toBe(true);
    expect(plan.lang).toBe('zh-CN');
  });

  it('call-back text names no customer by default, even when a describer is given', () => {
    const tasks = sampleTasks();
    const input = {
      now: '2026-06-01T00:00:00.000Z',
      today: '2026-06-01',
      tasks,
      days: 3,
      describe: () => '张三 京A12345',
    };
    const generic = buildReminderPlan({ ...input, settings });
    const text = JSON.stringify(generic.items);
    expect(text).not.toContain('张三');
    expect(text).not.toContain('京A12345');
    expect(generic.items.find((i) => i.kind === 'callback')?.body).toBe(
      '客户约定的回电时间到了，请现在联系。',
    );

    const named = buildReminderPlan({
      ...input,
      settings: { ...settings, notificationsShowNames: true },
    });
    expect(named.items.find((i) => i.kind === 'callback')?.body).toBe(
      '张三 京A12345 约定的回电时间到了，请现在联系。',
    );
    // The digest is counts only, whatever the setting.
    expect(named.items.filter((i) => i.kind === 'digest').map((i) => i.body)).toEqual(
      generic.items.filter((i) => i.kind === 'digest').map((i) => i.body),
    );
  });
});
