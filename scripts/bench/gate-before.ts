// The contact gate as it was before the speed work of issue 13 (commit 53c36f0), frozen: the
// bench times it side by side with today's gate in the same run, and a property test checks that
// both give the same answer to every request. Not used by the app.
// The one contact gate (issue 13): every channel, the Today screen, batch sending and the
// scheduler ask it before reaching a customer. It answers allowed or not, every reason that
// blocks now (codes, never text), and the earliest instant when all of them have passed (null
// when one of them never passes by itself: do-not-contact, an opt-out, missing consent).
//
// Rules, all in China time (UTC+8, no daylight saving):
//   do_not_contact   the customer is on the do-not-contact list, overall or for this channel
//                    (until a date, or for good); blocks every purpose.
//   opted_out        the customer asked to stop on this channel (replied R / T / TD): every
//                    purpose on that channel.
//   refused_recently a refusal in the last 6 months blocks sales contact (renewal, marketing).
//   no_consent       SMS, WeChat and e-mail need consent for the purpose: `service` for a
//                    service notice, `marketing` for renewal sales and marketing. Calls need none.
//   quiet_hours      calls 09:00–21:00, texts and e-mail 08:00–21:00.
//   customer_hours   the customer's own hours narrow that window further.
//   too_early        renewal sales contact not earlier than 40 days before the end date.
//   frequency_cap    at most one sales message per channel per customer per day, and at most
//                    `weeklySalesCap` sales messages (all channels) in any 7 days.
// Service notices ("your policy has lapsed") skip too_early, refused_recently, the caps and
// the marketing consent; do-not-contact, opt-outs, their own consent and the hours still hold.
import { addMonths } from '../../shared/domain/reminders/dates';
import type { IsoDate, IsoDateTime } from '../../shared/domain/types';

export type GateChannel = 'call' | 'sms' | 'wechat' | 'email';
export type GatePurpose = 'renewal' | 'service' | 'marketing';
export type ConsentPurpose = 'service' | 'marketing';
export const GATE_CHANNELS: readonly GateChannel[] = ['call', 'sms', 'wechat', 'email'];
export const GATE_PURPOSES: readonly GatePurpose[] = ['renewal', 'service', 'marketing'];

export type GateReason =
  | 'do_not_contact'
  | 'opted_out'
  | 'refused_recently'
  | 'no_consent'
  | 'quiet_hours'
  | 'customer_hours'
  | 'too_early'
  | 'frequency_cap';

/** The order reasons are listed in: the strongest block first. */
const ORDER: readonly GateReason[] = [
  'do_not_contact',
  'opted_out',
  'refused_recently',
  'no_consent',
  'too_early',
  'frequency_cap',
  'quiet_hours',
  'customer_hours',
];

export interface ClockWindow {
  /** 'HH:mm' China time, inclusive. */
  from: string;
  /** 'HH:mm' China time, exclusive ('24:00' for the end of the day). */
  to: string;
}

export interface GateCustomer {
  doNotContact?: boolean;
  /** On the list until this date: contact allowed again from this date on. */
  doNotContactUntil?: IsoDate | null;
  /** Do-not-contact for these channels only. */
  doNotContactChannels?: readonly GateChannel[];
  optedOut?: readonly GateChannel[];
  refusedAt?: IsoDateTime | null;
  consents?: Partial<Record<GateChannel, readonly ConsentPurpose[]>>;
  hours?: ClockWindow | null;
}

export interface SentMessage {
  channel: GateChannel;
  purpose: GatePurpose;
  at: IsoDateTime;
}

export interface GateRequest {
  channel: GateChannel;
  purpose: GatePurpose;
  at: IsoDateTime;
  /** The end date of the policy the contact is about (renewal sales need it for too_early). */
  endDate?: IsoDate | null;
  customer: GateCustomer;
  /** Messages already sent to this customer (any order). */
  sent?: readonly SentMessage[];
}

export interface GateSettings {
  callHours: ClockWindow;
  textHours: ClockWindow;
  emailHours: ClockWindow;
  earliestSalesDaysBefore: number;
  refusalBlockMonths: number;
  weeklySalesCap: number;
}

export const DEFAULT_GATE_SETTINGS: GateSettings = {
  callHours: { from: '09:00', to: '21:00' },
  textHours: { from: '08:00', to: '21:00' },
  emailHours: { from: '08:00', to: '21:00' },
  earliestSalesDaysBefore: 40,
  refusalBlockMonths: 6,
  weeklySalesCap: 3,
};

