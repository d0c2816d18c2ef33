// The definitions' edge cases the issue names (issue 12, Done when), from stored records as the
// dashboard and `cli kpi` read them (kpiInputsFromRecords, renewalStatuses) to the month rows:
// lost then renewed, a renewal 31 days late, a case with both kinds, an empty month.
import { describe, expect, it } from 'vitest';
import { kpiInputsFromRecords } from '../../../../shared/domain/kpi/kpi-inputs';
import { byMonth, totalsOf } from '../../../../shared/domain/kpi/kpi-report';
import { renewalStatuses } from '../../../../shared/domain/kpi/renewal-status';
import type { Policy, RenewalCase } from '../../../../shared/domain/types';
import { composeDashboard } from '../../../../renderer/services/kpi/dashboard-data';
import { defaultSettings } from '../../../../shared/domain/reminders/default-settings';
import { monthRows } from '../../../support/kpi-rows';
import { policy, renewalCase } from '../reminders/fixtures';

// Car v1's 交强 and 商业 end on 2026-06-20; one case covers both.
const jq = policy('jq', 'v1', '2026-06-20', 'compulsory', { premium: 950 });
const sy = policy('sy', 'v1', '2026-06-20', 'commercial', { premium: 3000 });
const LOST_AT = '2026-06-15T02:00:00.000Z';
const lostCase = (patch: Partial<RenewalCase> = {}) =>
  renewalCase('v1', '2026-06-20', {
    policyIds: ['jq', 'sy'],
    state: 'lost',
    closedAt: LOST_AT,
    lostReason: '价格',
    ...patch,
  });
/** The plan's re-closing once a later policy came: renewed, the person's loss kept aside. */
const wonBack = lostCase({
  state: 'renewed',
  closedAt: '2026-06-22T01:00:00.000Z',
  closedByPolicy: { state: 'lost', closedAt: LOST_AT },
});
/** Next year's 商业, starting `daysLate` days after the end (0: the day after). */
const nextSy = (startDate: string) =>
  policy('sy2', 'v1', '2027-06-20', 'commercial', { startDate, premium: 3300, insurer: '平安' });

const results = (policies: Policy[], cases: RenewalCase[], today: string) => {
  const inputs = kpiInputsFromRecords({ policies, cases, staff: [] });
  return renewalStatuses(inputs.policies, inputs.cases, today);
};
const statusOf = (policies: Policy[], cases: RenewalCase[], today: string) =>
  Object.fromEntries(
    results(policies, cases, today)
      .filter((r) => r.policy.endDate === '2026-06-20')
      .map((r) => [r.policy.id, [r.status, r.lostReason, r.renewedPremium]]),
  );

describe('lost then renewed', () => {
  it('a logged loss, then a later policy starting within 30 days: renewed, not lost', () => {
    for (const kase of [lostCase(), wonBack]) {
      // Long after the grace days: still renewed, never lapsed.
      expect(statusOf([jq, sy, nextSy('2026-06-21')], [kase], '2026-12-31').sy).toEqual([
        'renewed',
        null,
        3300,
      ]);
    }
  });

  it('the 30th day after the end still renews; a start on the 31st leaves the loss standing', () => {
    expect(statusOf([jq, sy, nextSy('2026-07-20')], [lostCase()], '2026-08-01').sy?.[0]).toBe(
      'renewed',
    );
    // 31 days after the end: no renewal; the logged loss counts (not lapsed).
    expect(statusOf([jq, sy, nextSy('2026-07-21')], [lostCase()], '2026-08-01').sy).toEqual([
      'lost',
      '价格',
      0,
    ]);
  });
});

describe('a renewal 31 days late', () => {
  it('with nothing logged: pending up to day 30, lapsed from day 31, never renewed', () => {
    const open = renewalCase('v1', '2026-06-20', { policyIds: ['jq', 'sy'] });
    const late = nextSy('2026-07-21');
    expect(statusOf([jq, sy, late], [open], '2026-07-20').sy?.[0]).toBe('pending');
    expect(statusOf([jq, sy, late], [open], '2026-07-21').sy?.[0]).toBe('lapsed');
    expect(statusOf([jq, sy, late], [open], '2027-01-01').sy?.[0]).toBe('lapsed');
  });
});

describe('a case with both kinds', () => {
  it('an outcome applies to both policies of the case', () => {
    const renewed = lostCase({ state: 'renewed', lostReason: null, renewedPremium: 4000 });
    expect(statusOf([jq, sy], [renewed], '2026-07-01')).toEqual({
      jq: ['renewed', null, 4000],
      sy: ['renewed', null, 4000],
    });
    expect(statusOf([jq, sy], [lostCase()], '2026-07-01')).toEqual({
      jq: ['lost', '价格', 0],
      sy: ['lost', '价格', 0],
    });
  });

  it('lost, then one kind renewed by a later policy: that kind renewed, the other still lost', () => {
    // As the plan leaves it (closed as renewed by the policy, the loss kept aside) and as the
    // person left it (still lost): the same figures.
    for (const kase of [wonBack, lostCase()]) {
      const rows = results([jq, sy, nextSy('2026-06-21')], [kase], '2026-12-31');
      expect(byMonth(rows).filter((r) => r.month === '2026-06')).toEqual(
        monthRows(
          // month, kind, due, renewed, lost, lapsed, pending, rate, premium due, premium renewed, closed
          ['2026-06', 'compulsory', 1, 0, 1, 0, 0, 0, 950, 0, true],
          ['2026-06', 'commercial', 1, 1, 0, 0, 0, 1, 3000, 3300, true],
          // "all" adds both kinds.
          ['2026-06', 'all', 2, 1, 1, 0, 0, 0.5, 3950, 3300, true],
        ),
      );
    }
  });
});

describe('an empty month', () => {
  it('has no row of its own; the totals and the 24 months show it empty, with no rate', () => {
    expect(byMonth([])).toEqual([]);
    expect(totalsOf([])).toMatchObject({ due: 0, rate: null, premiumDue: 0 });
    const data = composeDashboard({
      groups: [],
      loadResults: [],
      staff: [],
      settings: defaultSettings(),
      today: '2026-07-01',
      period: 'month',
      scope: null,
    });
    expect(data.months).toHaveLength(24);
    expect(data.months.every((m) => m.due === 0 && m.rate === null && m.closed)).toBe(true);
    expect(data.totals.rate).toBeNull();
    expect(data.hasPolicies).toBe(false);
  });
});
