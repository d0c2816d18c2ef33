// Property: however many cases, people, capacities and existing loads, assignment never gives
// anyone more than their daily capacity (counting what they already hold), gives nothing to an
// inactive person, answers for every case once, and leaves a case unassigned only when every
// active person is full.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignCases,
  type AssignmentCandidate,
} from '../../../../shared/domain/reminders/assignment';
import { staff } from './fixtures';

const staffArb = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    capacity: fc.nat(4),
    active: fc.boolean(),
    load: fc.nat(5),
  }),
  { selector: (s) => s.id, maxLength: 4 },
);

const candidateArb: fc.Arbitrary<AssignmentCandidate> = fc.record({
  caseId: fc.string({ minLength: 1, maxLength: 4 }),
  urgent: fc.boolean(),
  daysToExpiry: fc.integer({ min: -30, max: 45 }),
  premium: fc.nat(9000),
  previousAssigneeId: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'x')),
  importStaffName: fc.option(fc.constantFrom('甲a', '甲b', '无名')),
});

describe('assignment and capacity (fast-check)', () => {
  it('never above capacity, never to inactive staff, every case answered once', () => {
    fc.assert(
      fc.property(
        staffArb,
        fc.uniqueArray(candidateArb, { selector: (c) => c.caseId, maxLength: 20 }),
        (people, candidates) => {
          const team = people.map((p) =>
            staff(p.id, `甲${p.id}`, p.capacity, { active: p.active }),
          );
          const load = new Map(people.map((p) => [p.id, p.load]));
          const result = assignCases(candidates, team, load);
          expect(result.map((r) => r.caseId).sort()).toEqual(
            candidates.map((c) => c.caseId).sort(),
          );
          for (const p of people) {
            const given = result.filter((r) => r.staffId === p.id).length;
            if (!p.active) expect(given).toBe(0);
            expect(given).toBeLessThanOrEqual(Math.max(0, p.capacity - p.load));
          }
          const room = people
            .filter((p) => p.active)
            .reduce((sum, p) => sum + Math.max(0, p.capacity - p.load), 0);
          const unassigned = result.filter((r) => r.staffId === null).length;
          expect(unassigned).toBe(Math.max(0, candidates.length - room));
          // The input load is the caller's: untouched.
          expect([...load.values()]).toEqual(people.map((p) => p.load));
        },
      ),
      { numRuns: 300 },
    );
  });
});
