// Task identity and the rule tasks of a day: which keys the rules own (so a recompute may
// supersede them) and which it must leave alone (call-backs, the wrong-number verify task),
// the verify task inside the look-ahead, stale details to the day, and tier warnings.
import { describe, expect, it } from 'vitest';
import { applyOutcome } from '../../../../shared/domain/reminders/outcomes';
import { computePlan } from '../../../../shared/domain/reminders/plan';
import * as tiers from '../../../../shared/domain/reminders/tiers';
import { client, planInput, settings } from './fixtures';

describe('task keys', () => {
  it('case, tier and date joined by colons; a suffix adds a fourth part', () => {
    expect(tiers.taskKey('v1:2026-06-20', 'd15', '2026-06-05')).toBe(
      'v1:2026-06-20:d15:2026-06-05',
    );
    expect(tiers.taskKey('c', 'verify', '2026-06-05', 'wrong-number')).toBe(
      'c:verify:2026-06-05:wrong-number',
    );
    expect(tiers.taskKey('c', 'verify', '2026-06-05', '')).toBe('c:verify:2026-06-05');
  });

  it('rule keys are the plan’s own; call-back, wrong-number and other keys are not', () => {
    const id = 'v1:2026-06-20';
    expect(tiers.isRuleTaskKey(id, `${id}:d30:2026-05-21`)).toBe(true);
    expect(tiers.isRuleTaskKey(id, `${id}:verify:2026-05-20`)).toBe(true);
    expect(tiers.isRuleTaskKey(id, `${id}:urgent:2026-06-17`)).toBe(true);
    expect(tiers.isRuleTaskKey(id, `${id}:callback:2026-06-06T06:30:00.000Z`)).toBe(false);
    expect(tiers.isRuleTaskKey(id, `${id}:callback:2026-06-06`)).toBe(false);
    expect(tiers.isRuleTaskKey(id, `${id}:verify:2026-06-05:wrong-number`)).toBe(false);
    expect(tiers.isRuleTaskKey(id, `${id}:manual`)).toBe(false);
    expect(tiers.isRuleTaskKey(id, id)).toBe(false);
  });
});

describe('the wrong-number verify task survives recomputing', () => {
  it('made by the outcome, still pending after the next plan', () => {
    const base = planInput('2026-06-05', {
      clients: [client('c1', { lastVerifiedOn: '2026-05-01' })],
    });
    const plan = computePlan(base);
    const d15 = plan.tasks.find((t) => t.tier === 'd15')!;
    const r = applyOutcome({
      task: d15,
      case: plan.cases[0]!,
      client: client('c1'),
      caseTasks: plan.tasks,
      input: { outcome: 'wrong_number' },
      ctx: {
        now: '2026-06-05T02:00:00.000Z',
        today: '2026-06-05',
        settings: settings(),
        actor: 's1',
        channel: 'call',
      },
    });
    const tasks = [...plan.tasks.map((t) => (t.id === d15.id ? r.task : t)), ...r.newTasks];
    const again = computePlan({ ...base, cases: plan.cases, tasks });
    const verify = again.tasks.find((t) => t.key.endsWith(':wrong-number'));
    expect(verify?.status).toBe('pending');
  });
});

describe('rule tasks of a day', () => {
  // Made inside each test (not at load), so mutation testing can tell which test reached what.
  const june20 = () => tiers.caseSchedule('2026-06-20', settings());

  it('the verify task is made once its day is within the look-ahead, not before', () => {
    // verifyDue 2026-05-20.
    const on = tiers.ruleTasksForCase('c', june20(), '2026-05-06', true, '2026-05-20');
    expect(on.map((t) => t.key)).toEqual(['c:verify:2026-05-20']);
    expect(on[0]).toEqual({
      key: 'c:verify:2026-05-20',
      caseId: 'c',
      kind: 'verify',
      tier: 'verify',
      dueDate: '2026-05-20',
    });
    expect(tiers.ruleTasksForCase('c', june20(), '2026-05-05', true, '2026-05-19')).toEqual([]);
  });

  it('before the first call: every slot up to the horizon, from the first', () => {
    expect(
      tiers.ruleTasksForCase('c', june20(), '2026-05-01', false, '2026-06-05').map((t) => t.tier),
    ).toEqual(['d30', 'd15']);
  });

  it('on a slot’s own day that slot is the current one', () => {
    expect(tiers.ruleTasksForCase('c', june20(), '2026-06-05', false, '2026-06-12')[0]?.tier).toBe(
      'd15',
    );
    expect(tiers.ruleTasksForCase('c', june20(), '2026-06-04', false, '2026-06-12')[0]?.tier).toBe(
      'd30',
    );
  });

  it('an empty schedule gives no tasks', () => {
    expect(
      tiers.ruleTasksForCase('c', { slots: [], verifyDue: '2026-05-20' }, '2026-06-01', false),
    ).toEqual([]);
  });
});

describe('stale details to the day', () => {
  // Settings made inside each test (not at load), so mutation testing can tell which test reached what.
  const s = () => settings();

  it('never verified: counted from when the record was created', () => {
    const fresh = client('c', { lastVerifiedOn: null, createdAt: '2025-06-01T08:00:00.000Z' });
    expect(tiers.needsVerification(fresh, undefined, '2026-06-01', s())).toBe(false);
    expect(tiers.needsVerification(fresh, undefined, '2026-06-02', s())).toBe(true);
  });

  it('an owner change on the verification day counts; an open-ended entry does not', () => {
    const c = client('c', { lastVerifiedOn: '2026-01-10' });
    const on = { ownerHistory: [{ clientId: 'o', name: '旧', from: null, to: '2026-01-10' }] };
    expect(tiers.needsVerification(c, on, '2026-02-01', s())).toBe(true);
    const open = { ownerHistory: [{ clientId: 'o', name: '旧', from: '2026-01-20', to: null }] };
    expect(tiers.needsVerification(c, open, '2026-02-01', s())).toBe(false);
  });

  it('never verified: any owner change with an end date counts', () => {
    const fresh = client('c', { lastVerifiedOn: null, createdAt: '2026-05-01T08:00:00.000Z' });
    const sold = { ownerHistory: [{ clientId: 'o', name: '旧', from: null, to: '2026-05-10' }] };
    expect(tiers.needsVerification(fresh, sold, '2026-06-01', s())).toBe(true);
    expect(tiers.needsVerification(fresh, { ownerHistory: [] }, '2026-06-01', s())).toBe(false);
  });

  it('the months come from the settings', () => {
    const c = client('c', { lastVerifiedOn: '2026-01-01' });
    expect(tiers.needsVerification(c, undefined, '2026-04-02', { verifyAfterMonths: 3 })).toBe(
      true,
    );
    expect(tiers.needsVerification(c, undefined, '2026-04-01', { verifyAfterMonths: 3 })).toBe(
      false,
    );
  });
});

describe('tier warnings', () => {
  it('exactly 40 days is allowed; 41 is flagged; a name used twice is flagged once more', () => {
    expect(tiers.validateTierSettings({ tiers: [{ name: 'd40', daysBefore: 40 }] })).toEqual([]);
    const w = tiers.validateTierSettings({
      tiers: [
        { name: 'a', daysBefore: 41 },
        { name: 'b', daysBefore: 10 },
        { name: 'b', daysBefore: 12 },
      ],
    });
    expect(w.map((x) => x.tier)).toEqual(['a', 'b']);
  });
});
