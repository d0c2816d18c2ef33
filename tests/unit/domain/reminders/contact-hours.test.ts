// Contact hours and consent to the minute (DOMAIN.md, reminder settings): calls 09:00-21:00,
// SMS and WeChat 08:00-21:00, China time; SMS only with consent (calls and WeChat do not need
// it); the customer's own hours win on every channel; e-mail any time; a refusal blocks every
// channel until its date.
import { describe, expect, it } from 'vitest';
import {
  canContactNow,
  contactBlock,
  contactWindow,
  nextAllowedTime,
  preferredChannel,
} from '../../../../shared/domain/reminders/contact-rules';
import type { Channel, Client } from '../../../../shared/domain/types';
import { client, settings } from './fixtures';

// Beijing wall-clock time → the UTC instant the app stores.
const at = (beijing: string) => new Date(Date.parse(`${beijing}+08:00`)).toISOString();
const s = settings();
/** When `channel` is next allowed for `c`, asked at a Beijing wall-clock time. */
const nextAt = (c: Client, channel: Channel, beijing: string) =>
  nextAllowedTime(c, channel, at(beijing), s);

describe('text hours 08:00-21:00', () => {
  it.each(['sms', 'wechat'] as const)(
    '%s: blocked at 03:00 and 07:59, allowed 08:00-20:59',
    (ch) => {
      const c = client('c');
      expect(contactBlock(c, ch, at('2026-06-01T03:00:00'), s)).toBe('outside_hours');
      expect(contactBlock(c, ch, at('2026-06-01T07:59:00'), s)).toBe('outside_hours');
      expect(contactBlock(c, ch, at('2026-06-01T08:00:00'), s)).toBeNull();
      expect(contactBlock(c, ch, at('2026-06-01T20:59:00'), s)).toBeNull();
      expect(contactBlock(c, ch, at('2026-06-01T21:00:00'), s)).toBe('outside_hours');
    },
  );

  it('a text at 03:00 is next allowed at 08:00 the same day; after 21:00, 08:00 the next', () => {
    expect(nextAt(client('c'), 'sms', '2026-06-01T03:00:00')).toBe('2026-06-01T08:00:00+08:00');
    expect(nextAt(client('c'), 'wechat', '2026-06-01T21:00:00')).toBe('2026-06-02T08:00:00+08:00');
  });

  it('a call at 08:30 waits for 09:00 while a text may go out', () => {
    const now = at('2026-06-01T08:30:00');
    expect(contactBlock(client('c'), 'call', now, s)).toBe('outside_hours');
    expect(nextAllowedTime(client('c'), 'call', now, s)).toBe('2026-06-01T09:00:00+08:00');
    expect(nextAllowedTime(client('c'), 'sms', now, s)).toBe(now);
  });

  it('the hours come from the settings', () => {
    const early = settings({ textHours: { from: '07:00', to: '22:00' } });
    expect(contactBlock(client('c'), 'sms', at('2026-06-01T07:00:00'), early)).toBeNull();
    expect(contactBlock(client('c'), 'sms', at('2026-06-01T21:30:00'), early)).toBeNull();
  });
});

describe('which hours apply', () => {
  it('call → call hours, SMS and WeChat → text hours, e-mail → none', () => {
    const c = client('c');
    expect(contactWindow(c, 'call', s)).toEqual({ from: '09:00', to: '21:00' });
    expect(contactWindow(c, 'sms', s)).toEqual({ from: '08:00', to: '21:00' });
    expect(contactWindow(c, 'wechat', s)).toEqual({ from: '08:00', to: '21:00' });
    expect(contactWindow(c, 'email', s)).toBeNull();
  });

  it('the customer’s own hours apply to every channel, e-mail included', () => {
    const own = { from: '12:00', to: '13:30' };
    const c = client('c', { preferredHours: own });
    for (const ch of ['call', 'sms', 'wechat', 'email'] as const) {
      expect(contactWindow(c, ch, s)).toEqual(own);
    }
    expect(contactBlock(c, 'email', at('2026-06-01T23:00:00'), s)).toBe('outside_hours');
    expect(contactBlock(c, 'call', at('2026-06-01T13:30:00'), s)).toBe('outside_hours');
    expect(contactBlock(c, 'call', at('2026-06-01T13:29:00'), s)).toBeNull();
  });
});

