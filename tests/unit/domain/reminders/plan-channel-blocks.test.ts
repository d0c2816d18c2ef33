// A per-channel do-not-contact or opt-out in the plan (issue 13): the plan's calls stay while
// some channel can still carry them (a call needs no consent; another channel needs the
// customer's consent for the purpose), and are removed, like under the overall list, once the
// customer closed every way in. Call-backs are calls: a closed call channel removes them. A
// lifted block brings the paused tasks back; an overall do-not-contact removes every sales task.
import { describe, expect, it } from 'vitest';
import { computePlan, type PlanInput } from '../../../../shared/domain/reminders/plan';
import type { Client, ContactPrefs } from '../../../../shared/domain/types';
import { client, planInput, task } from './fixtures';

const CASE_ID = 'v1:2026-06-20';
let run = 0;
function ids(prefix = `cb${++run}-`): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const prefs = (over: Partial<ContactPrefs>): ContactPrefs => ({
  consents: [],
  optedOut: [],
  doNotContactChannels: [],
  ...over,
});
const smsMarketing = {
  channel: 'sms' as const,
  purpose: 'marketing' as const,
  at: '2026-05-01T02:00:00.000Z',
  how: 'verbal' as const,
  byStaffId: 's1',
};

function base(c: Partial<Client>, patch: Partial<PlanInput> = {}): PlanInput {
  return planInput('2026-06-10', {
    clients: [client('c1', { lastVerifiedOn: '2026-05-01', smsConsent: false, ...c })],
    newId: ids(),
    ...patch,
  });
}
const pending = (r: ReturnType<typeof computePlan>) =>
  r.tasks
    .filter((t) => t.status === 'pending')
    .map((t) => t.tier)
    .sort();
/**
 * The reminders in the look-ahead without any block: the current tier, the urgent calls, lapsed.
 * Computed inside each test that needs it (not at load), so mutation testing can tell which test
 * reached which line of the plan.
 */
const all = () => pending(computePlan(base({})));
/** The sales reminders only: a lapsed notice is a service notice (its own consent). */
const sales = () => all().filter((tier) => tier !== 'lapsed');

describe('per-channel blocks in the plan', () => {
  it('calls closed and no other channel with consent: no task, the case shown as do-not-contact', () => {
    const r = computePlan(base({ contact: prefs({ doNotContactChannels: ['call'] }) }));
    expect(pending(r)).toEqual([]);
    expect([...r.doNotContactCaseIds]).toEqual([CASE_ID]);
    // An opt-out from calls counts the same.
    const opted = computePlan(base({ contact: prefs({ optedOut: ['call'] }) }));
    expect(pending(opted)).toEqual([]);
  });

  it('calls closed but texts open with consent: the reminder stays (Today offers SMS)', () => {
    const r = computePlan(
      base({ contact: prefs({ doNotContactChannels: ['call'], consents: [smsMarketing] }) }),
    );
    expect(sales().length).toBeGreaterThan(1);
    expect(all()).toContain('lapsed');
    // The consent is for sales: the lapsed notice, a service notice, has no channel left.
    expect(pending(r)).toEqual(sales());
    expect(r.doNotContactCaseIds.size).toBe(0);
    // The SMS opted out as well: nothing is left.
    const both = computePlan(
      base({
        contact: prefs({
          doNotContactChannels: ['call'],
          optedOut: ['sms'],
          consents: [smsMarketing],
        }),
      }),
    );
    expect(pending(both)).toEqual([]);
  });

  it('a block on another channel alone changes nothing: calls are open', () => {
    const r = computePlan(base({ contact: prefs({ optedOut: ['sms', 'email', 'wechat'] }) }));
    expect(pending(r)).toEqual(all());
  });

  it('a block recorded later pauses the pending tasks; lifted, they come back', () => {
    const first = computePlan(base({}));
    const callback = task('cb', CASE_ID, 'callback', '2026-06-10', {
      key: `${CASE_ID}:callback:2026-06-10T06:00:00.000Z`,
      dueAt: '2026-06-10T06:00:00.000Z',
    });
    const tasks = [...first.tasks, callback];
    // Calls closed, texts open with consent: the reminder stays, the call-back (a call) goes.
    const textsOnly = computePlan(
      base(
        { contact: prefs({ doNotContactChannels: ['call'], consents: [smsMarketing] }) },
        { cases: first.cases, tasks },
      ),
    );
    expect(textsOnly.tasks.find((t) => t.id === 'cb')).toMatchObject({
      status: 'cancelled',
      cancelReason: 'do_not_contact',
    });
    expect(pending(textsOnly)).toEqual(sales());
    // Nothing open any more: the reminder is paused too.
    const closed = computePlan(
      base(
        { contact: prefs({ doNotContactChannels: ['call'] }) },
        { cases: textsOnly.cases, tasks: textsOnly.tasks },
      ),
    );
    expect(pending(closed)).toEqual([]);
    expect(closed.tasks.find((t) => t.tier === 'd15')).toMatchObject({
      cancelReason: 'do_not_contact',
    });
    // The customer takes calls again: both come back as they were.
    const lifted = computePlan(
      base({ contact: prefs({}) }, { cases: closed.cases, tasks: closed.tasks }),
    );
    expect(pending(lifted)).toEqual([...all(), 'callback'].sort());
  });

  it('an overall do-not-contact removes every sales task', () => {
    const first = computePlan(base({}));
    const r = computePlan(base({ doNotContact: true }, { cases: first.cases, tasks: first.tasks }));
    expect(pending(r)).toEqual([]);
    expect(r.tasks.every((t) => t.status !== 'pending')).toBe(true);
  });
});
