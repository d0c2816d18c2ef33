// Properties of the gate over random customers, channels, purposes and times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkContact,
  DEFAULT_GATE_SETTINGS,
  GATE_CHANNELS,
  GATE_PURPOSES,
  type GateRequest,
} from '../../../../shared/domain/contact/contact-gate';
import { checkContactBefore } from '../../../../scripts/bench/gate-before';

const MIN = Date.parse('2026-01-01T00:00:00Z');
const SPAN = 365 * 86_400_000;
const instant = fc
  .integer({ min: 0, max: SPAN / 60_000 })
  .map((m) => new Date(MIN + m * 60_000).toISOString());
const clock = fc.integer({ min: 0, max: 24 * 4 }).map((q) => {
  const minutes = q * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});
const channel = fc.constantFrom(...GATE_CHANNELS);
const purpose = fc.constantFrom(...GATE_PURPOSES);
const consent = fc.subarray(['service', 'marketing'] as const);

const request: fc.Arbitrary<GateRequest> = fc.record({
  channel,
  purpose,
  at: instant,
  endDate: fc.option(
    instant.map((i) => i.slice(0, 10)),
    { nil: null },
  ),
  customer: fc.record(
    {
      doNotContact: fc.boolean(),
      doNotContactUntil: fc.option(
        instant.map((i) => i.slice(0, 10)),
        { nil: null },
      ),
      doNotContactChannels: fc.subarray([...GATE_CHANNELS]),
      optedOut: fc.subarray([...GATE_CHANNELS]),
      refusedAt: fc.option(instant, { nil: null }),
      consents: fc.record({ sms: consent, wechat: consent, email: consent }),
      hours: fc.option(fc.record({ from: clock, to: clock }), { nil: null }),
    },
    { requiredKeys: [] },
  ),
  sent: fc.array(fc.record({ channel, purpose, at: instant }), { maxLength: 6 }),
});

const EDGES = ['07:59:59', '08:00:00', '09:00:00', '18:00:00', '20:59:00', '21:00:00'];

describe('contact gate properties', () => {
  it('answers exactly as the gate before the speed work, asked per channel of one customer', () => {
    const settings = { ...DEFAULT_GATE_SETTINGS, weeklySalesCap: 2, refusalBlockMonths: 3 };
    fc.assert(
      fc.property(request, fc.boolean(), (r, custom) => {
        // The same customer object for every channel and purpose, as a batch asks: the fast
        // path's per-customer work is reused, and must not leak from one request to the next.
        for (const ch of GATE_CHANNELS)
          for (const p of GATE_PURPOSES) {
            const q = { ...r, channel: ch, purpose: p };
            const s = custom ? settings : DEFAULT_GATE_SETTINGS;
            expect(checkContact(q, s)).toEqual(checkContactBefore(q, s));
            // The hours' edges of that day, where an off-by-one would hide.
            for (const edge of EDGES) {
              const e = { ...q, at: `${r.at.slice(0, 10)}T${edge}+08:00` };
              expect(checkContact(e, s)).toEqual(checkContactBefore(e, s));
            }
          }
      }),
      { numRuns: 500 },
    );
  });

  it('allowed exactly when no reason is given, and then now is the next allowed time', () => {
    fc.assert(
      fc.property(request, (r) => {
        const a = checkContact(r);
        expect(a.allowed).toBe(a.reasons.length === 0);
        if (a.allowed) expect(a.nextAllowedAt).toBe(r.at);
      }),
      { numRuns: 2000 },
    );
  });

  it('the next allowed time is later, is allowed, and the minute before it is not', () => {
    fc.assert(
      fc.property(request, (r) => {
        const a = checkContact(r);
        if (a.allowed || a.nextAllowedAt === null) return;
        const next = Date.parse(a.nextAllowedAt);
        expect(next).toBeGreaterThan(Date.parse(r.at));
        expect(checkContact({ ...r, at: a.nextAllowedAt }).allowed).toBe(true);
        const before = new Date(next - 60_000).toISOString();
        if (Date.parse(before) >= Date.parse(r.at))
          expect(checkContact({ ...r, at: before }).allowed).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('do-not-contact and opt-outs are never lifted by time, whatever the purpose', () => {
    fc.assert(
      fc.property(request, (r) => {
        const blocked = { ...r, customer: { ...r.customer, optedOut: [r.channel] } };
        expect(checkContact(blocked)).toMatchObject({ allowed: false, nextAllowedAt: null });
        expect(
          checkContact({ ...r, customer: { ...r.customer, doNotContact: true } }).nextAllowedAt,
        ).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('a service notice is never held back by too_early, a refusal or the caps', () => {
    fc.assert(
      fc.property(request, (r) => {
        const reasons = checkContact({ ...r, purpose: 'service' }).reasons;
        expect(reasons).not.toContain('too_early');
        expect(reasons).not.toContain('refused_recently');
        expect(reasons).not.toContain('frequency_cap');
      }),
      { numRuns: 1000 },
    );
  });
});
