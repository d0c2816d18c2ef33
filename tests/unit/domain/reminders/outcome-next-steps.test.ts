// What an outcome does next, stated to the field: the attempt recorded, the retry day, the
// call-back and verify tasks it makes, the case state, the tasks it closes, the client it
// changes. Records are built by hand so every expected value is written out here.
import { describe, expect, it } from 'vitest';
import {
  applyOutcome,
  OutcomeError,
  type OutcomeContext,
  type OutcomeInput,
} from '../../../../shared/domain/reminders/outcomes';
import { taskIdFor } from '../../../../shared/domain/reminders/record-ids';
import type { AttemptDetail, Client, RenewalCase, Task } from '../../../../shared/domain/types';
import { client, renewalCase, settings, task } from './fixtures';

// 2026-06-05 is a Friday; the case's customer is called by s1, the outcome is logged by s2.
const TODAY = '2026-06-05';
const NOW = '2026-06-05T03:00:00.000Z';
const KASE = renewalCase('v1', '2026-06-20', { assigneeId: 's1' });
const D15 = task('t-d15', KASE.id, 'd15', '2026-06-05', { assigneeId: 's1' });
const D7 = task('t-d7', KASE.id, 'd7', '2026-06-12', { assigneeId: 's1' });

function ctx(patch: Partial<OutcomeContext> = {}): OutcomeContext {
  let n = 0;
  return {
    now: NOW,
    today: TODAY,
    settings: settings(),
    actor: 's2',
    channel: 'call',
    newId: () => `new${++n}`,
    ...patch,
  };
}

function run(
  input: OutcomeInput,
  opts: {
    task?: Task;
    kase?: RenewalCase;
    client?: Client | null;
    caseTasks?: Task[];
    ctx?: Partial<OutcomeContext>;
  } = {},
) {
  const t = opts.task ?? D15;
  return applyOutcome({
    task: t,
    case: opts.kase ?? KASE,
    client: opts.client === undefined ? client('c1') : opts.client,
    caseTasks: opts.caseTasks ?? [t, D7],
    input,
    ctx: ctx(opts.ctx),
  });
}

const stamped = { updatedAt: NOW, updatedBy: 's2' };
/** What the first task an outcome makes always holds: its id, stamps, case and a fresh state. */
const firstMade = {
  id: 'new1',
  createdAt: NOW,
  ...stamped,
  caseId: KASE.id,
  status: 'pending',
  attempts: [],
};

describe('the attempt', () => {
  it('records when, how, what, the note, the script and who, and stamps the task', () => {
    const r = run(
      { outcome: 'no_answer' },
      { ctx: { channel: 'wechat', note: '关机', scriptId: 'sc1', scriptVersion: 4 } },
    );
    expect(r.task.attempts).toEqual([
      {
        at: NOW,
        channel: 'wechat',
        outcome: 'no_answer',
        note: '关机',
        detail: null,
        scriptId: 'sc1',
        scriptVersion: 4,
        byStaffId: 's2',
      },
    ]);
    expect(r.task).toMatchObject(stamped);
  });

  it('without a script or a note those fields are null, not missing', () => {
    const [attempt] = run({ outcome: 'busy' }).task.attempts;
    expect(attempt).toMatchObject({ note: null, scriptId: null, scriptVersion: null });
  });

  it('keeps the earlier attempts and appends the new one', () => {
    const earlier = { at: 'earlier', channel: 'call' as const, outcome: 'busy' as const };
    const r = run({ outcome: 'no_answer' }, { task: { ...D15, attempts: [earlier] } });
    expect(r.task.attempts.map((a) => a.at)).toEqual(['earlier', NOW]);
  });

  // The note is what the person typed; the outcome's own facts are data (screens word them).
  it.each<[OutcomeInput, string, string | null, AttemptDetail | null]>([
    [{ outcome: 'quoted', amount: 3200 }, ' 想想 ', '想想', { amount: 3200 }],
    [{ outcome: 'quoted', amount: 3200 }, '', null, { amount: 3200 }],
    [
      { outcome: 'renewed', insurer: '平安', premium: 3100 },
      '',
      null,
      { insurer: '平安', premium: 3100 },
    ],
    [{ outcome: 'lost', reason: '价格' }, '', null, { reason: '价格' }],
    [
      { outcome: 'lost', reason: '其他', reasonText: ' 搬家了 ' },
      '',
      null,
      { reason: '其他', reasonText: '搬家了' },
    ],
    [
      { outcome: 'callback', at: '2026-06-06T06:30:00.000Z' },
      '',
      null,
      { callbackAt: '2026-06-06T06:30:00.000Z' },
    ],
    [{ outcome: 'no_answer' }, '', null, null],
    [{ outcome: 'sent' }, '已发送', '已发送', null],
  ])('%j with the note %j keeps note %j and detail %j', (input, typed, note, detail) => {
    const [attempt] = run(input, { ctx: { note: typed } }).task.attempts;
    expect(attempt?.note).toBe(note);
    expect(attempt?.detail).toEqual(detail);
  });
});

