// From stored records to the figures: what each kind of closed case counts as, with the
// definitions of renewal-status.ts applied on top (so the dashboard and `cli kpi` agree).
import { describe, expect, it } from 'vitest';
import { kpiInputsFromRecords, teamDailyCapacity } from '../../../../shared/domain/kpi/kpi-inputs';
import { renewalStatuses } from '../../../../shared/domain/kpi/renewal-status';
import type { RenewalCase } from '../../../../shared/domain/types';
import { policy, renewalCase, staff } from '../reminders/fixtures';

const TODAY = '2026-12-02';
const team = [staff('s1', '王芳'), staff('s2', '李强', 30, { active: false })];
/** The case of policy p1 (car v1, ending 2026-11-20), closed on 2026-11-10 in `state`. */
const closedCase = (state: RenewalCase['state'], patch: Partial<RenewalCase>) =>
  renewalCase('v1', '2026-11-20', {
    policyIds: ['p1'],
    state,
    closedAt: '2026-11-10T02:00:00.000Z',
    ...patch,
  });
const statusOf = (records: Parameters<typeof kpiInputsFromRecords>[0]) => {
  const { policies, cases } = kpiInputsFromRecords(records);
  return renewalStatuses(policies, cases, TODAY).map((r) => ({
    id: r.policy.id,
    status: r.status,
    staff: r.staff,
    reason: r.lostReason,
    renewedPremium: r.renewedPremium,
  }));
};

describe('kpi inputs from stored records', () => {
  it('a case a person closed as renewed counts its policies renewed, with the premium logged', () => {
    const p = policy('p1', 'v1', '2026-11-20', 'commercial', { premium: 3000 });
    const c = closedCase('renewed', {
      renewedPremium: 3100,
      renewedInsurer: '平安财险',
      assigneeId: 's1',
    });
    expect(statusOf({ policies: [p], cases: [c], staff: team })).toEqual([
      { id: 'p1', status: 'renewed', staff: '王芳', reason: null, renewedPremium: 3100 },
    ]);
  });

  it('a lost case keeps its reason and its staff member, even one deactivated since', () => {
    const p = policy('p1', 'v1', '2026-11-20');
    const c = closedCase('lost', { lostReason: '价格', assigneeId: 's2' });
    expect(statusOf({ policies: [p], cases: [c], staff: team })).toEqual([
      { id: 'p1', status: 'lost', staff: '李强', reason: '价格', renewedPremium: 0 },
    ]);
  });

  it('a case the plan closed because a later policy appeared counts only through that policy', () => {
    const p = policy('p1', 'v1', '2026-11-20');
    const c = closedCase('renewed', { closedByPolicy: { state: 'open', closedAt: null } });
    // The later policy's import was undone: no renewal is left, and 12 days on it is pending.
    expect(statusOf({ policies: [p], cases: [c], staff: team })[0]?.status).toBe('pending');
  });

  it('a loss logged before the plan closed the case by a later policy still counts where that policy renews nothing', () => {
    const p = policy('p1', 'v1', '2026-11-20');
    const c = closedCase('renewed', {
      lostReason: '价格',
      assigneeId: 's1',
      closedByPolicy: { state: 'lost', closedAt: '2026-11-10T02:00:00.000Z' },
    });
    // The later policy (another kind, or its import undone) does not renew p1: the loss stands.
    expect(statusOf({ policies: [p], cases: [c], staff: team })).toEqual([
      { id: 'p1', status: 'lost', staff: '王芳', reason: '价格', renewedPremium: 0 },
    ]);
  });

  it('leaves soft-deleted policies and cases out; an unknown assignee counts as unassigned', () => {
    const kept = policy('p1', 'v1', '2026-10-01');
    const gone = policy('p2', 'v2', '2026-10-01', 'compulsory', {
      deletedAt: '2026-11-01T00:00:00.000Z',
    });
    const c = renewalCase('v1', '2026-10-01', { policyIds: ['p1'], assigneeId: 'removed' });
    const deletedCase = renewalCase('v1', '2026-10-01', {
      policyIds: ['p1'],
      state: 'lost',
      closedAt: '2026-10-01T00:00:00.000Z',
      // Someone known: were the deleted case read, it would name 王芳 for the policy.
      assigneeId: 's1',
      deletedAt: '2026-11-01T00:00:00.000Z',
    });
    expect(statusOf({ policies: [kept, gone], cases: [c, deletedCase], staff: team })).toEqual([
      { id: 'p1', status: 'lapsed', staff: null, reason: null, renewedPremium: 0 },
    ]);
  });

  it('team capacity adds the active staff only', () => {
    expect(teamDailyCapacity(team)).toBe(40);
    expect(
      teamDailyCapacity([...team, staff('s3', '赵', 25, { deletedAt: '2026-01-01T00:00:00Z' })]),
    ).toBe(40);
  });
});
