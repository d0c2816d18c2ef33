import { describe, expect, it } from 'vitest';
import {
  checkContact,
  type GateCustomer,
  type GateReason,
  type GateRequest,
} from '../../../../shared/domain/contact/contact-gate';

const consented: GateCustomer = {
  consents: {
    sms: ['service', 'marketing'],
    wechat: ['service', 'marketing'],
    email: ['service', 'marketing'],
  },
};
const req = (over: Partial<GateRequest> = {}): GateRequest => ({
  channel: 'sms',
  purpose: 'renewal',
  at: '2026-06-01T10:00:00+08:00',
  endDate: '2026-06-30',
  customer: consented,
  ...over,
});
const check = (over: Partial<GateRequest> = {}) => checkContact(req(over));
/** The gate's answer when it refuses: every reason, and when it would allow (null: not by waiting). */
const blocked = (nextAllowedAt: string | null, ...reasons: GateReason[]) => ({
  allowed: false,
  reasons,
  nextAllowedAt,
});

describe('allowed', () => {
  it('a consented customer inside the hours, 29 days before the end', () => {
    expect(check()).toEqual({
      allowed: true,
      reasons: [],
      nextAllowedAt: '2026-06-01T10:00:00+08:00',
    });
  });
});

describe('quiet hours, China time', () => {
  it('texts and e-mail from 08:00 to before 21:00', () => {
    for (const channel of ['sms', 'wechat', 'email'] as const) {
      expect(check({ channel, at: '2026-06-01T07:59:00+08:00' })).toEqual(
        blocked('2026-06-01T08:00:00+08:00', 'quiet_hours'),
      );
      expect(check({ channel, at: '2026-06-01T08:00:00+08:00' }).allowed).toBe(true);
      expect(check({ channel, at: '2026-06-01T20:59:00+08:00' }).allowed).toBe(true);
      expect(check({ channel, at: '2026-06-01T21:00:00+08:00' })).toMatchObject({
        reasons: ['quiet_hours'],
        nextAllowedAt: '2026-06-02T08:00:00+08:00',
      });
    }
  });

  it('a text at 03:00 China time (19:00 UTC the day before) waits for 08:00', () => {
    expect(check({ at: '2026-05-31T19:00:00Z' })).toMatchObject({
      reasons: ['quiet_hours'],
      nextAllowedAt: '2026-06-01T08:00:00+08:00',
    });
  });

  it('calls from 09:00 to before 21:00', () => {
    expect(check({ channel: 'call', at: '2026-06-01T08:30:00+08:00' })).toMatchObject({
      reasons: ['quiet_hours'],
      nextAllowedAt: '2026-06-01T09:00:00+08:00',
    });
    expect(check({ channel: 'call', at: '2026-06-01T09:00:00+08:00' }).allowed).toBe(true);
  });

  it("the customer's hours narrow the window; an empty overlap never opens", () => {
    const customer = { ...consented, hours: { from: '18:00', to: '22:00' } };
    expect(check({ channel: 'call', customer, at: '2026-06-01T10:00:00+08:00' })).toEqual(
      blocked('2026-06-01T18:00:00+08:00', 'customer_hours'),
    );
    // 21:30 is inside the customer's hours but after the call hours.
    expect(check({ channel: 'call', customer, at: '2026-06-01T21:30:00+08:00' })).toEqual(
      blocked('2026-06-02T18:00:00+08:00', 'quiet_hours'),
    );
    const never = { ...consented, hours: { from: '06:00', to: '08:00' } };
    expect(check({ channel: 'call', customer: never })).toEqual(blocked(null, 'customer_hours'));
  });
});

describe('do not contact and opt-outs', () => {
  it('do-not-contact blocks every channel and purpose, for good', () => {
    for (const purpose of ['renewal', 'service', 'marketing'] as const) {
      expect(
        check({ purpose, channel: 'call', customer: { ...consented, doNotContact: true } }),
      ).toEqual(blocked(null, 'do_not_contact'));
    }
  });

  it('do-not-contact until a date allows contact from that date on', () => {
    const customer = { ...consented, doNotContactUntil: '2026-06-05' };
    expect(check({ customer })).toMatchObject({
      reasons: ['do_not_contact'],
      nextAllowedAt: '2026-06-05T08:00:00+08:00',
    });
    expect(check({ customer, at: '2026-06-05T08:00:00+08:00' }).allowed).toBe(true);
  });

  it('do-not-contact or an opt-out on one channel leaves the others', () => {
    const dnc = { ...consented, doNotContactChannels: ['sms' as const] };
    expect(check({ customer: dnc }).reasons).toEqual(['do_not_contact']);
    expect(check({ customer: dnc, channel: 'wechat' }).allowed).toBe(true);
    const out = { ...consented, optedOut: ['sms' as const] };
    expect(check({ customer: out })).toEqual(blocked(null, 'opted_out'));
    expect(check({ customer: out, purpose: 'service' }).reasons).toEqual(['opted_out']);
    expect(check({ customer: out, channel: 'email' }).allowed).toBe(true);
  });
});

