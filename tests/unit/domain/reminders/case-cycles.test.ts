// Renewal cases and cycles to the day: closed states, the 7-day merge window measured from the
// cycle's first end date, matching an existing case, how far ahead a case opens (earliest tier
// + 15 days) and how long after the end it stays, renewal by status or by a later policy.
import { describe, expect, it } from 'vitest';
import {
  caseIdFor,
  caseLeadDays,
  CLOSED_CASE_STATES,
  cycleIsActive,
  daysToExpiry,
  groupPolicyCycles,
  isClosedState,
  isCycleRenewed,
  laterKindsByCycle,
  matchCase,
  type PolicyCycle,
} from '../../../../shared/domain/reminders/cases';
import type { CaseState } from '../../../../shared/domain/types';
import { policy, renewalCase, settings } from './fixtures';

describe('closed states', () => {
  it('renewed, lost and lapsed are closed; open, contacted and quoted are not', () => {
    const all: CaseState[] = ['open', 'contacted', 'quoted', 'renewed', 'lost', 'lapsed'];
    expect(all.filter(isClosedState)).toEqual(['renewed', 'lost', 'lapsed']);
    expect(CLOSED_CASE_STATES).toEqual(['renewed', 'lost', 'lapsed']);
  });
});

describe('case ids', () => {
  it('vehicle and end date, joined by a colon', () => {
    expect(caseIdFor('v1', '2026-06-20')).toBe('v1:2026-06-20');
  });
});

describe('cycles (merge window 7 days)', () => {
  const ends = (cycles: PolicyCycle[]) =>
    cycles.map((c) => [c.vehicleId, c.endDate, c.policies.map((p) => p.id)]);

  it('a policy ending 7 days after the first joins its cycle; 8 days starts a new one', () => {
    const cycles = groupPolicyCycles(
      [
        policy('c8', 'v1', '2026-06-09', 'commercial'),
        policy('a', 'v1', '2026-06-01'),
        policy('b7', 'v1', '2026-06-08', 'commercial'),
      ],
      7,
    );
    expect(ends(cycles)).toEqual([
      ['v1', '2026-06-01', ['a', 'b7']],
      ['v1', '2026-06-09', ['c8']],
    ]);
  });

  it('the window counts from the cycle’s first end date, not from the last policy added', () => {
    const cycles = groupPolicyCycles(
      [
        policy('a', 'v1', '2026-06-01'),
        policy('b', 'v1', '2026-06-06'),
        policy('c', 'v1', '2026-06-10'),
      ],
      7,
    );
    expect(ends(cycles)).toEqual([
      ['v1', '2026-06-01', ['a', 'b']],
      ['v1', '2026-06-10', ['c']],
    ]);
  });

  it('policies ending the same day keep the order they came in', () => {
    const cycles = groupPolicyCycles(
      [policy('x', 'v1', '2026-06-01'), policy('y', 'v1', '2026-06-01', 'commercial')],
      7,
    );
    expect(ends(cycles)).toEqual([['v1', '2026-06-01', ['x', 'y']]]);
  });

  it('deleted policies are left out; the window comes from the argument', () => {
    const cycles = groupPolicyCycles(
      [
        policy('gone', 'v1', '2026-05-30', 'compulsory', { deletedAt: '2026-06-01' }),
        policy('a', 'v1', '2026-06-01'),
        policy('b', 'v1', '2026-06-04', 'commercial'),
      ],
      2,
    );
    expect(ends(cycles)).toEqual([
      ['v1', '2026-06-01', ['a']],
      ['v1', '2026-06-04', ['b']],
    ]);
  });
});

describe('matching a cycle to an existing case', () => {
  const cycle = (endDate: string, ids: string[]): PolicyCycle => ({
    vehicleId: 'v1',
    endDate,
    policies: ids.map((id) => policy(id, 'v1', endDate)),
  });

  it('a shared policy wins over a case that merely ends close by', () => {
    const near = renewalCase('v1', '2026-06-20', { policyIds: ['x'] });
    const sharing = renewalCase('v1', '2026-03-01', { policyIds: ['p2'] });
    expect(matchCase(cycle('2026-06-20', ['p1', 'p2']), [near, sharing], 7)).toBe(sharing);
  });

  it('no shared policy: a case ending within 7 days either way, not 8', () => {
    const c = renewalCase('v1', '2026-06-20', { policyIds: ['x'] });
    expect(matchCase(cycle('2026-06-27', ['p1']), [c], 7)).toBe(c);
    expect(matchCase(cycle('2026-06-13', ['p1']), [c], 7)).toBe(c);
    expect(matchCase(cycle('2026-06-28', ['p1']), [c], 7)).toBeUndefined();
    expect(matchCase(cycle('2026-06-12', ['p1']), [c], 7)).toBeUndefined();
  });
});

describe('how far ahead a case opens', () => {
  it('earliest tier + 15 days (45 with the default 30/15/7 tiers)', () => {
    expect(caseLeadDays(settings())).toBe(45);
    expect(caseLeadDays({ tiers: [], urgentDaysBefore: 3 })).toBe(18);
    expect(caseLeadDays({ tiers: [{ name: 'd10', daysBefore: 10 }], urgentDaysBefore: 12 })).toBe(
      27,
    );
  });

  it('active from 45 days before the end to 30 days after it, both days included', () => {
    const s = settings();
    const end = '2026-06-20';
    expect(cycleIsActive(end, '2026-05-05', s)).toBe(false); // 46 days before
    expect(cycleIsActive(end, '2026-05-06', s)).toBe(true); // 45 days before
    expect(cycleIsActive(end, '2026-07-20', s)).toBe(true); // 30 days after
    expect(cycleIsActive(end, '2026-07-21', s)).toBe(false); // 31 days after
  });
});

describe('renewal', () => {
  const cycleOf = (...ps: ReturnType<typeof policy>[]): PolicyCycle => ({
    vehicleId: 'v1',
    endDate: ps[0]!.endDate,
    policies: ps,
  });

  it('renewed when a policy is marked renewed, or the same kind appears later', () => {
    const compulsory = policy('a', 'v1', '2026-06-20');
    const marked = policy('b', 'v1', '2026-06-22', 'commercial', { status: 'renewed' });
    expect(isCycleRenewed(cycleOf(compulsory), new Set())).toBe(false);
    expect(isCycleRenewed(cycleOf(compulsory, marked), new Set())).toBe(true);
    expect(isCycleRenewed(cycleOf(compulsory), new Set(['compulsory']))).toBe(true);
    // Only a commercial policy later: the compulsory one is not renewed by it.
    expect(isCycleRenewed(cycleOf(compulsory), new Set(['commercial']))).toBe(false);
  });

  it('the kinds of each later cycle, per cycle', () => {
    const cycles: PolicyCycle[] = [
      cycleOf(policy('a', 'v1', '2025-06-20')),
      cycleOf(policy('b', 'v1', '2025-12-01', 'commercial')),
      cycleOf(policy('c', 'v1', '2026-06-20')),
    ];
    expect(laterKindsByCycle(cycles).map((s) => [...s].sort())).toEqual([
      ['commercial', 'compulsory'],
      ['compulsory'],
      [],
    ]);
    expect(laterKindsByCycle([])).toEqual([]);
  });
});

describe('days to expiry', () => {
  it('positive before the end, 0 on it, negative after', () => {
    expect(daysToExpiry('2026-06-20', '2026-06-13')).toBe(7);
    expect(daysToExpiry('2026-06-20', '2026-06-20')).toBe(0);
    expect(daysToExpiry('2026-06-20', '2026-06-23')).toBe(-3);
  });
});
