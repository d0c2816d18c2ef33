// What the old contact-rules tests pinned that still holds, now asked through the one gate
// with the stored customer (the adapter): hours to the minute from the owner's settings, the
// customer's own hours, consent per channel, do-not-contact dates by the China calendar.
import { describe, expect, it } from 'vitest';
import { checkCustomer, gateSettingsOf } from '../../../../shared/domain/contact/customer-gate';
import type { Channel, Client } from '../../../../shared/domain/types';
import { client, settings } from '../reminders/fixtures';

// Beijing wall-clock time → the UTC instant the app stores.
const at = (beijing: string) => new Date(Date.parse(`${beijing}+08:00`)).toISOString();
const ask = (c: Client, channel: Channel, beijing: string, s = settings()) =>
  checkCustomer({
    client: c,
    channel,
    purpose: 'service',
    at: at(beijing),
    settings: gateSettingsOf(s),
  });

describe('hours to the minute', () => {
  it('calls 09:00-21:00, texts 08:00-21:00, e-mail with the texts', () => {
    const c = client('c');
    expect(ask(c, 'call', '2026-06-01T08:59:00').reasons).toEqual(['quiet_hours']);
    expect(ask(c, 'call', '2026-06-01T09:00:00').allowed).toBe(true);
    expect(ask(c, 'call', '2026-06-01T20:59:00').allowed).toBe(true);
    expect(ask(c, 'call', '2026-06-01T21:00:00').nextAllowedAt).toBe('2026-06-02T09:00:00+08:00');
    expect(ask(c, 'sms', '2026-06-01T07:59:00').nextAllowedAt).toBe('2026-06-01T08:00:00+08:00');
    expect(ask(c, 'sms', '2026-06-01T08:00:00').allowed).toBe(true);
  });

  it("the hours come from the owner's settings", () => {
    const early = settings({ textHours: { from: '07:00', to: '22:00' } });
    expect(ask(client('c'), 'sms', '2026-06-01T07:00:00', early).allowed).toBe(true);
    expect(ask(client('c'), 'sms', '2026-06-01T21:30:00', early).allowed).toBe(true);
  });

  it("the customer's own hours narrow every channel", () => {
    const c = client('c', { preferredHours: { from: '12:00', to: '13:30' } });
    expect(ask(c, 'call', '2026-06-01T13:29:00').allowed).toBe(true);
    expect(ask(c, 'call', '2026-06-01T13:30:00').nextAllowedAt).toBe('2026-06-02T12:00:00+08:00');
    expect(ask(c, 'sms', '2026-06-01T10:00:00').reasons).toEqual(['customer_hours']);
  });
});

describe('consent and do-not-contact', () => {
  it('no SMS consent blocks SMS only, for good; a call needs none', () => {
    const c = client('c', { smsConsent: false });
    expect(ask(c, 'sms', '2026-06-01T10:00:00')).toEqual({
      allowed: false,
      reasons: ['no_consent'],
      nextAllowedAt: null,
    });
    expect(ask(c, 'call', '2026-06-01T10:00:00').allowed).toBe(true);
  });

  it('do-not-contact comes first and never lifts by itself', () => {
    const c = client('c', { smsConsent: false, doNotContact: true });
    expect(ask(c, 'sms', '2026-06-01T03:00:00')).toEqual({
      allowed: false,
      reasons: ['do_not_contact', 'no_consent', 'quiet_hours'],
      nextAllowedAt: null,
    });
  });

  it('a do-not-contact date ends by the China date', () => {
    const c = client('c', { doNotContactUntil: '2026-06-02' });
    // 2026-06-01T17:00Z is 01:00 on 2026-06-02 in Beijing: ended (only the hours block).
    expect(
      checkCustomer({
        client: c,
        channel: 'sms',
        purpose: 'service',
        at: '2026-06-01T17:00:00.000Z',
        settings: gateSettingsOf(settings()),
      }).reasons,
    ).toEqual(['quiet_hours']);
    expect(ask(c, 'sms', '2026-06-01T23:00:00').reasons).toEqual(['do_not_contact', 'quiet_hours']);
    expect(ask(c, 'call', '2026-06-01T10:00:00').nextAllowedAt).toBe('2026-06-02T09:00:00+08:00');
  });
});
