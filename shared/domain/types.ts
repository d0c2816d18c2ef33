// The data model shared by every layer. Pure types: no runtime code lives here.
//
// Rules (ARCHITECTURE.md):
// - ids are globally unique strings (UUIDv7), never auto-increment numbers;
// - every record carries createdAt / updatedAt (ISO instants) and who changed it last;
// - policy dates are calendar dates `YYYY-MM-DD` in China time, never `Date` objects;
// - a soft-deleted record keeps its row with `deletedAt` set, so undo is possible.
import type { Sealed } from '../crypto/records';
import type { TextRef } from '../i18n/text-ref';
import type { ConsentRecord, ContactPrefs } from './contact/contact-prefs-types';
import type { TodayRank } from './reminders/today-rank';

export type Id = string;
/** A calendar date `YYYY-MM-DD` (China time). */
export type IsoDate = string;
/** An instant, `new Date().toISOString()`. */
export type IsoDateTime = string;
/** A local wall-clock time `HH:mm`. */
export type ClockTime = string;

export interface Stamped {
  id: Id;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  /** Staff id (or 'import', 'system', 'sample') of whoever wrote this version. */
  updatedBy: string;
  /** Soft delete: set when deleted, cleared by undo. */
  deletedAt?: IsoDateTime | null;
}

export type Channel = 'call' | 'sms' | 'wechat' | 'email';
export const CHANNELS: readonly Channel[] = ['call', 'sms', 'wechat', 'email'];

export interface HoursWindow {
  from: ClockTime;
  to: ClockTime;
}

export interface Client extends Stamped {
  name: string;
  /** Normalised phone numbers as stored: mobiles as 11 digits, landlines as written, masked kept. */
  phones: string[];
  /** Resident ID or other certificate number, upper-case. */
  idNumber?: string | null;
  address?: string | null;
  email?: string | null;
  wechat?: string | null;
  preferredChannel?: Channel | null;
  preferredHours?: HoursWindow | null;
  doNotContact: boolean;
  /** A refusal keeps the customer off the call list until at least this date. */
  doNotContactUntil?: IsoDate | null;
  /**
   * Consent to commercial SMS from before consents were recorded with evidence (issue 13). Read
   * as SMS consent for service and marketing when `contact` records none for SMS; the contact
   * preferences editor keeps it equal to "has an SMS marketing consent".
   */
  smsConsent: boolean;
  /** Consents with their evidence, opt-outs and per-channel do-not-contact (issue 13). */
  contact?: ContactPrefs | null;
  notes?: string | null;
  lastVerifiedOn?: IsoDate | null;
  /** Responsible staff member (staff id) for this customer, if any. */
  staffId?: Id | null;
  /** Records of the generated sample agency carry this flag so one click removes them. */
  isSample?: boolean;
}

/** The customer's personal fields: sealed in storage once the agency has keys (issue 11). */
export type ClientPersonalField =
  'name' | 'phones' | 'idNumber' | 'address' | 'email' | 'wechat' | 'notes';

/** A customer without the personal fields: what the plan and the outcome rules read. */
export type ClientCore = Omit<Client, ClientPersonalField>;

/**
 * A customer row as stored (schema v7). With the agency's keys the personal fields are gone
 * from the row: `sealed` holds them (K_pii) but the ID number, which `sealedId` holds
 * (K_sensitive, owners and managers only); `idBlind` and `phoneBlinds` are blind indexes
 * (K_idx) for exact matches. A row written while the agency had no keys yet (or not yet
 * migrated) still carries its personal fields in the clear; the repositories read both, and the
 * v7 migration seals the clear ones at the owner's sign-in. Only the repositories look inside.
 */
export type StoredClient = Omit<Client, ClientPersonalField> & {
  sealed?: Sealed | null;
  sealedId?: Sealed | null;
  idBlind?: string | null;
  phoneBlinds?: string[];
};

export type {
  ConsentHow,
  ConsentPurpose,
  ConsentRecord,
  ContactPrefs,
  OptOutRecord,
} from './contact/contact-prefs-types';

