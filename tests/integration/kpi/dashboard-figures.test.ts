// The dashboard's figures and drill-downs from a stored database (fake-indexeddb), computed by
// the same handlers the figures worker serves: a renewal by a later policy, a logged loss, a
// lapse, a pending policy, the period filter, the 24 months and the load ahead.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDb } from '../../../renderer/db/app-db';
import { recordFeedback } from '../../../renderer/db/repositories/feedback-repository';
import { kpiHandlers } from '../../../renderer/services/kpi/kpi-worker-handlers';
import { renewalCase, task } from '../../unit/domain/reminders/fixtures';
import { freshDb, makeClient, makePolicy, makeStaff, makeVehicle } from '../db/fixtures';

const TODAY = '2026-12-02';
// No sign-in set up in this database: whoever asks counts as the owner (principalOf).
const OWNER = 'desk';
let db: AppDb;
const api = () => kpiHandlers(async () => db);

let wangId = '';

/** The agency every test reads: one policy of each status, two staff (one deactivated). */
async function seeded(): Promise<AppDb> {
  const db = freshDb();
  await db.open();
  const wang = makeStaff({ name: '王芳', dailyCapacity: 20 });
  const li = makeStaff({ name: '李强', dailyCapacity: 10, active: false });
  const zhang = makeClient({ name: '张伟' });
  const liu = makeClient({ name: '刘洋' });
  const a = makeVehicle(zhang.id, { plate: '京A12345' });
  const b = makeVehicle(liu.id, { plate: '京B54321' });
  const c = makeVehicle(liu.id, { plate: '京C11111' });
  const d = makeVehicle(zhang.id, { plate: null });
  const policy = (
    vehicle: { id: string },
    insuredId: string,
    over: Parameters<typeof makePolicy>[2],
  ) => makePolicy(vehicle.id, insuredId, over);
  const aOld = policy(a, zhang.id, { kind: 'commercial', endDate: '2026-11-10', premium: 3000 });
  const aNew = policy(a, zhang.id, {
    kind: 'commercial',
    insurer: '平安',
    startDate: '2026-11-11',
    endDate: '2027-11-10',
    premium: 3200,
  });
  const bLost = policy(b, liu.id, { endDate: '2026-11-20', premium: 950 });
  const cLapsed = policy(c, liu.id, { kind: 'commercial', endDate: '2026-10-01', premium: 2000 });
  const dPending = policy(d, zhang.id, { endDate: '2026-12-20', premium: 900 });
  await db.transaction(
    'rw',
    [db.staff, db.clients, db.vehicles, db.policies, db.cases],
    async () => {
      await db.staff.bulkAdd([wang, li]);
      await db.clients.bulkAdd([zhang, liu]);
      await db.vehicles.bulkAdd([a, b, c, d]);
      await db.policies.bulkAdd([aOld, aNew, bLost, cLapsed, dPending]);
      await db.cases.bulkAdd([
        renewalCase(a.id, aOld.endDate, { policyIds: [aOld.id], assigneeId: wang.id }),
        renewalCase(b.id, bLost.endDate, {
          policyIds: [bLost.id],
          assigneeId: li.id,
          state: 'lost',
          lostReason: '价格',
          closedAt: '2026-11-15T02:00:00.000Z',
        }),
        renewalCase(c.id, cLapsed.endDate, { policyIds: [cLapsed.id], assigneeId: wang.id }),
      ]);
    },
  );
  wangId = wang.id;
  return db;
}

beforeAll(async () => {
  db = await seeded();
});

