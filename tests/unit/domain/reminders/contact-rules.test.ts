import { describe, expect, it } from 'vitest';
import {
  canContactNow,
  contactBlock,
  nextAllowedTime,
} from '../../../../shared/domain/reminders/contact-rules';
import { client, settings } from './fixtures';

// China time = UTC + 8: 00:59Z is 08:59 in Beijing.
const at = (beijing: string) => new Date(Date.parse(`${beijing}+08:00`)).toISOString();

describe('contact rules (quiet hours, consent, preferences)', () => {
  const s = settings();
  it('calls only 09:00-21:00 China time', () => {
    expect(canContactNow(client('c'), 'call', at('2026-06-01T08:59:00'), s)).toBe(false);
    expect(canContactNow(client('c'), 'call', at('2026-06-01T09:00:00'), s)).toBe(true);
    expect(canContactNow(client('c'), 'call', at('2026-06-01T20:59:00'), s)).toBe(true);
    expect(canContactNow(client('c'), 'call', at('2026-06-01T21:00:00'), s)).toBe(false);
  });

  it('SMS and WeChat from 08:00, SMS only with consent; e-mail any time', () => {
    expect(canContactNow(client('c'), 'wechat', at('2026-06-01T08:00:00'), s)).toBe(true);
    expect(
      contactBlock(client('c', { smsConsent: false }), 'sms', at('2026-06-01T10:00:00'), s),
    ).toBe('no_sms_consent');
    expect(canContactNow(client('c'), 'email', at('2026-06-01T23:30:00'), s)).toBe(true);
  });

  it('the customer’s own hours win', () => {
    const c = client('c', { preferredHours: { from: '12:00', to: '13:30' } });
    expect(canContactNow(c, 'call', at('2026-06-01T10:00:00'), s)).toBe(false);
    expect(canContactNow(c, 'call', at('2026-06-01T12:30:00'), s)).toBe(true);
    expect(nextAllowedTime(c, 'call', at('2026-06-01T10:00:00'), s)).toBe(
      '2026-06-01T12:00:00+08:00',
    );
    expect(nextAllowedTime(c, 'call', at('2026-06-01T14:00:00'), s)).toBe(
      '2026-06-02T12:00:00+08:00',
    );
  });

  it('do-not-contact: never while it lasts; next allowed when a refusal expires', () => {
    expect(
      contactBlock(client('c', { doNotContact: true }), 'call', at('2026-06-01T10:00:00'), s),
    ).toBe('do_not_contact');
    expect(
      nextAllowedTime(client('c', { doNotContact: true }), 'call', at('2026-06-01T10:00:00'), s),
    ).toBeNull();
    const refused = client('c', { doNotContactUntil: '2026-12-01' });
    expect(canContactNow(refused, 'call', at('2026-06-01T10:00:00'), s)).toBe(false);
    expect(nextAllowedTime(refused, 'call', at('2026-06-01T10:00:00'), s)).toBe(
      '2026-12-01T09:00:00+08:00',
    );
  });

  it('late evening: next allowed is tomorrow morning', () => {
    const now = at('2026-06-01T22:15:00');
    expect(nextAllowedTime(client('c'), 'call', now, s)).toBe('2026-06-02T09:00:00+08:00');
    const morning = at('2026-06-01T09:30:00');
    expect(nextAllowedTime(client('c'), 'call', morning, s)).toBe(morning);
  });
});
