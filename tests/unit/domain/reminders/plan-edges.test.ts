// Plan details the mutation run showed untested (issue 15): the years a case's calls reach
// (from its first tier call, 30 days before the end, to the end date; closed cases not at all),
// per-channel blocks that leave complaint tasks and finished tasks alone, a customer who can
// still get service notices is not shown as do-not-contact, and a waiting case whose reason
// changed is written again.
import { describe, expect, it } from 'vitest';
import { isKnownHolidayYear } from '../../../../shared/domain/reminders/calendar';
import { computePlan, type PlanInput } from '../../../../shared/domain/reminders/plan';
import type { Client, ContactPrefs } from '../../../../shared/domain/types';
import {
  client,
  idFactory,
  planInput,
  policy,
  renewalCase,
  settings,
  staff,
  task,
  vehicle,
} from './fixtures';

/** The package's first year with holiday data (2004 in chinese-days 1.5.7), asked in the test. */
function firstKnownYear(): number {
  let year = 2026;
  while (isKnownHolidayYear(year - 1)) year--;
  return year;
}

function lastKnownYear(): number {
  let year = 2026;
  while (isKnownHolidayYear(year + 1)) year++;
  return year;
}

function plan(today: string, endDate: string, patch: Partial<PlanInput> = {}) {
  return computePlan({
    today,
    now: `${today}T01:00:00.000Z`,
    settings: settings(),
    clients: [client('c1')],
    vehicles: [vehicle('v1', 'c1')],
    policies: [policy('p1', 'v1', endDate)],
    cases: [],
    tasks: [],
    staff: [staff('s1', '张三')],
    newId: idFactory(),
    ...patch,
  });
}

describe('the years a case’s calls reach', () => {
  it('from the first tier call 30 days before the end: a case ending 25 January warns for the year before', () => {
    const first = firstKnownYear();
    // Today and the 14-day look-ahead (5-19 January) are in a known year; the d30 call of a
    // case ending 25 January falls on 26 December of the year without data.
    const r = plan(`${first}-01-05`, `${first}-01-25`);
    expect(r.cases.map((c) => c.state)).toEqual(['open']);
    expect(r.warnings).toEqual([
      { tier: '', text: { key: 'errors:calendar.unknownYear', params: { year: first - 1 } } },
    ]);
    // Ending 5 February, the first call (6 January) stays in the known year: no warning.
    expect(plan(`${first}-01-05`, `${first}-02-05`).warnings).toEqual([]);
  });

  it('an open case ending past the look-ahead in a year without data warns; a closed one does not', () => {
    const known = lastKnownYear();
    // Look-ahead 1-15 December; the case ends 10 January of the next year.
    const open = plan(`${known}-12-01`, `${known + 1}-01-10`);
    expect(open.warnings.map((w) => w.text.params)).toEqual([{ year: known + 1 }]);
    const renewed = renewalCase('v1', `${known + 1}-01-10`, {
      policyIds: ['p1'],
      state: 'renewed',
      closedAt: `${known}-11-30T01:00:00.000Z`,
    });
    expect(plan(`${known}-12-01`, `${known + 1}-01-10`, { cases: [renewed] }).warnings).toEqual([]);
  });
});

const prefs = (over: Partial<ContactPrefs>): ContactPrefs => ({
  consents: [],
  optedOut: [],
  doNotContactChannels: [],
  ...over,
});

// 2026-06-10: the case ending 2026-06-20 has its d7 call pending.
function blockedPlan(c: Partial<Client>, patch: Partial<PlanInput> = {}) {
  return computePlan(
    planInput('2026-06-10', {
      clients: [client('c1', { lastVerifiedOn: '2026-05-01', smsConsent: false, ...c })],
      newId: idFactory('pe'),
      ...patch,
    }),
  );
}

describe('per-channel blocks leave alone what is not a reminder', () => {
  it('a complaint task stays pending when calls are closed and no other channel has consent', () => {
    const caseId = 'v1:2026-06-20';
    const complaint = task('t-cmp', caseId, 'complaint', '2026-06-10', {
      kind: 'complaint',
      key: `${caseId}:complaint:2026-06-10:fb1`,
    });
    const r = blockedPlan(
      { contact: prefs({ doNotContactChannels: ['call'] }) },
      { cases: [renewalCase('v1', '2026-06-20', { policyIds: ['p1'] })], tasks: [complaint] },
    );
    expect(r.tasks.find((t) => t.id === 't-cmp')?.status).toBe('pending');
    expect(r.changedTasks.find((t) => t.id === 't-cmp')).toBeUndefined();
  });

  it('a call already made stays done when calls are closed afterwards', () => {
    const caseId = 'v1:2026-06-20';
    const made = task('t-d15', caseId, 'd15', '2026-06-05', { status: 'done' });
    const r = blockedPlan(
      { contact: prefs({ doNotContactChannels: ['call'] }) },
      { cases: [renewalCase('v1', '2026-06-20', { policyIds: ['p1'] })], tasks: [made] },
    );
    expect(r.tasks.find((t) => t.id === 't-d15')?.status).toBe('done');
  });

  it('calls closed, texts open with a service consent only: sales calls go, the case is not do-not-contact', () => {
    const service = {
      channel: 'sms' as const,
      purpose: 'service' as const,
      at: '2026-05-01T02:00:00.000Z',
      how: 'verbal' as const,
      byStaffId: 's1',
    };
    const r = blockedPlan({
      contact: prefs({ doNotContactChannels: ['call'], consents: [service] }),
    });
    expect(r.tasks.filter((t) => t.status === 'pending').map((t) => t.tier)).toEqual(['lapsed']);
    expect([...r.doNotContactCaseIds]).toEqual([]);
  });
});

describe('the assignment reason', () => {
  it('a waiting case whose stored reason says something else is written with the new reason', () => {
    const nobody = { staff: [staff('s1', '张三', 40, { active: false })] };
    const input = planInput('2026-06-05', {
      clients: [client('c1', { lastVerifiedOn: '2026-05-01' })],
      newId: idFactory('pr'),
      ...nobody,
    });
    const first = computePlan(input);
    expect(first.cases[0]?.assigneeId).toBeNull();
    const reason = first.cases[0]?.assignReason;
    expect(reason).toBeTruthy();
    const legacy = first.cases.map((c) => ({ ...c, assignReason: '无人可分配' }));
    const again = computePlan({ ...input, cases: legacy, tasks: first.tasks });
    expect(again.changedCases.map((c) => c.assignReason)).toEqual([reason]);
  });
});
