// The plan's tasks for one car, to the day: which calls it makes, with which fields, the
// verify task for stale details, the 14-day look-ahead, what it cancels and why, what it
// brings back, and the counts it reports.
import { describe, expect, it } from 'vitest';
import {
  computePlan,
  PLAN_HORIZON_DAYS,
  type PlanInput,
} from '../../../../shared/domain/reminders/plan';
import type { Task } from '../../../../shared/domain/types';
import { client, planInput, policy, refusing, settings, stored, task, vehicle } from './fixtures';

// End 2026-06-20 (Sat): d30 2026-05-21 (Thu), d15 2026-06-05 (Fri), d7 2026-06-13 (Sat) →
// 2026-06-12 (Fri), urgent 06-17..06-20, lapsed 06-21; verify the working day before d30.
const CASE_ID = 'v1:2026-06-20';

// Each run gets its own id prefix (one counter per run would reuse ids across runs).
let run = 0;
function ids(prefix = `r${++run}-`): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function base(patch: Partial<PlanInput> = {}): PlanInput {
  return planInput('2026-06-01', {
    clients: [client('c1', { lastVerifiedOn: '2026-05-01' })],
    newId: ids(),
    ...patch,
  });
}

const pendingKeys = (tasks: readonly Task[]) =>
  tasks
    .filter((t) => t.status === 'pending')
    .map((t) => t.key)
    .sort();

describe('tasks the plan makes', () => {
  it('the current call and the later ones within 14 days, every field written out', () => {
    const r = computePlan(base({ newId: ids('id') }));
    const made = (id: string, tier: string, dueDate: string) => ({
      id,
      createdAt: '2026-06-01T01:00:00.000Z',
      updatedAt: '2026-06-01T01:00:00.000Z',
      updatedBy: 'system',
      caseId: CASE_ID,
      kind: 'tier',
      tier,
      key: `${CASE_ID}:${tier}:${dueDate}`,
      dueDate,
      dueAt: null,
      assigneeId: 's1',
      status: 'pending',
      attempts: [],
    });
    expect(r.tasks).toEqual([
      made('id1', 'd30', '2026-05-21'),
      made('id2', 'd15', '2026-06-05'),
      made('id3', 'd7', '2026-06-12'),
    ]);
    expect(r.changedTasks).toEqual(r.tasks);
    expect(r.stats).toEqual({
      casesCreated: 1,
      casesClosed: 0,
      tasksCreated: 3,
      tasksCancelled: 0,
      assigned: 1,
      unassigned: 0,
    });
    expect(r.warnings).toEqual([]);
  });

  it('stamps what it writes with the actor given', () => {
    const r = computePlan(base({ actor: 's9' }));
    expect(r.changedTasks.every((t) => t.updatedBy === 's9')).toBe(true);
    expect(r.changedCases.map((c) => c.updatedBy)).toEqual(['s9']);
  });

  it('looks exactly PLAN_HORIZON_DAYS (14) ahead: a call due on day 14 is made, day 15 not', () => {
    expect(PLAN_HORIZON_DAYS).toBe(14);
    // d7 is due 2026-06-12: 14 days after 05-29, 15 days after 05-28.
    const on14 = computePlan(base({ today: '2026-05-29', now: '2026-05-29T01:00:00.000Z' }));
    expect(pendingKeys(on14.tasks)).toContain(`${CASE_ID}:d7:2026-06-12`);
    const on15 = computePlan(base({ today: '2026-05-28', now: '2026-05-28T01:00:00.000Z' }));
    expect(pendingKeys(on15.tasks)).toEqual([
      `${CASE_ID}:d15:2026-06-05`,
      `${CASE_ID}:d30:2026-05-21`,
    ]);
  });

  it('a recompute later the same way makes nothing new and writes nothing', () => {
    const first = computePlan(base());
    const again = computePlan(base({ cases: first.cases, tasks: first.tasks }));
    expect(again.changedTasks).toEqual([]);
    expect(again.changedCases).toEqual([]);
    expect(again.stats).toEqual({
      casesCreated: 0,
      casesClosed: 0,
      tasksCreated: 0,
      tasksCancelled: 0,
      // The case keeps its assignee: nothing to assign.
      assigned: 0,
      unassigned: 0,
    });
  });

  it('tier warnings of the settings come with the plan', () => {
    const r = computePlan(
      base({ settings: settings({ tiers: [{ name: 'd45', daysBefore: 45 }] }) }),
    );
    expect(r.warnings.map((w) => w.tier)).toEqual(['d45']);
  });
});

