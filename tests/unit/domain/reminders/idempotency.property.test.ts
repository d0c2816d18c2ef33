// Property: any sequence of imports, recomputes, restarts and outcomes yields no duplicate
// task or case and loses no recorded attempt; a recompute right after a recompute is a no-op.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/domain/china-date';
import { applyOutcome, type OutcomeInput } from '../../../../shared/domain/reminders/outcomes';
import { computePlan, type PlanInput } from '../../../../shared/domain/reminders/plan';
import {
  OUTCOMES,
  type ClientCore,
  type Policy,
  type RenewalCase,
  type Task,
} from '../../../../shared/domain/types';
import { client, idFactory, outcomeInput, policy, settings, staff, vehicle } from './fixtures';

type Op =
  | { op: 'import'; vehicle: number; offset: number; kind: 'compulsory' | 'commercial' }
  | { op: 'recompute'; advance: number }
  | { op: 'restart' }
  | { op: 'outcome'; pick: number; outcome: OutcomeInput['outcome'] };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('import' as const),
    vehicle: fc.nat(3),
    offset: fc.integer({ min: -20, max: 400 }),
    kind: fc.constantFrom('compulsory' as const, 'commercial' as const),
  }),
  fc.record({ op: fc.constant('recompute' as const), advance: fc.nat(12) }),
  fc.record({ op: fc.constant('restart' as const) }),
  fc.record({
    op: fc.constant('outcome' as const),
    pick: fc.nat(),
    outcome: fc.constantFrom(...OUTCOMES) as fc.Arbitrary<OutcomeInput['outcome']>,
  }),
);

const AMOUNTS = { quoted: 1234, premium: 2000 };

describe('plan idempotency (fast-check)', () => {
  it('no duplicate, no lost outcome, recompute twice = no change', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const s = settings();
        let clients: ClientCore[] = [0, 1, 2, 3].map((i) => client(`c${i}`));
        const vehicles = [0, 1, 2, 3].map((i) => vehicle(`v${i}`, `c${i}`));
        const policies: Policy[] = [policy('p0', 'v0', '2026-06-20')];
        let cases: RenewalCase[] = [];
        let tasks: Task[] = [];
        let today = '2026-05-15';
        const newId = idFactory('task');
        const attemptsSeen = new Map<string, number>();
        const recompute = (): void => {
          const run = (): ReturnType<typeof computePlan> =>
            computePlan({
              today,
              now: `${today}T01:00:00.000Z`,
              settings: s,
              clients,
              vehicles,
              policies,
              cases,
              tasks,
              staff: [staff('s1', '张三', 5)],
              newId,
            } satisfies PlanInput);
          const r = run();
          cases = r.cases;
          tasks = r.tasks;
          const again = run();
          expect(again.changedTasks).toEqual([]);
          expect(again.changedCases).toEqual([]);
        };
        for (const op of ops) {
          if (op.op === 'import') {
            const end = addDays('2026-05-15', op.offset);
            const dup = policies.find(
              (p) => p.vehicleId === `v${op.vehicle}` && p.kind === op.kind && p.endDate === end,
            );
            if (!dup) policies.push(policy(`p${policies.length}`, `v${op.vehicle}`, end, op.kind));
            recompute();
          } else if (op.op === 'recompute') {
            today = addDays(today, op.advance);
            recompute();
          } else if (op.op === 'restart') {
            // A restart reloads everything from storage: a structured clone of what was saved.
            [cases, tasks, clients] = structuredClone([cases, tasks, clients]);
            recompute();
          } else {
            const pending = tasks.filter((t) => t.status === 'pending');
            const task = pending[op.pick % Math.max(pending.length, 1)];
            if (!task) continue;
            const kase = cases.find((c) => c.id === task.caseId)!;
            const who = clients.find((c) => c.id === kase.clientId) ?? null;
            const r = applyOutcome({
              task,
              case: kase,
              client: who,
              caseTasks: tasks.filter((t) => t.caseId === kase.id),
              input: outcomeInput(op.outcome, `${addDays(today, 1)}T06:00:00.000Z`, AMOUNTS),
              ctx: {
                now: `${today}T02:00:00.000Z`,
                today,
                settings: s,
                actor: 's1',
                channel: 'call',
                newId,
              },
            });
            const changed = new Map([r.task, ...r.cancelledTasks].map((t) => [t.id, t]));
            tasks = [...tasks.map((t) => changed.get(t.id) ?? t), ...r.newTasks];
            cases = cases.map((c) => (c.id === r.case.id ? r.case : c));
            if (r.client) clients = clients.map((c) => (c.id === r.client!.id ? r.client! : c));
          }
          const keys = tasks.map((t) => t.key);
          expect(new Set(keys).size).toBe(keys.length);
          expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
          expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
          const policyOwners = cases.flatMap((c) => c.policyIds);
          expect(new Set(policyOwners).size).toBe(policyOwners.length);
          for (const t of tasks) {
            expect(t.attempts.length).toBeGreaterThanOrEqual(attemptsSeen.get(t.id) ?? 0);
            attemptsSeen.set(t.id, t.attempts.length);
          }
          for (const id of attemptsSeen.keys()) expect(tasks.some((t) => t.id === id)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