describe('retry on no answer or busy', () => {
  it('moves the same task to the next working day (past a user holiday) and drops the time', () => {
    const withTime = { ...D15, dueAt: '2026-06-05T02:00:00.000Z' };
    const r = run(
      { outcome: 'no_answer' },
      { task: withTime, ctx: { settings: settings({ extraHolidays: ['2026-06-08'] }) } },
    );
    expect(r.task).toMatchObject({ status: 'pending', dueDate: '2026-06-09', dueAt: null });
    expect(r.newTasks).toEqual([]);
    expect(r.cancelledTasks).toEqual([]);
  });

  it('retries while the attempts are fewer than maxAttempts, then the task is done', () => {
    const busy = { at: 'x', channel: 'call' as const, outcome: 'busy' as const };
    // 3 allowed: the 2nd try is retried, the 3rd closes the task.
    expect(run({ outcome: 'busy' }, { task: { ...D15, attempts: [busy] } }).task.status).toBe(
      'pending',
    );
    expect(run({ outcome: 'busy' }, { task: { ...D15, attempts: [busy, busy] } }).task.status).toBe(
      'done',
    );
    const two = { settings: settings({ maxAttempts: 2 }) };
    expect(
      run({ outcome: 'busy' }, { task: { ...D15, attempts: [busy] }, ctx: two }).task.status,
    ).toBe('done');
  });

  it('counts only unanswered tries, not texts sent on the same task', () => {
    const sent = { at: 'x', channel: 'sms' as const, outcome: 'sent' as const };
    const busy = { at: 'y', channel: 'call' as const, outcome: 'busy' as const };
    const r = run({ outcome: 'no_answer' }, { task: { ...D15, attempts: [sent, busy, sent] } });
    expect(r.task.status).toBe('pending');
  });

  it('an unanswered call confirms nothing and changes neither case nor client', () => {
    const verify = task('t-v', KASE.id, 'verify', '2026-06-04');
    for (const outcome of ['busy', 'no_answer'] as const) {
      const r = run({ outcome }, { caseTasks: [D15, D7, verify] });
      expect(r.case).toBe(KASE);
      expect(r.client).toBeNull();
      expect(r.verifiedTasks).toEqual([]);
      expect(run({ outcome }, { task: verify }).client).toBeNull();
    }
  });
});

