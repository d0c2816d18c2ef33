// A per-channel do-not-contact recorded through the contact preferences reaches the plan on the
// real schema (fake-indexeddb): calls closed with no other channel open takes the customer's
// reminders off Today (paused, not deleted); a consent on SMS brings them back, to be sent by
// text; lifting the block brings everything back. An overall do-not-contact removes them all.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import {
  updateContactPrefs,
  type ContactPrefsInput,
} from '../../../renderer/db/repositories/contact-prefs-repository';
import { listTaskViews } from '../../../renderer/db/repositories/plan-queries';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';

const TODAY = '2026-06-05';
const NOW = '2026-06-05T02:00:00.000Z';

let n = 0;
async function seeded() {
  const db = new AppDb(`channel-blocks-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await db.staff.put(staff('s1', '张三'));
  for (const id of ['c0', 'c1']) {
    await db.clients.put(client(id, { smsConsent: false }));
    await db.vehicles.put(vehicle(`v${id}`, id));
    await db.policies.put(policy(`p${id}`, `v${id}`, '2026-06-20'));
  }
  await recomputePlan(db, { today: TODAY, now: NOW, actor: 'system' });
  return db;
}

const due = async (db: AppDb) =>
  (await listTaskViews(db, { today: TODAY, now: NOW, dueOnly: true }))
    .map((v) => v.client?.id)
    .sort();

const input = (over: Partial<ContactPrefsInput['contact']>, doNotContact = false) => ({
  preferredChannel: null,
  preferredHours: null,
  doNotContact,
  legacySmsConsent: false,
  contact: { consents: [], optedOut: [], doNotContactChannels: [], ...over },
});

async function setPrefs(db: AppDb, prefs: ContactPrefsInput) {
  await updateContactPrefs(db, 'c0', prefs, 's1');
  await recomputePlan(db, { today: TODAY, now: NOW, actor: 'system' });
}

describe('per-channel blocks reach the plan and Today', () => {
  it('calls closed, nothing else open: off Today; SMS consent brings it back; lifted: all back', async () => {
    const db = await seeded();
    expect(await due(db)).toEqual(['c0', 'c1']);
    await setPrefs(db, input({ doNotContactChannels: ['call'] }));
    expect(await due(db)).toEqual(['c1']);
    const paused = (await db.tasks.toArray()).filter((t) => t.caseId.startsWith('vc0'));
    expect(paused.length).toBeGreaterThan(0);
    expect(paused.every((t) => t.status !== 'pending')).toBe(true);
    expect(paused.some((t) => t.cancelReason === 'do_not_contact')).toBe(true);

    await setPrefs(
      db,
      input({
        doNotContactChannels: ['call'],
        consents: [
          { channel: 'sms', purpose: 'marketing', at: NOW, how: 'verbal', byStaffId: 's1' },
        ],
      }),
    );
    expect(await due(db)).toEqual(['c0', 'c1']);

    await setPrefs(db, input({ optedOut: ['call'] }));
    expect(await due(db)).toEqual(['c1']);
    await setPrefs(db, input({}));
    expect(await due(db)).toEqual(['c0', 'c1']);
  });

  it('an overall do-not-contact removes the customer from Today', async () => {
    const db = await seeded();
    await setPrefs(db, input({}, true));
    expect(await due(db)).toEqual(['c1']);
  });
});