describe('consent', () => {
  it('a call needs no consent; SMS, WeChat and e-mail need it for the purpose', () => {
    expect(check({ channel: 'call', customer: {} }).allowed).toBe(true);
    for (const channel of ['sms', 'wechat', 'email'] as const) {
      expect(check({ channel, customer: {} })).toEqual(blocked(null, 'no_consent'));
    }
  });

  it('service consent allows a service notice but not renewal sales or marketing', () => {
    const customer = { consents: { sms: ['service' as const] } };
    expect(check({ customer, purpose: 'service' }).allowed).toBe(true);
    expect(check({ customer, purpose: 'renewal' }).reasons).toEqual(['no_consent']);
    expect(check({ customer, purpose: 'marketing' }).reasons).toEqual(['no_consent']);
    const marketingOnly = { consents: { sms: ['marketing' as const] } };
    expect(check({ customer: marketingOnly, purpose: 'service' }).reasons).toEqual(['no_consent']);
  });
});

describe('the 40-day rule', () => {
  it('renewal contact opens exactly 40 days before the end date', () => {
    // End 2026-06-30: day 40 before is 2026-05-21.
    expect(check({ at: '2026-05-20T10:00:00+08:00' })).toEqual(
      blocked('2026-05-21T08:00:00+08:00', 'too_early'),
    );
    expect(check({ at: '2026-05-21T08:00:00+08:00' }).allowed).toBe(true);
  });

  it('does not hold back a service notice or marketing', () => {
    expect(check({ at: '2026-03-01T10:00:00+08:00', purpose: 'service' }).allowed).toBe(true);
    expect(check({ at: '2026-03-01T10:00:00+08:00', purpose: 'marketing' }).allowed).toBe(true);
  });
});

describe('a refusal in the last 6 months', () => {
  const customer = { ...consented, refusedAt: '2026-01-10T15:00:00+08:00' };
  it('blocks renewal and marketing until 6 months after, to the minute', () => {
    expect(check({ customer, channel: 'call' })).toEqual(
      blocked('2026-07-10T15:00:00+08:00', 'refused_recently'),
    );
    expect(
      check({ customer, purpose: 'marketing', at: '2026-07-10T14:59:00+08:00' }).reasons,
    ).toEqual(['refused_recently']);
    expect(check({ customer, purpose: 'marketing', at: '2026-07-10T15:00:00+08:00' }).allowed).toBe(
      true,
    );
  });

  it('does not block a service notice', () => {
    expect(check({ customer, purpose: 'service' }).allowed).toBe(true);
  });
});

describe('frequency caps', () => {
  it('one sales message per channel per day', () => {
    const sent = [
      { channel: 'sms' as const, purpose: 'renewal' as const, at: '2026-06-01T08:30:00+08:00' },
    ];
    expect(check({ sent })).toEqual(blocked('2026-06-02T08:00:00+08:00', 'frequency_cap'));
    expect(check({ sent, channel: 'email' }).allowed).toBe(true);
    expect(check({ sent, purpose: 'service' }).allowed).toBe(true);
    // A call is not a message: the cap does not apply to it.
    expect(check({ sent, channel: 'call' }).allowed).toBe(true);
  });

  it('at most 3 sales messages in any 7 days, across channels', () => {
    const sent = [
      { channel: 'email' as const, purpose: 'renewal' as const, at: '2026-05-27T09:00:00+08:00' },
      {
        channel: 'wechat' as const,
        purpose: 'marketing' as const,
        at: '2026-05-29T09:00:00+08:00',
      },
      { channel: 'sms' as const, purpose: 'renewal' as const, at: '2026-05-30T09:00:00+08:00' },
      { channel: 'sms' as const, purpose: 'service' as const, at: '2026-05-31T09:00:00+08:00' },
    ];
    // The oldest of the three sales messages becomes a week old at 2026-06-03T09:00.
    expect(check({ sent })).toEqual(blocked('2026-06-03T09:00:00+08:00', 'frequency_cap'));
    expect(check({ sent, at: '2026-06-03T09:00:00+08:00' }).allowed).toBe(true);
  });
});

describe('combined', () => {
  it('lists every reason and waits for the last of them', () => {
    const customer = { ...consented, hours: { from: '19:00', to: '20:00' } };
    const answer = check({ customer, at: '2026-05-15T22:00:00+08:00' });
    expect(answer).toEqual(
      blocked('2026-05-21T19:00:00+08:00', 'too_early', 'quiet_hours', 'customer_hours'),
    );
  });

  it('a permanent block wins over the timed ones: never', () => {
    expect(check({ customer: {}, at: '2026-05-15T22:00:00+08:00' })).toEqual(
      blocked(null, 'no_consent', 'too_early', 'quiet_hours'),
    );
  });

  it('refuses a request time that is not a date-time', () => {
    expect(() => check({ at: 'tomorrow' })).toThrow(/tomorrow/);
  });
});