export interface OwnerHistoryEntry {
  clientId: Id;
  /** Name at the time, so history stays readable if the client record changes. */
  name: string;
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface Vehicle extends Stamped {
  /** Normalised plate (upper-case, no spaces or `·`), null for a new car without plates. */
  plate?: string | null;
  vin?: string | null;
  engineNo?: string | null;
  brandModel?: string | null;
  firstRegisteredOn?: IsoDate | null;
  ownerId: Id;
  /** Earlier owners, oldest first. The current owner is `ownerId`. */
  ownerHistory: OwnerHistoryEntry[];
  isSample?: boolean;
}

export type PolicyKind = 'compulsory' | 'commercial';
export type PolicyStatus = 'active' | 'renewed' | 'lapsed' | 'lost';

export interface Policy extends Stamped {
  /** '' when the list that brought the policy named no insurer (a dealer's list). */
  insurer: string;
  /**
   * null for a policy known only by vehicle, kind and end date (a dealer's list without policy
   * numbers, issue 9 §3): IndexedDB leaves it out of the unique [insurer+policyNo] index, and the
   * first insurer list bringing its number fills it in.
   */
  policyNo: string | null;
  kind: PolicyKind;
  vehicleId: Id;
  /** The insured (被保险人) client. */
  insuredId: Id;
  holderId?: Id | null;
  holderName?: string | null;
  startDate?: IsoDate | null;
  endDate: IsoDate;
  /** Time of day the cover ends when the list gave one (`24:00` by default). */
  endTime?: string | null;
  premium?: number | null;
  coverages?: string[];
  /** 业务员 named in the source list. */
  staffName?: string | null;
  importBatchId?: Id | null;
  status: PolicyStatus;
  /** The policy that renewed this one. */
  renewedById?: Id | null;
  isSample?: boolean;
}

export type StaffRole = 'owner' | 'manager' | 'staff';

export interface Staff extends Stamped {
  name: string;
  phone?: string | null;
  role: StaffRole;
  dailyCapacity: number;
  active: boolean;
  isSample?: boolean;
}

export type CaseState = 'open' | 'contacted' | 'quoted' | 'renewed' | 'lost' | 'lapsed';

export interface RenewalCase extends Stamped {
  vehicleId: Id;
  clientId: Id;
  /** The policies this cycle covers (compulsory and commercial ending close together). */
  policyIds: Id[];
  /** Earliest end date among the covered policies. */
  endDate: IsoDate;
  state: CaseState;
  assigneeId?: Id | null;
  /**
   * Why the assignee was chosen (shown in the assignment view): a catalogue text; a plain
   * string is a Chinese reason stored before reasons were texts (the next plan replaces it).
   */
  assignReason?: TextRef | string | null;
  lostReason?: string | null;
  closedAt?: IsoDateTime | null;
  quotedPremium?: number | null;
  /** Recorded with a "renewed" outcome: where and for how much the customer renewed. */
  renewedInsurer?: string | null;
  renewedPremium?: number | null;
  /**
   * Set when the plan (not an outcome) closed the case as renewed because a later policy of
   * the car appeared: the state and close time it had before. If that policy goes away (its
   * import undone) the plan puts the case back as it was.
   */
  closedByPolicy?: { state: CaseState; closedAt: IsoDateTime | null } | null;
}

export type TaskKind = 'tier' | 'urgent' | 'lapsed' | 'verify' | 'callback' | 'complaint';
export type TaskStatus = 'pending' | 'done' | 'cancelled';
/**
 * Why the plan or an outcome cancelled a task. The first three only pause it: when the case is
 * open, contactable and has its policies again, the plan brings the task back (an import undone,
 * a do-not-contact period over). `superseded` (a later tier is due, the rules changed) and
 * `outcome` (renewed, lost, refused) are final.
 */
export type TaskCancelReason =
  'case_closed' | 'orphaned' | 'do_not_contact' | 'superseded' | 'outcome';
/** Every outcome a contact can have, once (the CLI, tests and screens enumerate this). */
export const OUTCOMES = [
  'no_answer',
  'busy',
  'callback',
  'quoted',
  'renewed',
  'lost',
  'wrong_number',
  'do_not_contact',
  'sent',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The details an outcome carried, kept as data so every screen words them in its language. */
export interface AttemptDetail {
  amount?: number;
  insurer?: string;
  premium?: number;
  /** A loss reason from settings.lostReasons. */
  reason?: string;
  /** What the person typed for the reason 其他 (other). */
  reasonText?: string;
  callbackAt?: IsoDateTime;
}

export interface Attempt {
  at: IsoDateTime;
  channel: Channel;
  outcome: Outcome;
  /** What the person at the desk wrote about the contact. */
  note?: string | null;
  detail?: AttemptDetail | null;
  scriptId?: Id | null;
  scriptVersion?: number | null;
  byStaffId?: Id | null;
  /** A message sent (outcome 'sent'): what it was for, counted by the gate's frequency cap. */
  purpose?: 'renewal' | 'service' | 'marketing' | null;
  /** The consent the message relied on (its time and how), null for a call or none needed. */
  consent?: Pick<ConsentRecord, 'purpose' | 'at' | 'how' | 'byStaffId'> | null;
  /**
   * A batch e-mail's idempotency key, recorded before it is sent ('sending') and settled after
   * ('sent'): a batch resumed after a crash never sends a key that is already on the task.
   */
  sendKey?: string | null;
  sendState?: 'sending' | 'sent' | null;
}

export interface Task extends Stamped {
  caseId: Id;
  kind: TaskKind;
  /** Tier name for kind 'tier' (d30, d15, d7 or a custom tier), else the kind. */
  tier: string;
  /** Deterministic key (case + tier + due) so recomputing never duplicates a task. */
  key: string;
  dueDate: IsoDate;
  /** For call-backs: the exact time. */
  dueAt?: IsoDateTime | null;
  assigneeId?: Id | null;
  status: TaskStatus;
  /** Set with status 'cancelled' (absent on tasks cancelled before it existed). */
  cancelReason?: TaskCancelReason;
  attempts: Attempt[];
  /**
   * The end date of the task's case, copied by the writers that know the case (the plan, an
   * outcome's new tasks; schema v9): what the stored Today sort key orders on.
   */
  caseEnd?: IsoDate | null;
  /**
   * The stored Today sort key (schema v9, today-rank.ts), set on every write from the row's
   * own fields by the database layer; absent unless the task is pending and live.
   */
  todayRank?: TodayRank;
}

export interface Script extends Stamped {
  /** Stable template id shared by all versions. */
  templateId: Id;
  version: number;
  tier: string;
  channel: Channel;
  title: string;
  body: string;
  /** Only the newest version of a template is current. */
  current: boolean;
}

export type {
  FeedbackKind,
  FeedbackChannel,
  ComplaintState,
} from './complaints/complaint-workflow';

export type { Feedback, SatisfactionRecord } from './complaints/feedback-record';

export { emptyImportCounts } from './import/import-records';
export type {
  ImportBatch,
  ImportCounts,
  ImportPreset,
  ImportUndoEntry,
} from './import/import-records';

export type { AuditEvent, KeyringEntry, StaffCredential } from './identity/identity-records';

export interface TierSetting {
  name: string;
  daysBefore: number;
}

export interface Settings {
  id: 'app';
  locale: 'zh-CN' | 'en';
  tiers: TierSetting[];
  /** Urgent reminder daily from this many days before the end. */
  urgentDaysBefore: number;
  /** Lapsed reminders up to this many days after the end, then the case closes as lapsed. */
  lapsedDaysAfter: number;
  /** Compulsory and commercial policies ending within this many days are one case. */
  mergeWindowDays: number;
  callHours: HoursWindow;
  textHours: HoursWindow;
  verifyAfterMonths: number;
  doNotContactMonths: number;
  maxAttempts: number;
  digestTime: ClockTime;
  doNotDisturb: boolean;
  /**
   * Notifications and the reminder-plan file name the customer (name, plate). Off by default:
   * they show on the lock screen, stay in the OS notification history and sit in a plain file.
   */
  notificationsShowNames: boolean;
  overdueFlagHours: number;
  lostReasons: string[];
  /** User-supplied holiday data for years the calendar package does not know. */
  extraHolidays: IsoDate[];
  extraWorkdays: IsoDate[];
  startAtLogin: boolean;
  currentStaffId?: Id | null;
  /** Lock the desk after this many idle minutes (0: never). */
  idleLockMinutes: number;
  /** The agency's backup public key (age X25519, `age1…`); unset until backups are set up. */
  backupRecipient?: string | null;
  /**
   * The public key of the backup identity derived from the recovery key
   * (shared/backup/recovery-identity.ts): every backup is encrypted to it too, so the printed
   * recovery key alone restores one. Unset for keys made before it existed.
   */
  backupRecoveryRecipient?: string | null;
}

/**
 * One row per client for the list, search and sorting, derived from the client, their
 * vehicles and policies. Repositories rewrite it in the same transaction as the records.
 */
export interface ClientSummary {
  id: Id;
  name: string;
  /** Lower-case pinyin initials of the name (张三 → zs). */
  pinyinInitials: string;
  /** Lower-case full pinyin without spaces (张三 → zhangsan). */
  pinyinFull: string;
  phones: string[];
  idNumber: string | null;
  plates: string[];
  vins: string[];
  policyNos: string[];
  insurers: string[];
  staffId: Id | null;
  staffName: string | null;
  /** Earliest end date among active policies; NO_EXPIRY (search/summary.ts) when none (indexes skip null). */
  nextExpiry: IsoDate;
  /** `YYYY-MM` of nextExpiry, '' when none. */
  nextExpiryMonth: string;
  nextCompulsoryEnd: IsoDate | null;
  nextCommercialEnd: IsoDate | null;
  deleted: boolean;
  isSample?: boolean;
}