describe('call back', () => {
  it('makes one call-back task at the China date and time agreed, assigned to the case owner', () => {
    // 17:30Z on the 6th is 01:30 on the 7th in Beijing.
    const at = '2026-06-06T17:30:00.000Z';
    const r = run({ outcome: 'callback', at });
    expect(r.newTasks).toEqual([
      {
        ...firstMade,
        kind: 'callback',
        tier: 'callback',
        key: `${KASE.id}:callback:${at}`,
        dueDate: '2026-06-07',
        dueAt: at,
        assigneeId: 's1',
      },
    ]);
    expect(r.task.status).toBe('done');
    expect(r.case).toEqual({ ...KASE, state: 'contacted', ...stamped });
  });

  it('the same call-back agreed twice is one task', () => {
    const at = '2026-06-06T06:30:00.000Z';
    const first = run({ outcome: 'callback', at });
    const again = run(
      { outcome: 'callback', at },
      { task: D7, caseTasks: [D15, D7, ...first.newTasks] },
    );
    expect(again.newTasks).toEqual([]);
  });

  it('a case with no owner gives an unassigned call-back; new ids are the UUID v5 of the task key', () => {
    const { assigneeId: _none, ...unowned } = KASE;
    const r = run(
      { outcome: 'callback', at: '2026-06-06T06:30:00.000Z' },
      { kase: unowned, ctx: { newId: undefined } },
    );
    expect(r.newTasks[0]?.assigneeId).toBeNull();
    expect(r.newTasks[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/);
    expect(r.newTasks[0]?.id).toBe(taskIdFor(r.newTasks[0]?.key ?? ''));
  });

  it('a quoted case stays quoted when a call-back or text follows', () => {
    const quoted = { ...KASE, state: 'quoted' as const };
    expect(
      run({ outcome: 'callback', at: '2026-06-06T06:30:00.000Z' }, { kase: quoted }).case.state,
    ).toBe('quoted');
    expect(run({ outcome: 'sent' }, { kase: quoted }).case).toBe(quoted);
  });
});

describe('text sent', () => {
  it('marks an open case contacted and the task done, confirms no details', () => {
    const verify = task('t-v', KASE.id, 'verify', '2026-06-04');
    const r = run({ outcome: 'sent' }, { caseTasks: [D15, D7, verify] });
    expect(r.task.status).toBe('done');
    expect(r.case.state).toBe('contacted');
    expect(r.verifiedTasks).toEqual([]);
    expect(r.client).toBeNull();
    expect(r.cancelledTasks).toEqual([]);
  });
});

describe('quoted', () => {
  it('sets the state and amount, stamps the case, leaves the other calls', () => {
    const r = run({ outcome: 'quoted', amount: 3200 });
    expect(r.case).toEqual({ ...KASE, state: 'quoted', quotedPremium: 3200, ...stamped });
    expect(r.task.status).toBe('done');
    expect(r.cancelledTasks).toEqual([]);
  });
});

describe('renewed and lost close the case', () => {
  const done = task('t-old', KASE.id, 'd30', '2026-05-21', { status: 'done' });
  const callback = task('t-cb', KASE.id, 'callback', '2026-06-08', {
    key: `${KASE.id}:callback:2026-06-08T02:00:00.000Z`,
  });

  it('renewed: the task is done, the case closed now with insurer and premium', () => {
    const r = run(
      { outcome: 'renewed', insurer: '平安', premium: 3100 },
      { caseTasks: [done, D15, D7, callback] },
    );
    expect(r.task.status).toBe('done');
    expect(r.case).toEqual({
      ...KASE,
      state: 'renewed',
      closedAt: NOW,
      renewedInsurer: '平安',
      renewedPremium: 3100,
      ...stamped,
    });
    // Every other pending task of the case is cancelled by the outcome; done ones stay done.
    expect(r.cancelledTasks).toEqual([
      { ...D7, ...stamped, status: 'cancelled', cancelReason: 'outcome' },
      { ...callback, ...stamped, status: 'cancelled', cancelReason: 'outcome' },
    ]);
  });

  it('lost: closed now with the reason, the other pending tasks cancelled', () => {
    const r = run({ outcome: 'lost', reason: '车已卖' });
    expect(r.case).toEqual({
      ...KASE,
      state: 'lost',
      lostReason: '车已卖',
      closedAt: NOW,
      ...stamped,
    });
    expect(r.task.status).toBe('done');
    expect(r.cancelledTasks.map((t) => [t.id, t.cancelReason])).toEqual([['t-d7', 'outcome']]);
  });

  it('a verify task confirmed on the closing call is done, not cancelled', () => {
    const verify = task('t-v', KASE.id, 'verify', '2026-06-04');
    const r = run(
      { outcome: 'renewed', insurer: '平安', premium: 3100 },
      { caseTasks: [D15, D7, verify] },
    );
    expect(r.verifiedTasks.map((t) => t.id)).toEqual(['t-v']);
    expect(r.cancelledTasks.map((t) => t.id)).toEqual(['t-d7']);
  });

  it('a lost reason not in the settings list is refused, saying which reason', () => {
    expect(() => run({ outcome: 'lost', reason: '不知道' })).toThrow(OutcomeError);
    expect(() => run({ outcome: 'lost', reason: '不知道' })).toThrow(
      /“不知道”不在设置的原因列表中/,
    );
    // A reason the owner added in settings is accepted.
    const own = { settings: settings({ lostReasons: ['不知道'] }) };
    expect(run({ outcome: 'lost', reason: '不知道' }, { ctx: own }).case.state).toBe('lost');
  });

  it('the refusal is an OutcomeError by name (the window shows its message, not a crash)', () => {
    let error: unknown;
    try {
      run({ outcome: 'lost', reason: '不知道' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutcomeError);
    expect((error as Error).name).toBe('OutcomeError');
  });

  it('a done or cancelled task takes no outcome', () => {
    for (const status of ['done', 'cancelled'] as const) {
      expect(() => run({ outcome: 'sent' }, { task: { ...D15, status } })).toThrow(
        /已经完成或已取消/,
      );
    }
  });
});

describe('wrong number', () => {
  it('makes a verify task for today, keyed apart from the plan’s verify task', () => {
    const { assigneeId: _none, ...unowned } = KASE;
    const r = run({ outcome: 'wrong_number' }, { kase: unowned });
    expect(r.newTasks).toEqual([
      {
        ...firstMade,
        kind: 'verify',
        tier: 'verify',
        key: `${KASE.id}:verify:${TODAY}:wrong-number`,
        dueDate: TODAY,
        dueAt: null,
        assigneeId: null,
      },
    ]);
    expect(r.task.status).toBe('done');
    expect(r.case).toBe(unowned);
    expect(r.client).toBeNull();
    expect(r.cancelledTasks).toEqual([]);
  });

  it('does not count as confirming the details a pending verify task asks for', () => {
    const verify = task('t-v', KASE.id, 'verify', '2026-06-04');
    expect(run({ outcome: 'wrong_number' }, { caseTasks: [D15, verify] }).verifiedTasks).toEqual(
      [],
    );
  });
});

describe('do not contact', () => {
  it('keeps the customer off the list for doNotContactMonths and cancels the calls', () => {
    const r = run(
      { outcome: 'do_not_contact' },
      { ctx: { settings: settings({ doNotContactMonths: 7 }) } },
    );
    // The refusal's time goes with it: the contact gate's refused_recently reads it.
    expect(r.client).toEqual({
      ...client('c1'),
      ...stamped,
      doNotContactUntil: '2027-01-05',
      contact: {
        consents: [],
        optedOut: [],
        doNotContactChannels: [],
        refusedAt: stamped.updatedAt,
      },
    });
    expect(r.cancelledTasks.map((t) => t.id)).toEqual(['t-d7']);
    expect(r.task.status).toBe('done');
    expect(r.verifiedTasks).toEqual([]);
  });

  it('a refusal confirms no details: the verify task is cancelled, not done', () => {
    const verify = task('t-v', KASE.id, 'verify', '2026-06-04');
    const r = run({ outcome: 'do_not_contact' }, { caseTasks: [D15, D7, verify] });
    expect(r.verifiedTasks).toEqual([]);
    expect(r.client?.lastVerifiedOn).toBe(client('c1').lastVerifiedOn);
    expect(r.cancelledTasks.map((t) => t.id)).toEqual(['t-d7', 't-v']);
  });

  it('a longer refusal already recorded is kept; a shorter one is extended', () => {
    const longer = client('c1', { doNotContactUntil: '2027-03-01' });
    expect(run({ outcome: 'do_not_contact' }, { client: longer }).client?.doNotContactUntil).toBe(
      '2027-03-01',
    );
    const shorter = client('c1', { doNotContactUntil: '2026-07-01' });
    expect(run({ outcome: 'do_not_contact' }, { client: shorter }).client?.doNotContactUntil).toBe(
      '2026-12-05',
    );
  });

  it('without a client record the calls are still cancelled', () => {
    const r = run({ outcome: 'do_not_contact' }, { client: null });
    expect(r.client).toBeNull();
    expect(r.cancelledTasks.map((t) => t.id)).toEqual(['t-d7']);
  });
});

describe('verification along the way', () => {
  const dueYesterday = task('t-v1', KASE.id, 'verify', '2026-06-04');
  const dueToday = task('t-v2', KASE.id, 'verify', TODAY, {
    key: `${KASE.id}:verify:${TODAY}:wrong-number`,
  });
  const dueTomorrow = task('t-v3', KASE.id, 'verify', '2026-06-06');
  const doneVerify = task('t-v4', KASE.id, 'verify', '2026-06-01', { status: 'done' });

  it('a call that reaches the customer completes the verify tasks due by today', () => {
    const r = run(
      { outcome: 'quoted', amount: 3000 },
      { caseTasks: [D15, D7, dueYesterday, dueToday, dueTomorrow, doneVerify] },
    );
    const attempt = r.task.attempts[0];
    expect(r.verifiedTasks).toEqual([
      { ...dueYesterday, ...stamped, status: 'done', attempts: [attempt] },
      { ...dueToday, ...stamped, status: 'done', attempts: [attempt] },
    ]);
    expect(r.client).toEqual({ ...client('c1'), ...stamped, lastVerifiedOn: TODAY });
  });

  it('nothing due to verify: the client is not touched', () => {
    const r = run({ outcome: 'quoted', amount: 3000 }, { caseTasks: [D15, D7, dueTomorrow] });
    expect(r.verifiedTasks).toEqual([]);
    expect(r.client).toBeNull();
  });

  it('answering the verify task itself updates the verified date, folding in no other task', () => {
    const r = run(
      { outcome: 'callback', at: '2026-06-06T06:30:00.000Z' },
      { task: dueYesterday, caseTasks: [dueYesterday, dueToday, D15] },
    );
    expect(r.client?.lastVerifiedOn).toBe(TODAY);
    expect(r.verifiedTasks).toEqual([]);
  });

  it('a verify call unanswered or without a client record changes no client', () => {
    expect(run({ outcome: 'no_answer' }, { task: dueYesterday }).client).toBeNull();
    expect(
      run({ outcome: 'quoted', amount: 1 }, { task: dueYesterday, client: null }).client,
    ).toBeNull();
  });
});
