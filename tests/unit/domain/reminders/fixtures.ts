// Small record builders for the reminder rule tests.
import { defaultSettings } from '../../../../shared/domain/reminders/default-settings';
import type { AssignmentCandidate } from '../../../../shared/domain/reminders/assignment';
import type { OutcomeInput } from '../../../../shared/domain/reminders/outcomes';
import type { PlanInput } from '../../../../shared/domain/reminders/plan';
import type {
  Client,
  Policy,
  PolicyKind,
  RenewalCase,
  Settings,
  Staff,
  Task,
  Vehicle,
} from '../../../../shared/domain/types';
import { createTranslator, type TextRef } from '../../../../shared/i18n';

const T0 = '2025-01-01T00:00:00.000Z';
const stamp = { createdAt: T0, updatedAt: T0, updatedBy: 'test', deletedAt: null };

export function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...patch };
}

export function client(id: string, patch: Partial<Client> = {}): Client {
  return {
    id,
    ...stamp,
    name: `客户${id}`,
    phones: ['13800000000'],
    doNotContact: false,
    smsConsent: true,
    lastVerifiedOn: '2025-06-01',
    ...patch,
  };
}

/** Customer c1 on the do-not-contact list until `until`. */
export function refusing(until: string): Client {
  return client('c1', { doNotContactUntil: until });
}

export function vehicle(id: string, ownerId: string, patch: Partial<Vehicle> = {}): Vehicle {
  return {
    id,
    ...stamp,
    plate: `京A${id.padStart(5, '0').slice(-5)}`,
    ownerId,
    ownerHistory: [],
    ...patch,
  };
}

export function policy(
  id: string,
  vehicleId: string,
  endDate: string,
  kind: PolicyKind = 'compulsory',
  patch: Partial<Policy> = {},
): Policy {
  return {
    id,
    ...stamp,
    insurer: '人保财险',
    policyNo: `P${id}`,
    kind,
    vehicleId,
    insuredId: 'c1',
    endDate,
    premium: 1000,
    status: 'active',
    ...patch,
  };
}

export function staff(
  id: string,
  name: string,
  dailyCapacity = 40,
  patch: Partial<Staff> = {},
): Staff {
  return { id, ...stamp, name, role: 'staff', dailyCapacity, active: true, ...patch };
}

/** A candidate for assignment: not urgent, 20 days to expiry, premium 1000, unless patched. */
export function candidate(
  caseId: string,
  patch: Partial<AssignmentCandidate> = {},
): AssignmentCandidate {
  return { caseId, urgent: false, daysToExpiry: 20, premium: 1000, ...patch };
}

/** A case built by hand (the plan's own id scheme: vehicle + end date). */
export function renewalCase(
  vehicleId: string,
  endDate: string,
  patch: Partial<RenewalCase> = {},
): RenewalCase {
  return {
    id: `${vehicleId}:${endDate}`,
    ...stamp,
    vehicleId,
    clientId: 'c1',
    policyIds: [],
    endDate,
    state: 'open',
    assigneeId: null,
    assignReason: null,
    lostReason: null,
    closedAt: null,
    quotedPremium: null,
    ...patch,
  };
}

/** A pending rule task of `caseId` keyed like the plan keys it. */
export function task(
  id: string,
  caseId: string,
  tier: string,
  dueDate: string,
  patch: Partial<Task> = {},
): Task {
  const kind =
    tier === 'verify' || tier === 'urgent' || tier === 'lapsed' || tier === 'callback'
      ? tier
      : 'tier';
  return {
    id,
    ...stamp,
    caseId,
    kind,
    tier,
    key: `${caseId}:${tier}:${dueDate}`,
    dueDate,
    dueAt: null,
    assigneeId: null,
    status: 'pending',
    attempts: [],
    ...patch,
  };
}

/**
 * The plan input most tests start from and patch: one client, one car, one 交强险 policy ending
 * 2026-06-20 (a Saturday) and one staff member, planned on `today` at 09:00 China time.
 */
export function planInput(today: string, patch: Partial<PlanInput> = {}): PlanInput {
  return {
    today,
    now: `${today}T01:00:00.000Z`,
    settings: settings(),
    clients: [client('c1')],
    vehicles: [vehicle('v1', 'c1')],
    policies: [policy('p1', 'v1', '2026-06-20')],
    cases: [],
    tasks: [],
    staff: [staff('s1', '张三')],
    ...patch,
  };
}

/** What a plan run wrote, as the next run reads it back: its cases and its tasks. */
export function stored(plan: { cases: RenewalCase[]; tasks: Task[] }) {
  return { cases: plan.cases, tasks: plan.tasks };
}

/** A valid input for any outcome; the call-back time and the amounts are the test's choice. */
export function outcomeInput(
  outcome: OutcomeInput['outcome'],
  callbackAt: string,
  amounts: { quoted: number; premium: number },
): OutcomeInput {
  switch (outcome) {
    case 'callback':
      return { outcome: 'callback', at: callbackAt };
    case 'quoted':
      return { outcome: 'quoted', amount: amounts.quoted };
    case 'renewed':
      return { outcome: 'renewed', insurer: '平安', premium: amounts.premium };
    case 'lost':
      return { outcome: 'lost', reason: '价格' };
    default:
      return { outcome } as OutcomeInput;
  }
}

let counter = 0;
/** Deterministic ids for tasks created in tests. */
export function idFactory(prefix = 't'): () => string {
  return () => `${prefix}${++counter}`;
}

const zh = createTranslator('zh-CN');
/** Assignment reasons as a person reads them in Chinese (the plan stores catalogue refs). */
export function said<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(said) as T;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of ['reason', 'assignReason'])
    if (out[field] && typeof out[field] === 'object') out[field] = zh.text(out[field] as TextRef);
  return out as T;
}
export const reasonText = (r: TextRef | string | null | undefined) =>
  r && typeof r === 'object' ? zh.text(r) : r;
