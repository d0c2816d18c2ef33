// Staff performance (issue 12 point 3): per person, for a period, the volume of their work next
// to its quality, so the card cannot be gamed by calling more: cases assigned, tier calls made
// on time, renewal rate by count and premium, attempts per case, overdue tasks, complaints per
// 100 contacts and satisfaction. Pure; the figures worker feeds it the period's records.
import { chinaDate } from '../china-date';
import type { IsoDate, IsoDateTime, TaskKind, TaskStatus } from '../types';
import { fromCents, type KpiGroup } from './kpi-group';
import type { PolicyResult } from './renewal-status';

/** A task as the card reads it; `staff` is the name of whoever it is assigned to. */
export interface PerformanceTask {
  caseId: string;
  kind: TaskKind;
  dueDate: IsoDate;
  status: TaskStatus;
  staff: string | null;
  attempts: readonly { at: IsoDateTime }[];
}

export interface PerformanceFeedback {
  /** The person the feedback is about (a complaint's subject), by name. */
  staff: string | null;
  complaint: boolean;
  /** 1-5 when a score was recorded. */
  satisfaction: number | null;
}

export interface StaffPerformanceRow {
  /** null: work nobody was responsible for. */
  staff: string | null;
  /** Cases whose policies end in the period, assigned to this person. */
  cases: number;
  /** Tier calls due in the period up to today, and those first tried on or before their day. */
  tierCallsDue: number;
  tierCallsOnTime: number;
  onTimeRate: number | null;
  due: number;
  renewed: number;
  rate: number | null;
  premiumDue: number;
  premiumRenewed: number;
  premiumRate: number | null;
  /** Contacts tried (every attempt on every channel) on the period's tasks. */
  attempts: number;
  /** Attempts per case that was tried at all. */
  attemptsPerCase: number | null;
  /** Pending tasks whose day has passed, as of today (not limited to the period). */
  overdue: number;
  complaints: number;
  complaintsPer100Contacts: number | null;
  satisfaction: number | null;
  satisfactionCount: number;
}

export interface PerformanceInput {
  today: IsoDate;
  /**
   * The period's due policies as groups (roll-ups and open months: the dashboard's own), or
   * as policy results; both are counted. Their `staff` is the case's person.
   */
  groups?: readonly KpiGroup[];
  /** The period's policy results (their `staff` is the case's person). */
  results?: readonly PolicyResult[];
  /** The period's cases: `id` and who is responsible. */
  cases: readonly { id: string; staff: string | null }[];
  /** The period's tasks (due in it). */
  tasks: readonly PerformanceTask[];
  /** Every pending task, whatever its day: the overdue count is as of today. */
  pending: readonly Pick<PerformanceTask, 'dueDate' | 'staff'>[];
  /** Feedback received in the period. */
  feedback: readonly PerformanceFeedback[];
  /** Names always listed (the active staff), even with nothing in the period. */
  staff?: readonly string[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

type Acc = Omit<
  StaffPerformanceRow,
  | 'onTimeRate'
  | 'rate'
  | 'premiumRate'
  | 'attemptsPerCase'
  | 'complaintsPer100Contacts'
  | 'satisfaction'
> & { triedCases: Set<string>; scoreSum: number };

function emptyAcc(staff: string | null): Acc {
  return {
    staff,
    cases: 0,
    tierCallsDue: 0,
    tierCallsOnTime: 0,
    due: 0,
    renewed: 0,
    premiumDue: 0,
    premiumRenewed: 0,
    attempts: 0,
    overdue: 0,
    complaints: 0,
    satisfactionCount: 0,
    triedCases: new Set(),
    scoreSum: 0,
  };
}

/** The first attempt's China date, or null when the task was never tried. */
function firstTried(task: PerformanceTask): IsoDate | null {
  let first: IsoDateTime | null = null;
  for (const a of task.attempts) if (first === null || a.at < first) first = a.at;
  return first === null ? null : chinaDate(new Date(first));
}

export function staffPerformance(input: PerformanceInput): StaffPerformanceRow[] {
  const rows = new Map<string | null, Acc>();
  const row = (staff: string | null) => {
    let acc = rows.get(staff);
    if (!acc) rows.set(staff, (acc = emptyAcc(staff)));
    return acc;
  };
  for (const name of input.staff ?? []) row(name);
  for (const c of input.cases) row(c.staff).cases++;
  for (const r of input.results ?? []) {
    const acc = row(r.staff);
    acc.due++;
    acc.premiumDue += r.policy.premium ?? 0;
    if (r.status === 'renewed') {
      acc.renewed++;
      acc.premiumRenewed += r.renewedPremium;
    }
  }
  for (const g of input.groups ?? []) {
    const acc = row(g.staff);
    acc.due += g.count;
    acc.premiumDue += fromCents(g.premiumDue);
    if (g.status === 'renewed') {
      acc.renewed += g.count;
      acc.premiumRenewed += fromCents(g.premiumRenewed);
    }
  }
  for (const task of input.tasks) {
    const acc = row(task.staff);
    if (task.status === 'cancelled' && task.attempts.length === 0) continue;
    acc.attempts += task.attempts.length;
    if (task.attempts.length > 0) acc.triedCases.add(task.caseId);
    if (task.kind !== 'tier' || task.dueDate > input.today) continue;
    acc.tierCallsDue++;
    const tried = firstTried(task);
    if (tried !== null && tried <= task.dueDate) acc.tierCallsOnTime++;
  }
  for (const task of input.pending) if (task.dueDate < input.today) row(task.staff).overdue++;
  for (const f of input.feedback) {
    const acc = row(f.staff);
    if (f.complaint) acc.complaints++;
    if (f.satisfaction !== null) {
      acc.satisfactionCount++;
      acc.scoreSum += f.satisfaction;
    }
  }
  return [...rows.values()]
    .map(({ triedCases, scoreSum, ...acc }) => ({
      ...acc,
      onTimeRate: ratio(acc.tierCallsOnTime, acc.tierCallsDue),
      rate: ratio(acc.renewed, acc.due),
      premiumRate: ratio(acc.premiumRenewed, acc.premiumDue),
      attemptsPerCase: ratio(acc.attempts, triedCases.size),
      complaintsPer100Contacts: acc.attempts === 0 ? null : (acc.complaints / acc.attempts) * 100,
      satisfaction: ratio(scoreSum, acc.satisfactionCount),
    }))
    .sort((a, b) =>
      a.staff === null ? 1 : b.staff === null ? -1 : a.staff.localeCompare(b.staff, 'zh-CN'),
    );
}
