// Editing a customer's contact preferences: one audited write (field codes, never values),
// the old 同意短信 flag following the SMS marketing consent, a cleared refusal lifting its date,
// bad hours refused with nothing written.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import {
  updateContactPrefs,
  type ContactPrefsInput,
} from '../../../renderer/db/repositories/contact-prefs-repository';
import { client } from '../../unit/domain/reminders/fixtures';

let n = 0;
async function seeded() {
  const db = new AppDb(`contact-prefs-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await db.clients.put(
    client('c1', {
      smsConsent: true,
      doNotContactUntil: '2026-12-01',
      contact: {
        consents: [],
        optedOut: [],
        doNotContactChannels: [],
        refusedAt: '2026-06-01T02:00:00.000Z',
      },
    }),
  );
  return db;
}

const input = (over: Partial<ContactPrefsInput> = {}): ContactPrefsInput => ({
  preferredChannel: 'wechat',
  preferredHours: { from: '18:00', to: '20:00' },
  doNotContact: false,
  legacySmsConsent: false,
  contact: {
    consents: [
      {
        channel: 'sms',
        purpose: 'marketing',
        at: '2026-06-02T02:00:00.000Z',
        how: 'written',
        byStaffId: 's1',
      },
    ],
    optedOut: ['email'],
    doNotContactChannels: ['call'],
    refusedAt: null,
  },
  ...over,
});

describe('contact preferences', () => {
  it('writes the prefs, keeps 同意短信 equal to the SMS marketing consent, audits codes', async () => {
    const db = await seeded();
    const after = await updateContactPrefs(db, 'c1', input(), 's1');
    expect(after).toMatchObject({
      preferredChannel: 'wechat',
      preferredHours: { from: '18:00', to: '20:00' },
      smsConsent: true,
      // The refusal was cleared: its date goes with it.
      doNotContactUntil: null,
      contact: { optedOut: ['email'], doNotContactChannels: ['call'], refusedAt: null },
    });
    const event = (await db.auditEvents.toArray()).find((e) => e.action === 'update:contact');
    expect(event?.detail).toBe(
      'preferredChannel,preferredHours,consents,optedOut,doNotContactChannels,refusedAt',
    );
    expect(event?.actor).toBe('s1');

    const withdrawn = await updateContactPrefs(
      db,
      'c1',
      input({ contact: { ...input().contact, consents: [] } }),
      's1',
    );
    expect(withdrawn.smsConsent).toBe(false);
  });

  it('refuses hours that are not HH:MM or end before they start; nothing written', async () => {
    const db = await seeded();
    for (const hours of [
      { from: '8:00', to: '20:00' },
      { from: '20:00', to: '18:00' },
    ]) {
      await expect(
        updateContactPrefs(db, 'c1', input({ preferredHours: hours }), 's1'),
      ).rejects.toMatchObject({ code: 'invalid' });
    }
    expect((await db.clients.get('c1'))?.preferredHours).toBeUndefined();
    expect(await db.auditEvents.count()).toBe(0);
  });
});
