// Which channels a customer closed, and whether a task can still reach them.
import { describe, expect, it } from 'vitest';
import {
  isChannelClosed,
  openChannels,
  reachableFor,
  taskReachable,
} from '../../../../shared/domain/contact/reachable';
import type { ContactPrefs } from '../../../../shared/domain/types';

const prefs = (over: Partial<ContactPrefs>): ContactPrefs => ({
  consents: [],
  optedOut: [],
  doNotContactChannels: [],
  ...over,
});
const consent = (channel: 'sms' | 'wechat' | 'email', purpose: 'service' | 'marketing') => ({
  channel,
  purpose,
  at: '2026-05-01T02:00:00.000Z',
  how: 'verbal' as const,
  byStaffId: 's1',
});

describe('reachable', () => {
  it('closed channels: per-channel do-not-contact and opt-outs', () => {
    const c = { contact: prefs({ doNotContactChannels: ['call'], optedOut: ['sms'] }) };
    expect(isChannelClosed(c, 'call')).toBe(true);
    expect(isChannelClosed(c, 'sms')).toBe(true);
    expect(isChannelClosed(c, 'email')).toBe(false);
    expect(openChannels(c)).toEqual(['wechat', 'email']);
    expect(openChannels({ contact: null })).toEqual(['call', 'sms', 'wechat', 'email']);
  });

  it('calls open: every purpose is reachable, whatever the consents', () => {
    expect(
      reachableFor({ contact: prefs({ optedOut: ['sms'] }), smsConsent: false }, 'renewal'),
    ).toBe(true);
  });

  it('calls closed: reachable only through an open channel with consent for the purpose', () => {
    const service = {
      contact: prefs({ doNotContactChannels: ['call'], consents: [consent('email', 'service')] }),
      smsConsent: false,
    };
    expect(reachableFor(service, 'service')).toBe(true);
    expect(reachableFor(service, 'renewal')).toBe(false);
    expect(taskReachable(service, 'lapsed')).toBe(true);
    expect(taskReachable(service, 'tier')).toBe(false);
    // The old 同意短信 tick counts for SMS while nothing else is on record.
    const legacy = { contact: prefs({ doNotContactChannels: ['call'] }), smsConsent: true };
    expect(reachableFor(legacy, 'renewal')).toBe(true);
    expect(taskReachable(legacy, 'callback')).toBe(false);
    const optedOut = { ...legacy, contact: prefs({ optedOut: ['call', 'sms'] }) };
    expect(reachableFor(optedOut, 'renewal')).toBe(false);
  });
});