describe('consent', () => {
  const noConsent = client('c', { smsConsent: false });
  const morning = at('2026-06-01T10:00:00');

  it('no SMS consent blocks SMS only: calls and WeChat still allowed', () => {
    expect(contactBlock(noConsent, 'sms', morning, s)).toBe('no_sms_consent');
    expect(contactBlock(noConsent, 'call', morning, s)).toBeNull();
    expect(contactBlock(noConsent, 'wechat', morning, s)).toBeNull();
    expect(canContactNow(noConsent, 'call', morning, s)).toBe(true);
  });

  it('never an SMS without consent; a call is allowed now', () => {
    expect(nextAllowedTime(noConsent, 'sms', morning, s)).toBeNull();
    expect(nextAllowedTime(noConsent, 'call', morning, s)).toBe(morning);
  });

  it('do-not-contact outranks consent and hours', () => {
    const both = client('c', { smsConsent: false, doNotContact: true });
    expect(contactBlock(both, 'sms', at('2026-06-01T03:00:00'), s)).toBe('do_not_contact');
  });
});

describe('e-mail and refusals', () => {
  it('e-mail any time: now itself', () => {
    const night = at('2026-06-01T03:00:00');
    expect(contactBlock(client('c'), 'email', night, s)).toBeNull();
    expect(nextAllowedTime(client('c'), 'email', night, s)).toBe(night);
  });

  it('a refusal blocks e-mail too, until 00:00 of its end date (China date)', () => {
    const refused = client('c', { doNotContactUntil: '2026-06-10' });
    const now = at('2026-06-01T10:00:00');
    expect(contactBlock(refused, 'email', now, s)).toBe('do_not_contact');
    expect(nextAllowedTime(refused, 'email', now, s)).toBe('2026-06-10T00:00:00+08:00');
  });

  it('the refusal ends by the China date: 01:00 on its end date counts as ended', () => {
    // 2026-06-01T17:00Z is 01:00 on 2026-06-02 in Beijing.
    const refused = client('c', { doNotContactUntil: '2026-06-02' });
    expect(contactBlock(refused, 'email', '2026-06-01T17:00:00.000Z', s)).toBeNull();
    expect(contactBlock(refused, 'email', '2026-06-01T15:00:00.000Z', s)).toBe('do_not_contact');
  });

  it('a customer reachable all day after a refusal: from 00:00 of its end date', () => {
    const c = client('c', {
      doNotContactUntil: '2026-06-10',
      preferredHours: { from: '00:00', to: '24:00' },
    });
    expect(nextAt(c, 'call', '2026-06-01T10:00:00')).toBe('2026-06-10T00:00:00+08:00');
  });

  it('a refusal ending today no longer delays anything', () => {
    const c = client('c', { doNotContactUntil: '2026-06-01' });
    const now = at('2026-06-01T10:00:00');
    expect(nextAllowedTime(c, 'call', now, s)).toBe(now);
    expect(nextAllowedTime(c, 'email', now, s)).toBe(now);
  });

  it('an e-mail at midnight during a refusal waits for the refusal’s end date', () => {
    const c = client('c', { doNotContactUntil: '2026-06-10' });
    expect(nextAt(c, 'email', '2026-06-01T00:00:00')).toBe('2026-06-10T00:00:00+08:00');
  });

  it('a refusal already over does not delay a call', () => {
    const c = client('c', { doNotContactUntil: '2026-05-01' });
    const now = at('2026-06-01T10:00:00');
    expect(nextAllowedTime(c, 'call', now, s)).toBe(now);
  });
});

describe('preferred channel', () => {
  it('the customer’s channel, else a call', () => {
    expect(preferredChannel(client('c'))).toBe('call');
    expect(preferredChannel(client('c', { preferredChannel: 'wechat' }))).toBe('wechat');
  });
});
