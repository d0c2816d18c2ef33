import { describe, expect, it } from 'vitest';
import type { TaskView } from '../../../renderer/db/repositories/plan-queries';
import { visibleTasks } from '../../../renderer/features/tasks/visible-tasks';
import { textRef } from '../../../shared/i18n';
import { client, policy, task, vehicle } from '../domain/reminders/fixtures';

const TODAY = '2026-03-10';

function view(id: string, dueDate: string, name: string, plate: string, phone: string): TaskView {
  const c = client(`c${id}`, { name, phones: [phone] });
  const v = vehicle(`v${id}`, c.id, { plate });
  return {
    task: task(`t${id}`, `v${id}:2026-04-01`, 'd30', dueDate),
    case: null,
    client: c,
    vehicle: v,
    policies: [policy(`p${id}`, v.id, '2026-04-01')],
    assigneeName: null,
    daysLeft: 22,
    premium: 1000,
    lastOutcome: null,
    overdue: false,
    doNotContact: false,
    group: 'savable',
    verifyAlong: false,
    reason: textRef('common:tiers.d30'),
  };
}

const rows = [
  view('1', '2026-03-09', '林芳', '粤B12345', '13811112222'),
  view('2', '2026-03-10', '王小明', '京AK7Q21', '13933334444'),
  view('3', '2026-03-12', '张三', '沪C55555', '13755556666'),
];
const ids = (list: TaskView[]) => list.map((v) => v.task.id);

describe('visibleTasks', () => {
  it('hides tasks due after today unless asked for them', () => {
    expect(ids(visibleTasks(rows, { today: TODAY, upcoming: false, search: '' }))).toEqual([
      't1',
      't2',
    ]);
    expect(ids(visibleTasks(rows, { today: TODAY, upcoming: true, search: '' }))).toEqual([
      't1',
      't2',
      't3',
    ]);
  });

  it.each([
    ['林', 't1'],
    ['lfang', 't1'],
    ['wxm', 't2'],
    ['4444', 't2'],
    ['AK7Q21', 't2'],
    ['粤B123', 't1'],
  ])('finds the customer by %s', (search, id) => {
    expect(ids(visibleTasks(rows, { today: TODAY, upcoming: true, search }))).toEqual([id]);
  });

  it('keeps a later task that is done or cancelled (a record, not work waiting)', () => {
    const done = view('4', '2026-03-12', '赵四', '沪D44444', '13677778888');
    done.task = { ...done.task, status: 'cancelled' };
    expect(ids(visibleTasks([done], { today: TODAY, upcoming: false, search: '' }))).toEqual([
      't4',
    ]);
  });

  it('searches only the tasks the day filter shows', () => {
    expect(ids(visibleTasks(rows, { today: TODAY, upcoming: false, search: '张三' }))).toEqual([]);
  });
});
