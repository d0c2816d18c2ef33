import { describe, expect, it } from 'vitest';
import {
  renewalStatuses,
  renewingPolicy,
  type KpiCase,
  type KpiPolicy,
} from '../../../../shared/domain/kpi/renewal-status';

const policy = (over: Partial<KpiPolicy> & Pick<KpiPolicy, 'id' | 'endDate'>): KpiPolicy => ({
  vehicleId: 'car-1',
  kind: 'commercial',
  insurer: '人保财险',
  premium: 3000,
  ...over,
});

const expiring = policy({ id: 'old', startDate: '2025-07-07', endDate: '2026-07-06' });
/** A policy starting the day after `expiring` ends and running one year. */
const successor = (over: Partial<KpiPolicy> & Pick<KpiPolicy, 'id'>) =>
  policy({ startDate: '2026-07-07', endDate: '2027-07-06', ...over });
const statusOf = (policies: KpiPolicy[], cases: KpiCase[], today: string, id = 'old') =>
  renewalStatuses(policies, cases, today).find((r) => r.policy.id === id);

describe('renewed by a later policy', () => {
  it('counts a later policy of the same car and kind starting the day after the end', () => {
    const next = successor({ id: 'new', premium: 3200 });
    const r = statusOf([expiring, next], [], '2026-08-20');
    expect(r).toMatchObject({
      status: 'renewed',
      renewedPremium: 3200,
      renewedInsurer: '人保财险',
    });
  });

  it('counts a renewal from another insurer: the agency kept the customer', () => {
    const next = successor({ id: 'new', insurer: '平安财险' });
    expect(statusOf([expiring, next], [], '2026-08-20')?.renewedInsurer).toBe('平安财险');
  });

  it('counts a start exactly 30 days after the end, not 31 days after', () => {
    const on30 = policy({ id: 'new', startDate: '2026-08-05', endDate: '2027-08-04' });
    const on31 = policy({ id: 'new', startDate: '2026-08-06', endDate: '2027-08-05' });
    expect(renewingPolicy(expiring, [expiring, on30])?.id).toBe('new');
    expect(renewingPolicy(expiring, [expiring, on31])).toBeNull();
    // 31 days late and more than 30 days past the end: lapsed, not renewed.
    expect(statusOf([expiring, on31], [], '2026-08-06')?.status).toBe('lapsed');
  });

  it('takes a later policy without a start date as a one-year policy', () => {
    const onTime = policy({ id: 'new', endDate: '2027-07-06' }); // starts 2026-07-07
    const late = policy({ id: 'new', endDate: '2027-08-06' }); // starts 2026-08-07: 32 days
    expect(renewingPolicy(expiring, [expiring, onTime])?.id).toBe('new');
    expect(renewingPolicy(expiring, [expiring, late])).toBeNull();
  });

  it('ignores the other kind, another car and earlier policies', () => {
    const compulsory = successor({ id: 'jq', kind: 'compulsory' });
    const otherCar = successor({ id: 'car2', vehicleId: 'car-2' });
    const earlier = policy({ id: 'prev', startDate: '2024-07-07', endDate: '2025-07-06' });
    expect(renewingPolicy(expiring, [expiring, compulsory, otherCar, earlier])).toBeNull();
    expect(statusOf([expiring, compulsory, otherCar, earlier], [], '2026-07-10')?.status).toBe(
      'pending',
    );
  });
});

describe('outcomes on the case', () => {
  const lost = (at: string, reason = '价格'): KpiCase['outcomes'][number] => ({
    outcome: 'lost',
    at,
    reason,
  });

  it('a renewed outcome renews every policy of its case, with its premium and insurer', () => {
    const jq = policy({ id: 'jq', kind: 'compulsory', endDate: '2026-07-04', premium: 950 });
    const kase: KpiCase = {
      policyIds: ['old', 'jq'],
      outcomes: [
        { outcome: 'renewed', at: '2026-06-20T10:00:00+08:00', insurer: '太保财险', premium: 4100 },
      ],
      staff: '张三',
    };
    const results = renewalStatuses([expiring, jq], [kase], '2026-06-21');
    expect(results.map((r) => [r.policy.id, r.status, r.staff])).toEqual([
      ['old', 'renewed', '张三'],
      ['jq', 'renewed', '张三'],
    ]);
    expect(results[0]).toMatchObject({ renewedPremium: 4100, renewedInsurer: '太保财险' });
  });

  it('lost keeps its reason; lost then renewed by a later policy is renewed', () => {
    const kase: KpiCase = { policyIds: ['old'], outcomes: [lost('2026-06-20T10:00:00+08:00')] };
    expect(statusOf([expiring], [kase], '2026-06-21')).toMatchObject({
      status: 'lost',
      lostReason: '价格',
    });
    const next = policy({ id: 'new', startDate: '2026-07-10', endDate: '2027-07-09' });
    expect(statusOf([expiring, next], [kase], '2026-07-11')?.status).toBe('renewed');
  });

  it('the last outcome counts: lost after renewed is lost, renewed after lost is renewed', () => {
    const renewed = { outcome: 'renewed' as const, at: '2026-06-25T09:00:00+08:00' };
    expect(
      statusOf(
        [expiring],
        [{ policyIds: ['old'], outcomes: [renewed, lost('2026-06-26T09:00:00+08:00')] }],
        '2026-06-27',
      )?.status,
    ).toBe('lost');
    expect(
      statusOf(
        [expiring],
        [{ policyIds: ['old'], outcomes: [lost('2026-06-24T09:00:00+08:00'), renewed] }],
        '2026-06-27',
      )?.status,
    ).toBe('renewed');
  });

  it('a lost case stays lost after 30 days: it is not counted lapsed', () => {
    const kase: KpiCase = { policyIds: ['old'], outcomes: [lost('2026-06-20T10:00:00+08:00')] };
    expect(statusOf([expiring], [kase], '2026-12-01')?.status).toBe('lost');
  });
});

describe('lapsed and pending', () => {
  it('is pending until 30 days after the end and lapsed from the 31st day', () => {
    expect(statusOf([expiring], [], '2026-08-05')?.status).toBe('pending'); // 30 days after
    expect(statusOf([expiring], [], '2026-08-06')?.status).toBe('lapsed'); // 31 days after
  });

  it('a policy whose case has no outcome and no staff reports staff null', () => {
    expect(statusOf([expiring], [], '2026-07-01')).toMatchObject({
      status: 'pending',
      staff: null,
      lostReason: null,
    });
  });
});