export interface GateAnswer {
  allowed: boolean;
  reasons: GateReason[];
  /** The request's own time when allowed; the first time every reason has passed; or null. */
  nextAllowedAt: IsoDateTime | null;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;
const CHINA = 8 * 60 * MINUTE;

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
/** Start (epoch ms) of the China day holding `ms`. */
const dayStart = (ms: number) => Math.floor((ms + CHINA) / DAY) * DAY - CHINA;
/** Epoch ms of 00:00 China time on `date`. */
const dateStart = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) - CHINA;
const chinaDateOf = (ms: number): IsoDate => new Date(ms + CHINA).toISOString().slice(0, 10);

const dayStrings = new Map<number, IsoDate>();
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** '2026-06-20T10:00:00+08:00' from epoch ms: the gate speaks China time. */
export function chinaIso(ms: number): IsoDateTime {
  // Batches ask for thousands of these on a few days: the date part is cached per day.
  const start = dayStart(ms);
  let date = dayStrings.get(start);
  if (date === undefined) {
    if (dayStrings.size > 10_000) dayStrings.clear();
    dayStrings.set(start, (date = chinaDateOf(start)));
  }
  const seconds = Math.floor((ms - start) / 1000);
  const clock = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return `${date}T${clock}+08:00`;
}

export const isSales = (purpose: GatePurpose) => purpose !== 'service';
const isMessage = (channel: GateChannel) => channel !== 'call';

/** The earliest instant ≥ `ms` inside the daily window [from, to), in minutes of the day. */
function nextInWindow(ms: number, from: number, to: number): number {
  const start = dayStart(ms);
  const minute = (ms - start) / MINUTE;
  if (minute >= from && minute < to) return ms;
  if (minute < from) return start + from * MINUTE;
  return start + DAY + from * MINUTE;
}

// Rules are plain data and one function answers "earliest allowed instant ≥ ms" for each: the
// gate runs for every customer and channel of a batch (400k checks), so no closures or sets
// are made per check.
type TimedRule =
  | { reason: GateReason; kind: 'after'; from: number }
  | { reason: GateReason; kind: 'window'; from: number; to: number }
  | { reason: 'customer_hours'; kind: 'never' }
  | { reason: 'frequency_cap'; kind: 'cap'; channel: GateChannel; sends: SaleSend[]; cap: number };

interface SaleSend {
  channel: GateChannel;
  ms: number;
}

/** The earliest instant ≥ `ms` when `rule` allows contact (`ms` itself when it allows now). */
function earliest(rule: TimedRule, ms: number): number {
  switch (rule.kind) {
    case 'after':
      return ms >= rule.from ? ms : rule.from;
    case 'window':
      return nextInWindow(ms, rule.from, rule.to);
    case 'never':
      return Infinity;
    case 'cap': {
      let t = ms;
      // One per channel per day: past any day that already had one on this channel (sends
      // are sorted, so a chain of days is followed to its end).
      for (const s of rule.sends)
        if (s.channel === rule.channel && dayStart(s.ms) === dayStart(t)) t = dayStart(t) + DAY;
      // Weekly cap over a rolling 7 days: wait until enough of the recent ones are a week old.
      let recent = 0;
      for (const s of rule.sends) if (s.ms <= t && s.ms > t - WEEK) recent++;
      if (recent >= rule.cap) {
        let seen = 0;
        for (const s of rule.sends) {
          if (s.ms <= t - WEEK || s.ms > t) continue;
          // The (recent - cap + 1)-th oldest recent send must age out.
          if (++seen === recent - rule.cap + 1) return Math.max(t, s.ms + WEEK);
        }
      }
      return t;
    }
  }
}

/** The permanent blocks (as bits of ORDER): only a changed record lifts them. */
function permanentBits(req: GateRequest): number {
  const { customer: c, channel, purpose } = req;
  let bits = 0;
  if (c.doNotContact || c.doNotContactChannels?.includes(channel)) bits |= BIT.do_not_contact;
  if (c.optedOut?.includes(channel)) bits |= BIT.opted_out;
  if (isMessage(channel)) {
    const needed: ConsentPurpose = isSales(purpose) ? 'marketing' : 'service';
    if (!c.consents?.[channel]?.includes(needed)) bits |= BIT.no_consent;
  }
  return bits;
}

