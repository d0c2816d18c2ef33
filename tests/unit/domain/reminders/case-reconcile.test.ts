// Bringing the cases in line with the policies (plan step one), to the day and the field: which
// cycles get a case, which never do (renewed on import, all lost, deleted car), an owner change
// moving the case to the new owner, renewal and lapse closing it, orphans, and the counts.
import { describe, expect, it } from 'vitest';
import { reconcileCases } from '../../../../shared/domain/reminders/plan-cases';
import { computePlan } from '../../../../shared/domain/reminders/plan';
import type { Policy, RenewalCase, Vehicle } from '../../../../shared/domain/types';
import { planInput, policy, renewalCase, settings, vehicle } from './fixtures';

const TODAY = '2026-06-01';
const STAMP = { now: '2026-06-01T01:00:00.000Z', actor: 's9' };

function reconcile(
  policies: Policy[],
  cases: RenewalCase[] = [],
  vehicles: Vehicle[] = [vehicle('v1', 'c1')],
  today = TODAY,
) {
  return reconcileCases({ today, settings: settings(), vehicles, policies, cases }, STAMP);
}

describe('which cycles get a case', () => {
  it('a new case written out in full, with its policies and the count', () => {
    const ps = [policy('p1', 'v1', '2026-06-20'), policy('p2', 'v1', '2026-06-23', 'commercial')];
    const r = reconcile(ps);
    // Every field of a fresh open case (the fixture lists them all), stamped by this run; a
    // new case has no deletedAt field at all.
    const { deletedAt: _, ...fresh } = renewalCase('v1', '2026-06-20', {
      createdAt: STAMP.now,
      updatedAt: STAMP.now,
      updatedBy: 's9',
      policyIds: ['p1', 'p2'],
    });
    expect(fresh).toMatchObject({ id: 'v1:2026-06-20', clientId: 'c1', state: 'open' });
    expect([...r.cases.values()]).toEqual([fresh]);
    expect([...r.changed]).toEqual(['v1:2026-06-20']);
    expect(r.policiesByCase.get('v1:2026-06-20')).toEqual(ps);
    expect([r.created, r.closed]).toEqual([1, 0]);
    expect(r.vehicles.get('v1')?.id).toBe('v1');
  });

  it('opens 45 days before the end, not 46', () => {
    expect(reconcile([policy('p1', 'v1', '2026-07-16')]).created).toBe(1); // 45 days ahead
    expect(reconcile([policy('p1', 'v1', '2026-07-17')]).created).toBe(0); // 46 days ahead
  });

  it('a cycle that ended 30 days ago still gets a case (a lapsed call); 31 days ago none', () => {
    expect(reconcile([policy('p1', 'v1', '2026-05-02')]).created).toBe(1);
    expect(reconcile([policy('p1', 'v1', '2026-05-01')]).created).toBe(0);
  });

  it('a policy imported as already renewed opens no case', () => {
    const r = reconcile([policy('p1', 'v1', '2026-06-20', 'compulsory', { status: 'renewed' })]);
    expect(r.cases.size).toBe(0);
    expect(r.created).toBe(0);
  });

  it('a cycle whose policies are all lost or lapsed opens no case; one live policy does', () => {
    const lost = policy('p1', 'v1', '2026-06-20', 'compulsory', { status: 'lost' });
    const lapsed = policy('p2', 'v1', '2026-06-22', 'commercial', { status: 'lapsed' });
    expect(reconcile([lost, lapsed]).cases.size).toBe(0);
    const live = policy('p2', 'v1', '2026-06-22', 'commercial');
    expect(reconcile([lost, live]).cases.size).toBe(1);
  });

  it('a deleted car gets no case, and its open case becomes an orphan', () => {
    const gone = vehicle('v1', 'c1', { deletedAt: '2026-05-30' });
    expect(reconcile([policy('p1', 'v1', '2026-06-20')], [], [gone]).cases.size).toBe(0);
    const open = renewalCase('v1', '2026-06-20', { policyIds: ['p1'] });
    const r = reconcile([policy('p1', 'v1', '2026-06-20')], [open], [gone]);
    expect([...r.orphans]).toEqual([open.id]);
  });

  it('the plan makes no call for a deleted car', () => {
    const r = computePlan(
      planInput(TODAY, { vehicles: [vehicle('v1', 'c1', { deletedAt: '2026-05-30' })] }),
    );
    expect(r.tasks).toEqual([]);
  });

  it('last year’s policy next to this year’s: this year’s cycle gets its case', () => {
    const r = reconcile([policy('p0', 'v1', '2025-06-20'), policy('p1', 'v1', '2026-06-20')]);
    expect([...r.cases.keys()]).toEqual(['v1:2026-06-20']);
  });

  it('an old cycle out of reach gets no case next to this year’s', () => {
    // Last year's commercial policy is not renewed by this year's compulsory one.
    const r = reconcile([
      policy('p0', 'v1', '2025-05-01', 'commercial'),
      policy('p1', 'v1', '2026-06-20'),
    ]);
    expect([...r.cases.keys()]).toEqual(['v1:2026-06-20']);
  });

  it('a car with no policy in reach and no case is skipped', () => {
    const r = reconcile([policy('p1', 'v1', '2027-06-20'), policy('p0', 'v1', '2025-06-20')]);
    expect(r.cases.size).toBe(0);
    expect(r.policiesByCase.size).toBe(0);
  });
});