describe('verify tasks for stale details', () => {
  it('last verified more than 12 months ago: a verify task the working day before d30', () => {
    const r = computePlan(base({ clients: [client('c1', { lastVerifiedOn: '2025-05-01' })] }));
    expect(r.tasks.find((t) => t.kind === 'verify')).toMatchObject({
      key: `${CASE_ID}:verify:2026-05-20`,
      tier: 'verify',
      dueDate: '2026-05-20',
      status: 'pending',
    });
  });

  it('verified recently: no verify task', () => {
    expect(computePlan(base()).tasks.some((t) => t.kind === 'verify')).toBe(false);
  });

  it('the car changed hands since the last verification: a verify task', () => {
    const sold = vehicle('v1', 'c1', {
      ownerHistory: [{ clientId: 'c0', name: '前车主', from: '2020-01-01', to: '2026-05-10' }],
    });
    const r = computePlan(base({ vehicles: [sold] }));
    expect(r.tasks.some((t) => t.kind === 'verify')).toBe(true);
  });
});

describe('what the plan cancels, and why', () => {
  it('a later tier due supersedes the earlier call; a call-back is left alone', () => {
    const first = computePlan(base());
    const callback = task('cb', CASE_ID, 'callback', '2026-06-02', {
      key: `${CASE_ID}:callback:2026-06-02T02:00:00.000Z`,
      dueAt: '2026-06-02T02:00:00.000Z',
    });
    const later = computePlan(
      base({
        today: '2026-06-05',
        now: '2026-06-05T01:00:00.000Z',
        cases: first.cases,
        tasks: [...first.tasks, callback],
      }),
    );
    expect(later.tasks.find((t) => t.tier === 'd30')).toMatchObject({
      status: 'cancelled',
      cancelReason: 'superseded',
      updatedAt: '2026-06-05T01:00:00.000Z',
    });
    expect(later.tasks.find((t) => t.id === 'cb')?.status).toBe('pending');
    expect(later.stats.tasksCancelled).toBe(1);
  });

  it('a case lost on a call: no call is made again, pending ones are cancelled as closed', () => {
    const first = computePlan(base());
    const lost = first.cases.map((c) => ({ ...c, state: 'lost' as const, lostReason: '价格' }));
    const done = { ...(first.tasks[0] as Task), status: 'done' as const };
    const later = computePlan(
      base({
        today: '2026-06-05',
        now: '2026-06-05T01:00:00.000Z',
        cases: lost,
        tasks: [done, ...first.tasks.slice(1)],
      }),
    );
    expect(pendingKeys(later.tasks)).toEqual([]);
    expect(later.tasks.map((t) => [t.tier, t.status, t.cancelReason])).toEqual([
      ['d30', 'done', undefined],
      ['d15', 'cancelled', 'case_closed'],
      ['d7', 'cancelled', 'case_closed'],
    ]);
    expect(later.stats).toMatchObject({ tasksCreated: 0, tasksCancelled: 2, assigned: 0 });
  });

  it('policies deleted: the case is an orphan, its calls paused as orphaned; back when restored', () => {
    const first = computePlan(base());
    const gone = [policy('p1', 'v1', '2026-06-20', 'compulsory', { deletedAt: '2026-06-01' })];
    const orphaned = computePlan(base({ policies: gone, cases: first.cases, tasks: first.tasks }));
    expect([...orphaned.orphanCaseIds]).toEqual([CASE_ID]);
    expect(orphaned.tasks.map((t) => t.cancelReason)).toEqual(['orphaned', 'orphaned', 'orphaned']);
    expect(orphaned.stats.assigned).toBe(0);
    const restored = computePlan(base({ cases: orphaned.cases, tasks: orphaned.tasks }));
    expect(restored.tasks.map((t) => [t.status, 'cancelReason' in t])).toEqual([
      ['pending', false],
      ['pending', false],
      ['pending', false],
    ]);
    expect(restored.orphanCaseIds.size).toBe(0);
  });

  it('a customer on the do-not-contact list: calls paused as do_not_contact, case listed', () => {
    const first = computePlan(base());
    const refused = computePlan(base({ clients: [refusing('2026-12-01')], ...stored(first) }));
    expect(refused.tasks.map((t) => t.cancelReason)).toEqual([
      'do_not_contact',
      'do_not_contact',
      'do_not_contact',
    ]);
    expect([...refused.doNotContactCaseIds]).toEqual([CASE_ID]);
    expect(refused.stats.tasksCancelled).toBe(3);
  });

  it('a call done today stays done when the plan runs again', () => {
    const first = computePlan(base({ today: '2026-06-05', now: '2026-06-05T01:00:00.000Z' }));
    const tasks = first.tasks.map((t) =>
      t.tier === 'd15' ? { ...t, status: 'done' as const } : t,
    );
    const again = computePlan(
      base({ today: '2026-06-05', now: '2026-06-05T01:00:00.000Z', cases: first.cases, tasks }),
    );
    expect(again.tasks.find((t) => t.tier === 'd15')?.status).toBe('done');
    expect(again.changedTasks).toEqual([]);
  });

  it('a closed case of a refusing customer: closed wins, not listed as do-not-contact', () => {
    const first = computePlan(base());
    const lost = first.cases.map((c) => ({ ...c, state: 'lost' as const }));
    const r = computePlan(
      base({
        clients: [client('c1', { doNotContactUntil: '2026-12-01' })],
        cases: lost,
        tasks: first.tasks,
      }),
    );
    expect(r.doNotContactCaseIds.size).toBe(0);
    expect(r.tasks.map((t) => t.cancelReason)).toEqual([
      'case_closed',
      'case_closed',
      'case_closed',
    ]);
  });

  it('no client record: the case gets no calls and is listed as not to be contacted', () => {
    const r = computePlan(base({ clients: [] }));
    expect(r.tasks).toEqual([]);
    expect([...r.doNotContactCaseIds]).toEqual([CASE_ID]);
  });

  it('a paused call-back comes back; a paused call no longer wanted and final cancels do not', () => {
    const first = computePlan(base());
    const paused = (t: Task) => ({
      ...t,
      status: 'cancelled' as const,
      cancelReason: 'do_not_contact' as const,
    });
    const callback = paused(
      task('cb', CASE_ID, 'callback', '2026-06-03', {
        key: `${CASE_ID}:callback:2026-06-03T02:00:00.000Z`,
      }),
    );
    const oldTier = paused(task('old', CASE_ID, 'd45', '2026-05-06'));
    const byOutcome = {
      ...task('out', CASE_ID, 'callback', '2026-06-04', {
        key: `${CASE_ID}:callback:2026-06-04T02:00:00.000Z`,
      }),
      status: 'cancelled' as const,
      cancelReason: 'outcome' as const,
    };
    const r = computePlan(
      base({ cases: first.cases, tasks: [...first.tasks, callback, oldTier, byOutcome] }),
    );
    const status = (id: string) => r.tasks.find((t) => t.id === id)?.status;
    expect(status('cb')).toBe('pending');
    // Not wanted any more: left exactly as it was (not revived, not re-cancelled).
    expect(r.tasks.find((t) => t.id === 'old')).toBe(oldTier);
    expect(status('out')).toBe('cancelled');
  });
});
