// The adapter from what the desk stores to the gate's question: consents (and the old
// 同意短信 tick), refusals, per-channel blocks, the messages already sent, phone kinds.
import { describe, expect, it } from 'vitest';
import {
  checkCustomer,
  consentBasis,
  consentsOf,
  gateCustomer,
  gateSettingsOf,
  phoneKind,
  purposeOfTask,
  sentFromTasks,
} from '../../../../shared/domain/contact/customer-gate';
import { smsLink, withOptOut, SMS_OPT_OUT } from '../../../../shared/domain/contact/opt-out';
import type { Attempt, ConsentRecord } from '../../../../shared/domain/types';
import { client, settings } from '../reminders/fixtures';

const consent = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  channel: 'sms',
  purpose: 'marketing',
  at: '2026-05-01T02:00:00.000Z',
  how: 'verbal',
  byStaffId: 's1',
  ...over,
});
const prefs = (over = {}) => ({ consents: [], optedOut: [], doNotContactChannels: [], ...over });
// Made inside each test (not at load), so mutation testing can tell which test reached what.
const gate = () => gateSettingsOf(settings());
const MORNING = '2026-06-01T10:00:00+08:00';

describe('customer gate adapter', () => {
  it('reads consents per channel; the old SMS tick counts only when none is recorded', () => {
    const legacy = client('c', { smsConsent: true });
    expect(consentsOf(legacy)).toEqual({ sms: ['service', 'marketing'] });
    const recorded = client('c', {
      smsConsent: true,
      contact: prefs({
        consents: [consent({ purpose: 'service' }), consent({ channel: 'email' })],
      }),
    });
    expect(consentsOf(recorded)).toEqual({ sms: ['service'], email: ['marketing'] });
    expect(consentsOf(client('c', { smsConsent: false }))).toEqual({});
  });

  it('a refusal with its time blocks sales only; a bare date blocks everything until then', () => {
    const refused = client('c', {
      doNotContactUntil: '2026-12-01',
      contact: prefs({ refusedAt: '2026-06-01T01:00:00.000Z' }),
    });
    expect(gateCustomer(refused)).toMatchObject({
      doNotContactUntil: null,
      refusedAt: '2026-06-01T01:00:00.000Z',
    });
    const ask = (c: typeof refused, purpose: 'renewal' | 'service') =>
      checkCustomer({ client: c, channel: 'call', purpose, at: MORNING, settings: gate() });
    expect(ask(refused, 'renewal').reasons).toEqual(['refused_recently']);
    expect(ask(refused, 'service').allowed).toBe(true);
    const dated = client('c', { doNotContactUntil: '2026-12-01' });
    expect(ask(dated, 'service')).toEqual({
      allowed: false,
      reasons: ['do_not_contact'],
      nextAllowedAt: '2026-12-01T09:00:00+08:00',
    });
  });

  it('per-channel do-not-contact and opt-outs block only that channel', () => {
    const c = client('c', {
      contact: prefs({ doNotContactChannels: ['call'], optedOut: ['sms'] }),
    });
    const ask = (channel: 'call' | 'sms' | 'wechat') =>
      checkCustomer({ client: c, channel, purpose: 'service', at: MORNING, settings: gate() })
        .reasons;
    expect(ask('call')).toEqual(['do_not_contact']);
    expect(ask('sms')).toEqual(['opted_out']);
    expect(ask('wechat')).toEqual(['no_consent']);
  });

  it("the customer's preferred hours narrow the window", () => {
    const c = client('c', { preferredHours: { from: '18:00', to: '20:00' } });
    const answer = checkCustomer({
      client: c,
      channel: 'call',
      purpose: 'renewal',
      at: MORNING,
      settings: gate(),
    });
    expect(answer).toEqual({
      allowed: false,
      reasons: ['customer_hours'],
      nextAllowedAt: '2026-06-01T18:00:00+08:00',
    });
  });

  it('messages already sent come from the attempts (purpose from the task when unrecorded)', () => {
    const sent = (over: Partial<Attempt>): Attempt => ({
      at: '2026-06-01T01:00:00.000Z',
      channel: 'sms',
      outcome: 'sent',
      ...over,
    });
    const tasks = [
      { kind: 'tier' as const, attempts: [sent({}), sent({ outcome: 'no_answer' })] },
      {
        kind: 'lapsed' as const,
        attempts: [sent({ channel: 'wechat' }), sent({ channel: 'call' })],
      },
      { kind: 'tier' as const, attempts: [sent({ purpose: 'marketing', channel: 'email' })] },
    ];
    expect(sentFromTasks(tasks)).toEqual([
      { channel: 'sms', purpose: 'renewal', at: '2026-06-01T01:00:00.000Z' },
      { channel: 'wechat', purpose: 'service', at: '2026-06-01T01:00:00.000Z' },
      { channel: 'email', purpose: 'marketing', at: '2026-06-01T01:00:00.000Z' },
    ]);
    // One sales text a day on a channel: the second waits until tomorrow 08:00.
    const answer = checkCustomer({
      client: client('c', { smsConsent: true }),
      channel: 'sms',
      purpose: 'renewal',
      at: MORNING,
      tasks,
      settings: gate(),
    });
    expect(answer).toEqual({
      allowed: false,
      reasons: ['frequency_cap'],
      nextAllowedAt: '2026-06-02T08:00:00+08:00',
    });
  });

  it('the consent basis is the newest for the channel and the purpose the message needs', () => {
    const older = consent({ at: '2026-01-01T00:00:00.000Z' });
    const newer = consent({ at: '2026-03-01T00:00:00.000Z', how: 'written' });
    const service = consent({ purpose: 'service', how: 'sms_reply' });
    const c = client('c', { contact: prefs({ consents: [older, newer, service] }) });
    expect(consentBasis(c, 'sms', 'renewal')).toEqual(newer);
    expect(consentBasis(c, 'sms', 'service')).toEqual(service);
    expect(consentBasis(c, 'email', 'renewal')).toBeNull();
    expect(consentBasis(c, 'call', 'renewal')).toBeNull();
  });

  it('lapsed notices are service notices, everything else renewal sales', () => {
    expect(purposeOfTask({ kind: 'lapsed' })).toBe('service');
    expect(purposeOfTask({ kind: 'tier' })).toBe('renewal');
    expect(purposeOfTask({ kind: 'callback' })).toBe('renewal');
  });

  it('the owner hours reach the gate; e-mail follows the text hours', () => {
    const s = gateSettingsOf(
      settings({
        callHours: { from: '10:00', to: '18:00' },
        textHours: { from: '09:00', to: '20:00' },
      }),
    );
    expect(s.callHours).toEqual({ from: '10:00', to: '18:00' });
    expect(s.emailHours).toEqual({ from: '09:00', to: '20:00' });
    expect(s.refusalBlockMonths).toBe(6);
  });

  it('tells mobiles, landlines and masked numbers apart', () => {
    expect(phoneKind('13812345678')).toBe('mobile');
    expect(phoneKind('010-62345678')).toBe('landline');
    expect(phoneKind('4008001234')).toBe('landline');
    expect(phoneKind('138****5678')).toBe('masked');
  });
});

describe('opt-out sentence and sms links', () => {
  it('appends the opt-out once, to texts and e-mails only', () => {
    expect(withOptOut('您好。', 'sms')).toBe(`您好。${SMS_OPT_OUT}`);
    expect(withOptOut(`您好。${SMS_OPT_OUT}`, 'sms')).toBe(`您好。${SMS_OPT_OUT}`);
    // Worded differently, still an opt-out: nothing added.
    expect(withOptOut('您好，回复TD退订', 'sms')).toBe('您好，回复TD退订');
    expect(withOptOut('您好，回复T', 'sms')).toBe('您好，回复T');
    expect(withOptOut('您好', 'email')).toMatch(/^您好\n\n如不希望再收到此类邮件/);
    expect(withOptOut('您好', 'wechat')).toBe('您好');
    expect(withOptOut('您好', 'call')).toBe('您好');
  });

  it('escapes only what breaks the link in the QR form', () => {
    expect(smsLink('13812345678', '您好 A&B?', true)).toBe('sms:13812345678?body=您好%20A%26B%3F');
    expect(smsLink('13812345678', '您好')).toBe('sms:13812345678?body=%E6%82%A8%E5%A5%BD');
  });
});