describe('an existing case', () => {
  const open = renewalCase('v1', '2026-06-20', { policyIds: ['p1'] });

  it('unchanged when its policies, end date and owner are the same (ids in any order)', () => {
    const both = { ...open, policyIds: ['p2', 'p1'] };
    const r = reconcile(
      [policy('p1', 'v1', '2026-06-20'), policy('p2', 'v1', '2026-06-22', 'commercial')],
      [both],
    );
    expect(r.changed.size).toBe(0);
    expect(r.cases.get(open.id)).toBe(both);
    expect(r.policiesByCase.get(open.id)?.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('a policy replaced by another with the same end date: the ids follow', () => {
    const two = { ...open, policyIds: ['p1', 'px'] };
    const r = reconcile(
      [policy('p1', 'v1', '2026-06-20'), policy('p2', 'v1', '2026-06-22', 'commercial')],
      [two],
    );
    expect(r.cases.get(open.id)?.policyIds).toEqual(['p1', 'p2']);
  });

  it('the end date corrected on a re-import: the case follows', () => {
    const r = reconcile([policy('p1', 'v1', '2026-06-22')], [open]);
    expect(r.cases.get(open.id)).toMatchObject({ endDate: '2026-06-22', policyIds: ['p1'] });
  });

  it('a policy of the case deleted: its id leaves the case', () => {
    const both = { ...open, policyIds: ['p1', 'p2'] };
    const r = reconcile(
      [
        policy('p1', 'v1', '2026-06-20'),
        policy('p2', 'v1', '2026-06-22', 'commercial', { deletedAt: '2026-06-01' }),
      ],
      [both],
    );
    expect(r.cases.get(open.id)?.policyIds).toEqual(['p1']);
  });

  it('an open case long past its lapse window, policies out of reach, closes as lapsed', () => {
    const old = renewalCase('v1', '2026-04-01', { policyIds: ['p1'] });
    const r = reconcile([policy('p1', 'v1', '2026-04-01')], [old]);
    expect(r.cases.get(old.id)).toMatchObject({ state: 'lapsed', closedAt: STAMP.now });
    expect(r.orphans.size).toBe(0);
  });

  it('renewed by an outcome, then next year’s policy arrives: left as it is', () => {
    const renewed = { ...open, state: 'renewed' as const, closedAt: '2026-05-30T01:00:00.000Z' };
    const r = reconcile(
      [policy('p1', 'v1', '2026-06-20'), policy('p3', 'v1', '2027-06-20')],
      [renewed],
    );
    expect(r.cases.get(open.id)).toBe(renewed);
    expect(r.closed).toBe(0);
  });

  it('a second policy joins it: policy ids and the earlier end date, id kept', () => {
    const r = reconcile(
      [policy('p1', 'v1', '2026-06-20'), policy('p0', 'v1', '2026-06-18', 'commercial')],
      [open],
    );
    expect(r.cases.get(open.id)).toMatchObject({
      policyIds: ['p0', 'p1'],
      endDate: '2026-06-18',
      updatedBy: 's9',
    });
    expect([r.created, r.closed]).toEqual([0, 0]);
  });

  it('the car sold to a new owner: the open case calls the new owner', () => {
    const sold = vehicle('v1', 'c2');
    const r = reconcile([policy('p1', 'v1', '2026-06-20')], [open], [sold]);
    expect(r.cases.get(open.id)).toMatchObject({ clientId: 'c2', updatedAt: STAMP.now });
    expect([...r.changed]).toEqual([open.id]);
  });

  it('a closed case keeps its details when the car changes hands', () => {
    const lost = { ...open, state: 'lost' as const };
    const r = reconcile([policy('p1', 'v1', '2026-06-20')], [lost], [vehicle('v1', 'c2')]);
    expect(r.cases.get(open.id)).toBe(lost);
  });

  it('a renewal found closes it as renewed, remembering how it was (a win-back after a loss)', () => {
    const lost = { ...open, state: 'lost' as const, closedAt: '2026-05-20T01:00:00.000Z' };
    const r = reconcile(
      [policy('p1', 'v1', '2026-06-20'), policy('p3', 'v1', '2027-06-20')],
      [lost],
    );
    expect(r.cases.get(open.id)).toMatchObject({
      state: 'renewed',
      closedAt: STAMP.now,
      closedByPolicy: { state: 'lost', closedAt: '2026-05-20T01:00:00.000Z' },
    });
    expect(r.closed).toBe(1);
  });

  it('closes as lapsed 31 days after the end, not 30; a closed case is not lapsed again', () => {
    const ended = renewalCase('v1', '2026-05-01', { policyIds: ['p1'] });
    const on30 = reconcile([policy('p1', 'v1', '2026-05-01')], [ended], undefined, '2026-05-31');
    expect(on30.cases.get(ended.id)?.state).toBe('open');
    const on31 = reconcile([policy('p1', 'v1', '2026-05-01')], [ended], undefined, '2026-06-01');
    expect(on31.cases.get(ended.id)).toMatchObject({ state: 'lapsed', closedAt: STAMP.now });
    expect(on31.closed).toBe(1);
    const lost = { ...ended, state: 'lost' as const };
    const after = reconcile([policy('p1', 'v1', '2026-05-01')], [lost], undefined, '2026-06-01');
    expect(after.cases.get(ended.id)).toBe(lost);
    expect(after.closed).toBe(0);
  });

  it('the renewing policy undone: back to the state and close time it had', () => {
    const closed = {
      ...open,
      state: 'renewed' as const,
      closedAt: STAMP.now,
      closedByPolicy: { state: 'lapsed' as const, closedAt: '2026-05-25T01:00:00.000Z' },
    };
    const r = reconcile([policy('p1', 'v1', '2026-06-20')], [closed]);
    const back = r.cases.get(open.id);
    expect(back).toMatchObject({ state: 'lapsed', closedAt: '2026-05-25T01:00:00.000Z' });
    expect(back && 'closedByPolicy' in back).toBe(false);
  });

  it('closed as renewed by a later policy that is still there: left as it is, not closed again', () => {
    const renewed = {
      ...open,
      state: 'renewed' as const,
      closedAt: '2026-05-28T01:00:00.000Z',
      closedByPolicy: { state: 'open' as const, closedAt: null },
    };
    const r = reconcile(
      [policy('p1', 'v1', '2026-06-20'), policy('p3', 'v1', '2027-06-20')],
      [renewed],
    );
    expect(r.cases.get(open.id)).toBe(renewed);
    expect([...r.changed]).toEqual([]);
    expect(r.closed).toBe(0);
  });

  it('an open case whose policies are gone is an orphan; a closed one is not', () => {
    const gone = policy('p1', 'v1', '2026-06-20', 'compulsory', { deletedAt: '2026-06-01' });
    const other = policy('p9', 'v1', '2027-06-20');
    const closed = renewalCase('v1', '2025-06-20', { policyIds: ['p8'], state: 'renewed' });
    const r = reconcile([gone, other], [open, closed]);
    expect([...r.orphans]).toEqual([open.id]);
    // No policies at all for the car: the same.
    const none = reconcile([], [open, closed]);
    expect([...none.orphans]).toEqual([open.id]);
  });
});
