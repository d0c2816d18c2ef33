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
import { addMonths } from '../reminders/dates';
import type { IsoDate, IsoDateTime } from '../types';

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

// The frequency cap, the one rule that needs the messages already sent: the earliest instant
// ≥ `ms` when another sales message on `channel` is allowed.
interface CapRule {
  channel: GateChannel;
  /** The sales messages already sent, oldest first. */
  sends: SaleSend[];
  cap: number;
}

interface SaleSend {
  channel: GateChannel;
  ms: number;
}

function capEarliest(rule: CapRule, ms: number): number {
  let t = ms;
  // One per channel per day: past any day that already had one on this channel (sends are
  // sorted, so a chain of days is followed to its end).
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

const BIT = Object.fromEntries(ORDER.map((r, i) => [r, 1 << i])) as Record<GateReason, number>;

// The fast path (issue 13's bench: 100k customers × 4 channels in ≤ 200 ms). A batch asks about
// the same customer for every channel, and most answers are "allowed": what depends only on
// the customer (do-not-contact, opt-outs and consents as channel bit masks, the dates as epoch
// ms, their own hours in minutes) is worked out once per customer object and settings, the
// request's time is parsed once per distinct string, and an allowed answer allocates nothing
// else; a request blocked by time alone walks the rules forward for nextAllowedAt.
// A GateCustomer (and a `sent` list) is read as immutable: a changed customer is a new object.
const CHANNEL_BIT: Record<GateChannel, number> = { call: 1, sms: 2, wechat: 4, email: 8 };

interface Compiled {
  settings: GateSettings;
  dncAll: boolean;
  dncMask: number;
  optedMask: number;
  serviceMask: number;
  marketingMask: number;
  /** Do-not-contact until this instant (start of the date), or null. */
  untilMs: number | null;
  /** Sales blocked until this instant after the last refusal, or null. */
  refusalLiftMs: number | null;
  /** The customer's own window in minutes, or null. */
  hours: { from: number; to: number } | null;
}

const compiledCache = new WeakMap<GateCustomer, Compiled>();

function maskOf(list: readonly GateChannel[] | undefined): number {
  let mask = 0;
  if (list) for (const c of list) mask |= CHANNEL_BIT[c];
  return mask;
}

function compile(c: GateCustomer, settings: GateSettings): Compiled {
  let serviceMask = 0;
  let marketingMask = 0;
  if (c.consents)
    for (const channel of GATE_CHANNELS) {
      const list = c.consents[channel];
      if (!list) continue;
      if (list.includes('service')) serviceMask |= CHANNEL_BIT[channel];
      if (list.includes('marketing')) marketingMask |= CHANNEL_BIT[channel];
    }
  let refusalLiftMs: number | null = null;
  if (c.refusedAt) {
    const refused = Date.parse(c.refusedAt);
    const clock = refused - dayStart(refused);
    refusalLiftMs = dateStart(addMonths(chinaDateOf(refused), settings.refusalBlockMonths)) + clock;
  }
  return {
    settings,
    dncAll: !!c.doNotContact,
    dncMask: maskOf(c.doNotContactChannels),
    optedMask: maskOf(c.optedOut),
    serviceMask,
    marketingMask,
    untilMs: c.doNotContactUntil ? dateStart(c.doNotContactUntil) : null,
    refusalLiftMs,
    hours: c.hours ? { from: minutesOf(c.hours.from), to: minutesOf(c.hours.to) } : null,
  };
}

// The customer asked about last: a batch asks for each channel of one customer in a row.
let lastCustomer: GateCustomer | null = null;
let lastCompiled: Compiled | null = null;

function compiled(c: GateCustomer, settings: GateSettings): Compiled {
  if (c === lastCustomer && lastCompiled?.settings === settings) return lastCompiled;
  let found = compiledCache.get(c);
  if (!found || found.settings !== settings) compiledCache.set(c, (found = compile(c, settings)));
  lastCustomer = c;
  lastCompiled = found;
  return found;
}

let lastAt = '';
let lastAtMs = NaN;
const atCache = new Map<string, number>();
/** Date.parse, remembered: a batch asks at one time, a day's checks at a few thousand minutes. */
function parseAt(at: string): number {
  if (at === lastAt) return lastAtMs;
  let ms = atCache.get(at);
  if (ms === undefined) {
    if (atCache.size > 10_000) atCache.clear();
    atCache.set(at, (ms = Date.parse(at)));
  }
  lastAt = at;
  lastAtMs = ms;
  return ms;
}

const endDateStarts = new Map<string, number>();
function endDateStart(date: IsoDate): number {
  let ms = endDateStarts.get(date);
  if (ms === undefined) {
    if (endDateStarts.size > 10_000) endDateStarts.clear();
    endDateStarts.set(date, (ms = dateStart(date)));
  }
  return ms;
}

const salesSendsCache = new WeakMap<readonly SentMessage[], SaleSend[]>();
function salesSends(sent: readonly SentMessage[]): SaleSend[] {
  let found = salesSendsCache.get(sent);
  if (!found) {
    found = [];
    for (const s of sent)
      if (isSales(s.purpose) && isMessage(s.channel))
        found.push({ channel: s.channel, ms: Date.parse(s.at) });
    found.sort((a, b) => a.ms - b.ms);
    salesSendsCache.set(sent, found);
  }
  return found;
}

const isoStrings = new Map<number, IsoDateTime>();
/** chinaIso, remembered: a batch's blocked requests mostly wait for the same few instants. */
function isoOf(ms: number): IsoDateTime {
  let iso = isoStrings.get(ms);
  if (iso === undefined) {
    if (isoStrings.size > 10_000) isoStrings.clear();
    isoStrings.set(ms, (iso = chinaIso(ms)));
  }
  return iso;
}

const reasonLists = new Map<number, readonly GateReason[]>();
function reasonsOf(bits: number): GateReason[] {
  let list = reasonLists.get(bits);
  if (!list) reasonLists.set(bits, (list = ORDER.filter((r) => (bits & BIT[r]) !== 0)));
  return list.slice();
}

export function checkContact(
  req: GateRequest,
  settings: GateSettings = DEFAULT_GATE_SETTINGS,
): GateAnswer {
  const at = parseAt(req.at);
  if (Number.isNaN(at)) throw new RangeError(`not a date-time: ${req.at}`);
  const c = compiled(req.customer, settings);
  const { channel, purpose } = req;
  const bit = CHANNEL_BIT[channel];
  const sales = purpose !== 'service';
  let permanent = 0;
  if (c.dncAll || (c.dncMask & bit) !== 0) permanent |= BIT.do_not_contact;
  if ((c.optedMask & bit) !== 0) permanent |= BIT.opted_out;
  if (channel !== 'call' && ((sales ? c.marketingMask : c.serviceMask) & bit) === 0)
    permanent |= BIT.no_consent;
  let bits = permanent;
  if (c.untilMs !== null && at < c.untilMs) bits |= BIT.do_not_contact;
  if (sales && c.refusalLiftMs !== null && at < c.refusalLiftMs) bits |= BIT.refused_recently;
  if (purpose === 'renewal' && req.endDate) {
    if (at < endDateStart(req.endDate) - settings.earliestSalesDaysBefore * DAY)
      bits |= BIT.too_early;
  }
  let cap: CapRule | null = null;
  if (sales && channel !== 'call' && req.sent && req.sent.length > 0) {
    const sends = salesSends(req.sent);
    if (sends.length > 0) {
      cap = { channel, sends, cap: settings.weeklySalesCap };
      if (capEarliest(cap, at) !== at) bits |= BIT.frequency_cap;
    }
  }
  const [from, to] = windowMinutes(channel, settings);
  const minute = (at - dayStart(at)) / MINUTE;
  if (minute < from || minute >= to) bits |= BIT.quiet_hours;
  const own = c.hours;
  const ownOpens = !own || Math.max(from, own.from) < Math.min(to, own.to);
  if (own && (!ownOpens || minute < own.from || minute >= own.to)) bits |= BIT.customer_hours;
  if (bits === 0) return { allowed: true, reasons: [], nextAllowedAt: req.at };
  const reasons = reasonsOf(bits);
  if (permanent !== 0 || !ownOpens) return { allowed: false, reasons, nextAllowedAt: null };
  // Blocked by time alone: each rule moves the time forward (until, refusal, too early, cap,
  // hours, own hours) until every one of them allows the same instant.
  const opens =
    purpose === 'renewal' && req.endDate
      ? endDateStart(req.endDate) - settings.earliestSalesDaysBefore * DAY
      : null;
  let t = at;
  for (let round = 0; round < 64 && Number.isFinite(t); round++) {
    let moved = t;
    if (c.untilMs !== null && moved < c.untilMs) moved = c.untilMs;
    if (sales && c.refusalLiftMs !== null && moved < c.refusalLiftMs) moved = c.refusalLiftMs;
    if (opens !== null && moved < opens) moved = opens;
    if (cap) moved = Math.max(moved, capEarliest(cap, moved));
    moved = Math.max(moved, nextInWindow(moved, from, to));
    if (own) moved = Math.max(moved, nextInWindow(moved, own.from, own.to));
    if (moved === t) break;
    t = moved;
  }
  return { allowed: false, reasons, nextAllowedAt: Number.isFinite(t) ? isoOf(t) : null };
}