describe('dashboard figures from the stored records', () => {
  it('the last 12 months: one of each status, rate by count and premium', async () => {
    const data = await api().dashboard({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      period: 'year',
    });
    expect(data.totals).toEqual({
      due: 4,
      renewed: 1,
      lost: 1,
      lapsed: 1,
      pending: 1,
      rate: 0.25,
      premiumDue: 3000 + 950 + 2000 + 900,
      premiumRenewed: 3200,
    });
    expect(
      data.byStaff.map((r) => [r.staff, r.due, r.renewed, r.lost, r.lapsed, r.pending]),
    ).toEqual([
      ['李强', 1, 0, 1, 0, 0], // deactivated since: kept in past figures
      ['王芳', 2, 1, 0, 1, 0],
      [null, 1, 0, 0, 0, 1],
    ]);
    expect(data.byKind.map((r) => [r.kind, r.due, r.renewed])).toEqual([
      ['compulsory', 2, 0],
      ['commercial', 2, 1],
    ]);
    expect(data.lostReasons).toEqual([{ reason: '价格', count: 1, premium: 950 }]);
    expect(data.hasPolicies).toBe(true);
  });

  it('24 months ending this month, empty months filled with no rate (no division by zero)', async () => {
    const data = await api().dashboard({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      period: 'year',
    });
    expect(data.months).toHaveLength(24);
    expect(data.months[0]?.month).toBe('2025-01');
    expect(data.months.at(-1)).toMatchObject({
      month: '2026-12',
      due: 1,
      pending: 1,
      closed: false,
    });
    expect(data.months.find((m) => m.month === '2026-11')).toMatchObject({
      due: 2,
      renewed: 1,
      lost: 1,
    });
    expect(data.months.find((m) => m.month === '2026-06')).toMatchObject({ due: 0, rate: null });
  });

  it('this month only counts the policy ending this month; the load puts it in its week', async () => {
    const data = await api().dashboard({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      period: 'month',
    });
    expect(data.totals).toMatchObject({ due: 1, pending: 1, rate: 0 });
    // 2026-12-20 is a Sunday: the week of Monday 12-14; capacity is the active staff's only.
    expect(data.load.find((w) => w.weekStart === '2026-12-14')).toEqual({
      weekStart: '2026-12-14',
      due: 1,
      capacity: 5 * 20,
    });
  });

  it('drills down to a person’s policies with the customer and car, and to a lost reason', async () => {
    const mine = await api().drillDown({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      filter: { period: 'year', staff: '王芳' },
    });
    expect(mine.total).toBe(2);
    expect(mine.rows.map((r) => [r.clientName, r.plate, r.status, r.endDate])).toEqual([
      ['刘洋', '京C11111', 'lapsed', '2026-10-01'],
      ['张伟', '京A12345', 'renewed', '2026-11-10'],
    ]);
    expect(mine.rows[1]).toMatchObject({ renewedInsurer: '平安', renewedPremium: 3200 });
    const lost = await api().drillDown({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      filter: { period: 'year', status: 'lost', lostReason: '价格' },
    });
    expect(lost.rows.map((r) => [r.clientName, r.lostReason, r.staff])).toEqual([
      ['刘洋', '价格', '李强'],
    ]);
    const unassigned = await api().drillDown({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      filter: { period: 'year', staff: null },
    });
    expect(unassigned.rows.map((r) => [r.clientName, r.plate])).toEqual([['张伟', null]]);
  });

  it('shows where the renewal went and drills down to the policies of one move', async () => {
    const data = await api().dashboard({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      period: 'year',
    });
    const from = data.switches.from[0];
    expect(data.switches.cells).toEqual([{ from, to: '平安', count: 1, premium: 3200 }]);
    expect(from).not.toBe('平安');
    expect(data.switches.switched).toBe(1);
    const moved = await api().drillDown({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      filter: { period: 'year', status: 'renewed', insurer: from, renewedInsurer: '平安' },
    });
    expect(moved.rows.map((r) => [r.clientName, r.renewedInsurer])).toEqual([['张伟', '平安']]);
    const none = await api().drillDown({
      dbName: db.name,
      actor: OWNER,
      today: TODAY,
      filter: { period: 'year', renewedInsurer: '太平洋' },
    });
    expect(none.total).toBe(0);
  });

  it('a worker warmed before sign-in answers as a cold one, with what was written since', async () => {
    const own = await seeded();
    const warmed = kpiHandlers(async () => own);
    // Read while the person signs in (kpi-client warmFigures): the open months' records.
    await warmed.warm({ dbName: own.name, today: TODAY });
    // Written in between: a policy due this month, which the warm read did not see.
    const later = makeVehicle(makeClient().id);
    await own.vehicles.add(later);
    await own.policies.add(
      makePolicy(later.id, later.ownerId, {
        endDate: '2026-12-24',
        premium: 700,
        // Written after every seeded row (they share one stamp): seen as new since the warm read.
        createdAt: '2026-12-02T01:00:00.000Z',
        updatedAt: '2026-12-02T01:00:00.000Z',
      }),
    );
    const args = { dbName: own.name, actor: OWNER, today: TODAY, period: 'year' as const };
    const fromWarm = await warmed.dashboard(args);
    expect(fromWarm).toEqual(await kpiHandlers(async () => own).dashboard(args));
    expect(fromWarm.totals).toMatchObject({ due: 5, pending: 2 });
  });

  it('an empty database says so instead of showing zeros', async () => {
    const empty = freshDb();
    await empty.open();
    const data = await kpiHandlers(async () => empty).dashboard({
      dbName: empty.name,
      actor: OWNER,
      today: TODAY,
      period: 'all',
    });
    expect(data.hasPolicies).toBe(false);
    expect(data.totals.rate).toBeNull();
    expect(data.months.every((m) => m.due === 0)).toBe(true);
  });

  it('staff see the figures of their own cases only, whatever they ask for; nobody is refused', async () => {
    const own = await seeded();
    const boss = makeStaff({ name: '店主', role: 'owner' });
    const cred = (id: string) => ({
      id,
      passwordHash: 'h',
      pinHash: null,
      mustChange: false,
      updatedAt: '2026-12-01T00:00:00.000Z',
      updatedBy: id,
    });
    await own.staff.add(boss);
    await own.credentials.bulkAdd([cred(boss.id), cred(wangId)]);
    const handlers = kpiHandlers(async () => own);
    const asStaff = { dbName: own.name, actor: wangId, today: TODAY };

    const data = await handlers.dashboard({ ...asStaff, period: 'year' });
    expect(data.scope).toBe('own');
    expect(data.totals).toMatchObject({ due: 2, renewed: 1, lapsed: 1, lost: 0, pending: 0 });
    expect(data.byStaff.map((r) => r.staff)).toEqual(['王芳']);
    // Asking for someone else's list gives nothing of theirs.
    const theirs = await handlers.drillDown({
      ...asStaff,
      filter: { period: 'year', staff: '李强' },
    });
    expect(theirs.total).toBe(0);
    const all = await handlers.drillDown({ ...asStaff, filter: { period: 'year' } });
    expect(all.rows.map((r) => r.clientName).sort()).toEqual(['刘洋', '张伟']);

    const team = await handlers.dashboard({ ...asStaff, actor: boss.id, period: 'year' });
    expect(team.scope).toBe('team');
    expect(team.totals.due).toBe(4);

    await expect(
      handlers.dashboard({ ...asStaff, actor: 'someone-else', period: 'year' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
  it('staff performance: the period’s cases and their tasks per person, overdue as of today; staff read their own row', async () => {
    const own = await seeded();
    const cases = await own.cases.toArray();
    const wangCase = cases.find((c) => c.assigneeId === wangId && c.endDate === '2026-11-10');
    if (!wangCase) throw new Error('seed changed');
    await own.tasks.bulkAdd([
      // Tried on its day (China time) and again later: on time, two contacts.
      task('t1', wangCase.id, 'd30', '2026-10-12', {
        assigneeId: wangId,
        status: 'done',
        attempts: [
          { at: '2026-10-12T03:00:00.000Z', channel: 'call', outcome: 'no_answer' },
          { at: '2026-10-20T03:00:00.000Z', channel: 'call', outcome: 'renewed' },
        ],
      }),
      // Never tried and its day passed: due, late and overdue.
      task('t2', wangCase.id, 'd15', '2026-11-25', { assigneeId: wangId }),
    ]);
    // Feedback about 王芳: a complaint and a praise scored 4 this year, a complaint long before.
    const manager = makeStaff({ name: '赵经理', role: 'manager' });
    await own.staff.add(manager);
    const about = {
      channel: 'call' as const,
      severity: 'low' as const,
      text: '电话里态度不好',
      clientId: wangCase.clientId,
      aboutStaffId: wangId,
    };
    await recordFeedback(own, { ...about, kind: 'complaint', handlerId: manager.id }, OWNER);
    await recordFeedback(own, { ...about, kind: 'praise', satisfaction: 4 }, OWNER);
    await recordFeedback(
      own,
      {
        ...about,
        kind: 'complaint',
        handlerId: manager.id,
        receivedAt: '2025-06-01T02:00:00.000Z',
      },
      OWNER,
    );
    const handlers = kpiHandlers(async () => own);
    const rows = await handlers.performance({
      dbName: own.name,
      actor: OWNER,
      today: TODAY,
      period: 'year',
    });
    const wang = rows.find((r) => r.staff === '王芳');
    expect(wang).toMatchObject({
      cases: 2,
      due: 2,
      renewed: 1,
      tierCallsDue: 2,
      tierCallsOnTime: 1,
      attempts: 2,
      attemptsPerCase: 2,
      overdue: 1,
      complaints: 1,
      complaintsPer100Contacts: 50,
      satisfaction: 4,
      satisfactionCount: 1,
    });
    // The deactivated 李强 keeps his past case; the pending policy's car has no case yet, so it
    // counts as nobody's (the unassigned row, last).
    expect(rows.map((r) => [r.staff, r.due])).toEqual([
      ['李强', 1],
      ['王芳', 2],
      ['赵经理', 0],
      [null, 1],
    ]);

    const boss = makeStaff({ name: '店主', role: 'owner' });
    const cred = (id: string) => ({
      id,
      passwordHash: 'h',
      pinHash: null,
      mustChange: false,
      updatedAt: '2026-12-01T00:00:00.000Z',
      updatedBy: id,
    });
    await own.staff.add(boss);
    await own.credentials.bulkAdd([cred(boss.id), cred(wangId)]);
    const mine = await handlers.performance({
      dbName: own.name,
      actor: wangId,
      today: TODAY,
      period: 'year',
    });
    expect(mine.map((r) => r.staff)).toEqual(['王芳']);
  });
  it('risk list: an open case ending within 15 days nobody reached, a high quote, an open complaint', async () => {
    const own = await seeded();
    const vehicles = await own.vehicles.toArray();
    const dCar = vehicles.find((v) => v.plate === null);
    const bCar = vehicles.find((v) => v.plate === '京B54321');
    if (!dCar || !bCar) throw new Error('seed changed');
    const dPolicy = (await own.policies.where('vehicleId').equals(dCar.id).toArray())[0];
    if (!dPolicy) throw new Error('seed changed');
    await own.cases.bulkAdd([
      // Ends on the 20th (18 days away): not soon enough to be "no contact".
      renewalCase(dCar.id, '2026-12-20', {
        clientId: dCar.ownerId,
        policyIds: [dPolicy.id],
        assigneeId: wangId,
        state: 'quoted',
        quotedPremium: 1200, // the expiring premium is 900: a third above
      }),
      renewalCase(bCar.id, '2026-12-12', { clientId: bCar.ownerId, assigneeId: wangId }),
    ]);
    const manager = makeStaff({ name: '赵经理', role: 'manager' });
    await own.staff.add(manager);
    await recordFeedback(
      own,
      {
        kind: 'complaint',
        channel: 'call',
        severity: 'low',
        text: '重复来电',
        clientId: bCar.ownerId,
        handlerId: manager.id,
      },
      OWNER,
    );
    const { rows, total } = await kpiHandlers(async () => own).risks({
      dbName: own.name,
      actor: OWNER,
      today: TODAY,
    });
    expect(total).toBe(2);
    expect(rows.map((r) => [r.plate, r.daysLeft, r.staff, r.reasons])).toEqual([
      ['京B54321', 10, '王芳', ['no_contact', 'open_complaint']],
      [null, 18, '王芳', ['high_quote']],
    ]);
    expect(rows[1]).toMatchObject({ quotedPremium: 1200, expiringPremium: 900 });
  });
  it('rate by the tier at first contact, and its drill-down', async () => {
    const own = await seeded();
    const wangCase = (await own.cases.toArray()).find((c) => c.endDate === '2026-11-10');
    if (!wangCase) throw new Error('seed changed');
    await own.tasks.bulkAdd([
      task('t1', wangCase.id, 'd15', '2026-10-27', {
        status: 'done',
        attempts: [{ at: '2026-10-27T03:00:00.000Z', channel: 'call', outcome: 'renewed' }],
      }),
      task('t2', wangCase.id, 'd30', '2026-10-12', {
        status: 'done',
        attempts: [{ at: '2026-10-12T03:00:00.000Z', channel: 'call', outcome: 'no_answer' }],
      }),
    ]);
    const handlers = kpiHandlers(async () => own);
    const rows = await handlers.tierRates({
      dbName: own.name,
      actor: OWNER,
      today: TODAY,
      period: 'year',
    });
    // The renewed car was first tried at 30 days (unanswered), then renewed at 15: it counts
    // under d30. The other three due policies were never tried.
    expect(rows.map((r) => [r.tier, r.due, r.renewed])).toEqual([
      ['d30', 1, 1],
      [null, 3, 0],
    ]);
    const drill = await handlers.drillDown({
      dbName: own.name,
      actor: OWNER,
      today: TODAY,
      filter: { period: 'year', firstTier: 'd30' },
    });
    expect(drill.rows.map((r) => r.clientName)).toEqual(['张伟']);
    const never = await handlers.drillDown({
      dbName: own.name,
      actor: OWNER,
      today: TODAY,
      filter: { period: 'year', firstTier: null },
    });
    expect(never.total).toBe(3);
  });
  it('monthly review: one month’s figures and its complaints, final once nothing is pending', async () => {
    const own = await seeded();
    const manager = makeStaff({ name: '赵经理', role: 'manager' });
    await own.staff.add(manager);
    const client = (await own.cases.toArray())[0]?.clientId ?? null;
    const complaint = {
      kind: 'complaint' as const,
      channel: 'call' as const,
      severity: 'high' as const,
      text: '多次来电',
      clientId: client,
      aboutStaffId: wangId,
      handlerId: manager.id,
    };
    // Received on 1 November in China (31 October in UTC): November's; and one in December.
    await recordFeedback(own, { ...complaint, receivedAt: '2026-10-31T17:00:00.000Z' }, OWNER);
    await recordFeedback(own, { ...complaint, receivedAt: '2026-12-01T02:00:00.000Z' }, OWNER);
    const review = await kpiHandlers(async () => own).monthlyReview({
      dbName: own.name,
      actor: OWNER,
      today: TODAY,
      month: '2026-11',
    });
    expect(review.totals).toMatchObject({ due: 2, renewed: 1, lost: 1, pending: 0 });
    expect(review.closed).toBe(true);
    expect(review.byStaff.map((r) => [r.staff, r.due])).toEqual([
      ['李强', 1],
      ['王芳', 1],
    ]);
    expect(review.lostReasons).toEqual([{ reason: '价格', count: 1, premium: 950 }]);
    expect(review.complaints).toMatchObject({ received: 1, open: 1, overdue: 1 });
    expect(review.complaints.list[0]).toMatchObject({
      receivedOn: '2026-11-01',
      severity: 'high',
      state: 'received',
      about: '王芳',
      handler: '赵经理',
    });
  });
});
