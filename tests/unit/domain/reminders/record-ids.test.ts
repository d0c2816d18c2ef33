// Two desks planning the same book offline make the same records: a computed task's id comes
// from its natural key, a case's id is its key.
import { describe, expect, it } from 'vitest';
import { applyOutcome } from '../../../../shared/domain/reminders/outcomes';
import { computePlan, type PlanInput } from '../../../../shared/domain/reminders/plan';
import { TASK_ID_NAMESPACE, taskIdFor } from '../../../../shared/domain/reminders/record-ids';
import type { Task } from '../../../../shared/domain/types';
import { client, planInput, policy, settings } from './fixtures';

const input = (): PlanInput =>
  planInput('2026-06-01', {
    policies: [policy('p1', 'v1', '2026-06-20'), policy('p2', 'v1', '2026-06-23', 'commercial')],
  });

describe('ids of computed records', () => {
  it('taskIdFor is a UUID v5 of the key: stable, and different keys differ', () => {
    const id = taskIdFor('v1:2026-06-20:d15:2026-06-05');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(taskIdFor('v1:2026-06-20:d15:2026-06-05')).toBe(id);
    expect(taskIdFor('v1:2026-06-20:d30:2026-05-21')).not.toBe(id);
  });

  it('the namespace never changes: a key gives the id every earlier desk gave it', () => {
    // Python's uuid.uuid5(UUID('6f1c8c2e-…-0c2d7f9e4b10'), key) gives the same id.
    expect(TASK_ID_NAMESPACE).toBe('6f1c8c2e-3b1d-4a7e-9a43-0c2d7f9e4b10');
    expect(taskIdFor('v1:2026-06-20:d15:2026-06-05')).toBe('82dea717-5c8d-552e-805a-0e1dc106a66c');
  });

  it('two desks computing the plan apart make the same cases and tasks, ids included', () => {
    const deskA = computePlan(input());
    const deskB = computePlan(input());
    expect(deskA.tasks.length).toBeGreaterThan(0);
    expect(deskB.cases.map((c) => c.id)).toEqual(deskA.cases.map((c) => c.id));
    expect(deskB.tasks.map((t) => t.id)).toEqual(deskA.tasks.map((t) => t.id));
    for (const t of deskA.tasks) expect(t.id).toBe(taskIdFor(t.key));
    expect(deskA.cases[0]?.id).toBe('v1:2026-06-20');
  });

  it('a call-back made by an outcome gets the id of its key on every desk', () => {
    const plan = computePlan(input());
    const task = plan.tasks.find((t) => t.status === 'pending') as Task;
    const outcome = () =>
      applyOutcome({
        task,
        case: plan.cases[0]!,
        client: client('c1'),
        caseTasks: plan.tasks,
        input: { outcome: 'callback', at: '2026-06-02T02:00:00.000Z' },
        ctx: {
          now: '2026-06-01T03:00:00.000Z',
          today: '2026-06-01',
          settings: settings(),
          actor: 's1',
          channel: 'call',
        },
      });
    const [a, b] = [outcome(), outcome()];
    expect(a.newTasks).toHaveLength(1);
    expect(a.newTasks[0]?.id).toBe(taskIdFor(a.newTasks[0]!.key));
    expect(b.newTasks[0]?.id).toBe(a.newTasks[0]?.id);
  });
});