interface Minutes {
  call: readonly [number, number];
  text: readonly [number, number];
  email: readonly [number, number];
}
const minutesCache = new WeakMap<GateSettings, Minutes>();
function windowMinutes(channel: GateChannel, settings: GateSettings): readonly [number, number] {
  let m = minutesCache.get(settings);
  if (!m) {
    const pair = (w: ClockWindow) => [minutesOf(w.from), minutesOf(w.to)] as const;
    m = {
      call: pair(settings.callHours),
      text: pair(settings.textHours),
      email: pair(settings.emailHours),
    };
    minutesCache.set(settings, m);
  }
  return channel === 'call' ? m.call : channel === 'email' ? m.email : m.text;
}

function timedRules(req: GateRequest, settings: GateSettings): TimedRule[] {
  const { customer: c, channel, purpose } = req;
  const rules: TimedRule[] = [];
  if (c.doNotContactUntil) {
    rules.push({ reason: 'do_not_contact', kind: 'after', from: dateStart(c.doNotContactUntil) });
  }
  const sales = isSales(purpose);
  if (sales && c.refusedAt) {
    const refused = Date.parse(c.refusedAt);
    const clock = refused - dayStart(refused);
    const lifted = dateStart(addMonths(chinaDateOf(refused), settings.refusalBlockMonths)) + clock;
    rules.push({ reason: 'refused_recently', kind: 'after', from: lifted });
  }
  if (purpose === 'renewal' && req.endDate) {
    const opens = dateStart(req.endDate) - settings.earliestSalesDaysBefore * DAY;
    rules.push({ reason: 'too_early', kind: 'after', from: opens });
  }
  if (sales && isMessage(channel) && req.sent?.length) {
    const sends: SaleSend[] = [];
    for (const s of req.sent)
      if (isSales(s.purpose) && isMessage(s.channel))
        sends.push({ channel: s.channel, ms: Date.parse(s.at) });
    if (sends.length > 0) {
      sends.sort((a, b) => a.ms - b.ms);
      rules.push({
        reason: 'frequency_cap',
        kind: 'cap',
        channel,
        sends,
        cap: settings.weeklySalesCap,
      });
    }
  }
  const [from, to] = windowMinutes(channel, settings);
  rules.push({ reason: 'quiet_hours', kind: 'window', from, to });
  if (c.hours) {
    // Outside the customer's own hours is its own reason; waiting for both windows gives their
    // overlap. An empty overlap (or an overnight window) never opens.
    const ownFrom = minutesOf(c.hours.from);
    const ownTo = minutesOf(c.hours.to);
    rules.push(
      Math.max(from, ownFrom) < Math.min(to, ownTo)
        ? { reason: 'customer_hours', kind: 'window', from: ownFrom, to: ownTo }
        : { reason: 'customer_hours', kind: 'never' },
    );
  }
  return rules;
}

const BIT = Object.fromEntries(ORDER.map((r, i) => [r, 1 << i])) as Record<GateReason, number>;
const ALLOWED_REASONS: GateReason[] = [];

export function checkContactBefore(
  req: GateRequest,
  settings: GateSettings = DEFAULT_GATE_SETTINGS,
): GateAnswer {
  const at = Date.parse(req.at);
  if (Number.isNaN(at)) throw new RangeError(`not a date-time: ${req.at}`);
  const permanent = permanentBits(req);
  const rules = timedRules(req, settings);
  let bits = permanent;
  for (const rule of rules) if (earliest(rule, at) !== at) bits |= BIT[rule.reason];
  if (bits === 0) return { allowed: true, reasons: ALLOWED_REASONS.slice(), nextAllowedAt: req.at };
  const reasons = ORDER.filter((r) => (bits & BIT[r]) !== 0);
  if (permanent !== 0) return { allowed: false, reasons, nextAllowedAt: null };
  // Each rule only moves time forward; repeat until every rule allows the same instant.
  let t = at;
  for (let round = 0; round < 64 && Number.isFinite(t); round++) {
    let moved = t;
    for (const rule of rules) moved = Math.max(moved, earliest(rule, moved));
    if (moved === t) break;
    t = moved;
  }
  return { allowed: false, reasons, nextAllowedAt: Number.isFinite(t) ? chinaIso(t) : null };
}
