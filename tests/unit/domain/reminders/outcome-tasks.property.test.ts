// Property: whatever outcomes are logged, on whichever pending task and day, an outcome never
// makes a second open task for something the case already has (one call-back per time, one
// wrong-number check per day), makes at most one task, and a closing outcome leaves the case
// with no open task at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/domain/china-date';
import { applyOutcome } from '../../../../shared/domain/reminders/outcomes';
import { computePlan } from '../../../../shared/domain/reminders/plan';
import {
  OUTCOMES,
  type ClientCore,
  type RenewalCase,
  type Task,
} from '../../../../shared/domain/types';
import { client, idFactory, outcomeInput, planInput, settings } from './fixtures';

type Step = { pick: number; outcome: (typeof OUTCOMES)[number]; advance: number; hour: number };

const stepArb: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(),
  outcome: fc.constantFrom(...OUTCOMES),
  advance: fc.nat(2),
  hour: fc.integer({ min: 1, max: 12 }),
});

// Few distinct call-back times, so the same call-back is often agreed twice.
const callbackAt = (step: Step, today: string) =>
  `${addDays(today, 1)}T0${step.hour % 3}:00:00.000Z`;

describe('outcomes and open tasks (fast-check)', () => {
  it('no outcome creates a second open task for the same purpose; closing leaves none', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 15 }), (steps) => {
        let today = '2026-06-05';
        const plan = computePlan(
          planInput(today, {
            // Stale details, so the plan also makes a verify task.
            clients: [client('c1', { lastVerifiedOn: '2024-01-01' })],
            newId: idFactory('p'),
          }),
        );
        let kase = plan.cases[0] as RenewalCase;
        let customer: ClientCore = client('c1', { lastVerifiedOn: '2024-01-01' });
        let tasks: Task[] = plan.tasks;
        const newId = idFactory('o');
        for (const step of steps) {
          today = addDays(today, step.advance);
          const pending = tasks.filter((t) => t.status === 'pending');
          const picked = pending[step.pick % Math.max(pending.length, 1)];
          if (!picked) break;
          const r = applyOutcome({
            task: picked,
            case: kase,
            client: customer,
            caseTasks: tasks,
            input: outcomeInput(step.outcome, callbackAt(step, today), {
              quoted: 3000,
              premium: 3000,
            }),
            ctx: {
              now: `${today}T0${step.hour % 10}:00:00.000Z`,
              today,
              settings: settings(),
              actor: 's1',
              channel: 'call',
              newId,
            },
          });
          expect(r.newTasks.length).toBeLessThanOrEqual(1);
          for (const t of r.newTasks) expect(tasks.some((old) => old.key === t.key)).toBe(false);
          const changed = new Map(
            [r.task, ...r.cancelledTasks, ...r.verifiedTasks].map((t) => [t.id, t]),
          );
          tasks = [...tasks.map((t) => changed.get(t.id) ?? t), ...r.newTasks];
          kase = r.case;
          customer = r.client ?? customer;
          const open = tasks.filter((t) => t.status === 'pending');
          expect(new Set(open.map((t) => t.key)).size).toBe(open.length);
          if (['renewed', 'lost', 'do_not_contact'].includes(step.outcome)) {
            expect(open).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
