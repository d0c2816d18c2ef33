// "Mark as sent" asks the gate inside the write: allowed, the attempt carries the channel,
// the script version, the purpose and the consent it relied on, and the audit says how it went
// out (codes only); refused, nothing is written and the reasons come back.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { getClientActivity } from '../../../renderer/db/repositories/client-timeline';
import { logOutcome } from '../../../renderer/db/repositories/task-repository';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { ContactBlockedError } from '../../../shared/domain/contact/contact-blocked';
import type { Client } from '../../../shared/domain/types';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';

const TODAY = '2026-06-05';
// 10:00 and 22:00 China time.
const MORNING = '2026-06-05T02:00:00.000Z';
const NIGHT = '2026-06-05T14:00:00.000Z';

const CONSENTED: Partial<Client> = {
  smsConsent: true,
  contact: {
    consents: [
      {
        channel: 'sms',
        purpose: 'marketing',
        at: '2026-05-01T02:00:00.000Z',
        how: 'verbal',
        byStaffId: 's1',
      },
    ],
    optedOut: [],
    doNotContactChannels: [],
  },
};

let n = 0;
async function seeded(patch: Partial<Client>) {
  const db = new AppDb(`mark-sent-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await db.clients.put(client('c1', { name: '张伟', ...patch }));
  await db.vehicles.put(vehicle('v1', 'c1', { plate: '京A12345' }));
  await db.policies.put(policy('p1', 'v1', '2026-06-20', 'commercial', { premium: 3100 }));
  await db.staff.put(staff('s1', '张三'));
  await recomputePlan(db, { today: TODAY, now: '2026-06-05T01:00:00.000Z', actor: 'system' });
  const task = (await db.tasks.toArray()).find((t) => t.status === 'pending');
  if (!task) throw new Error('no task planned');
  return { db, task };
}

const send = (db: AppDb, taskId: string, now: string, channel: 'sms' | 'wechat' = 'sms') =>
  logOutcome(
    db,
    taskId,
    { outcome: 'sent' },
    {
      actor: 's1',
      channel,
      now,
      today: TODAY,
      scriptId: 'default:d15:sms',
      scriptVersion: 2,
    },
  );

describe('mark as sent through the gate', () => {
  it('records channel, script version, purpose and consent basis, audited, in the history', async () => {
    const { db, task } = await seeded(CONSENTED);
    await send(db, task.id, MORNING);
    const attempt = (await db.tasks.get(task.id))?.attempts.at(-1);
    expect(attempt).toMatchObject({
      outcome: 'sent',
      channel: 'sms',
      scriptId: 'default:d15:sms',
      scriptVersion: 2,
      purpose: 'renewal',
      consent: {
        purpose: 'marketing',
        at: '2026-05-01T02:00:00.000Z',
        how: 'verbal',
        byStaffId: 's1',
      },
      byStaffId: 's1',
    });
    const events = await db.auditEvents.where('entityId').equals(task.id).toArray();
    expect(events.map((e) => [e.action, e.detail])).toContainEqual([
      'outcome:sent',
      'sms:renewal:verbal',
    ]);
    const activity = await getClientActivity(db, 'c1');
    expect(
      activity.timeline.some((e) => e.kind === 'contact' && e.attempt.outcome === 'sent'),
    ).toBe(true);
  });

  it('refuses without consent, at night, on an opted-out channel: nothing written', async () => {
    const cases: Array<[Partial<Client>, string, 'sms' | 'wechat', string[]]> = [
      [CONSENTED, MORNING, 'wechat', ['no_consent']],
      [CONSENTED, NIGHT, 'sms', ['quiet_hours']],
      [
        { ...CONSENTED, contact: { ...CONSENTED.contact!, optedOut: ['sms'] } },
        MORNING,
        'sms',
        ['opted_out'],
      ],
      [{ ...CONSENTED, doNotContact: true }, MORNING, 'sms', ['do_not_contact']],
    ];
    for (const [patch, now, channel, reasons] of cases) {
      // Planned first: the plan makes no task for a customer already on the list.
      const { db, task } = await seeded(CONSENTED);
      await db.clients.update('c1', patch);
      const before = await db.auditEvents.count();
      const error = await send(db, task.id, now, channel).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContactBlockedError);
      expect((error as ContactBlockedError).reasons).toEqual(reasons);
      expect((await db.tasks.get(task.id))?.attempts).toEqual([]);
      expect(await db.auditEvents.count()).toBe(before);
    }
  });

  it('a second sales text the same day on the same channel is capped', async () => {
    const { db, task } = await seeded(CONSENTED);
    await send(db, task.id, MORNING);
    // Another task of the same customer (a call-back), same day, same channel.
    const other = {
      ...task,
      id: 'other',
      key: `${task.key}:x`,
      status: 'pending' as const,
      attempts: [],
    };
    await db.tasks.put(other);
    const error = await send(db, 'other', '2026-06-05T03:00:00.000Z').catch((e: unknown) => e);
    expect((error as ContactBlockedError).reasons).toEqual(['frequency_cap']);
    expect((error as ContactBlockedError).nextAllowedAt).toBe('2026-06-06T08:00:00+08:00');
  });
});
