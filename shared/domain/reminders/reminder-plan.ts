// The plan the main process schedules notifications from: a morning digest per day
// ("今天有 12 个续保电话，其中 3 个紧急") and one item per call-back at its time. Item ids are
// stable (day / task + time), so main can record what it showed and never show it twice.
// The text carries counts, times and tiers only; a customer's name and plate appear only when
// the owner turned `notificationsShowNames` on (lock screen, notification history, plan file).
import type { PlanItem, ReminderPlan } from './reminder-plan-types';
import {
  createTranslator,
  DEFAULT_LANG,
  type Lang,
  type TextRef,
  type Translator,
} from '../../i18n';
import { addDays } from '../china-date';
import type { Id, IsoDate, IsoDateTime, Settings, Task } from '../types';
import { chinaInstant } from './dates';
import { escalationItems, type EscalationNoticeInput } from './escalation-items';

export interface ReminderPlanInput {
  now: IsoDateTime;
  today: IsoDate;
  settings: Pick<
    Settings,
    'digestTime' | 'doNotDisturb' | 'currentStaffId' | 'notificationsShowNames'
  >;
  tasks: readonly Task[];
  /** Days ahead to schedule, today included (default 7). */
  days?: number;
  /**
   * Who a call-back is for, e.g. "张三 京A12345"; used only when
   * `settings.notificationsShowNames` is on, else the text names no one.
   */
  describe?: (task: Task) => string;
  /** The language chosen in Settings: the notification texts are written in it. */
  lang?: Lang;
  /** Escalations of open complaints: one notification each for the person it went to. */
  escalations?: readonly EscalationNoticeInput[];
}

const URGENT = new Set(['urgent', 'lapsed']);

/** Only the current staff member's tasks when the desk has one set, else everyone's. */
function mine(task: Task, staffId: Id | null | undefined): boolean {
  return !staffId || task.assigneeId === staffId;
}

export function digestText(total: number, urgent: number): TextRef {
  return urgent > 0
    ? { key: 'shell:digest.bodyUrgent', params: { total, urgent } }
    : { key: 'shell:digest.body', params: { total } };
}

function callbackBody(text: Translator, who: string): string {
  return who === '' ? text.t('shell:callback.body') : text.t('shell:callback.bodyFor', { who });
}

export function buildReminderPlan(input: ReminderPlanInput): ReminderPlan {
  const days = input.days ?? 7;
  const lang = input.lang ?? DEFAULT_LANG;
  const text = createTranslator(lang);
  const staffId = input.settings.currentStaffId;
  const pending = input.tasks.filter((t) => t.status === 'pending' && mine(t, staffId));
  const last = addDays(input.today, days - 1);
  // Counts per due date, then running totals: on day D everything due up to D is waiting.
  const perDay = new Map<IsoDate, { total: number; urgent: number }>();
  let overdue = { total: 0, urgent: 0 };
  for (const t of pending) {
    if (t.dueDate > last) continue;
    const isUrgent = URGENT.has(t.kind) ? 1 : 0;
    if (t.dueDate <= input.today) {
      overdue = { total: overdue.total + 1, urgent: overdue.urgent + isUrgent };
      continue;
    }
    const entry = perDay.get(t.dueDate) ?? { total: 0, urgent: 0 };
    entry.total++;
    entry.urgent += isUrgent;
    perDay.set(t.dueDate, entry);
  }
  const items: PlanItem[] = [];
  let running = { ...overdue };
  for (let i = 0; i < days; i++) {
    const day = addDays(input.today, i);
    const add = i === 0 ? { total: 0, urgent: 0 } : (perDay.get(day) ?? { total: 0, urgent: 0 });
    running = { total: running.total + add.total, urgent: running.urgent + add.urgent };
    if (running.total === 0) continue;
    items.push({
      id: `digest:${day}`,
      taskId: null,
      kind: 'digest',
      at: chinaInstant(day, input.settings.digestTime),
      title: text.t('shell:digest.title'),
      body: text.text(digestText(running.total, running.urgent)),
    });
  }
  const until = Date.parse(chinaInstant(addDays(last, 1), '00:00'));
  const from = Date.parse(chinaInstant(input.today, '00:00'));
  for (const t of pending) {
    if (t.kind !== 'callback' || !t.dueAt) continue;
    const at = Date.parse(t.dueAt);
    if (at < from || at >= until) continue;
    items.push({
      id: `callback:${t.id}:${t.dueAt}`,
      taskId: t.id,
      kind: 'callback',
      at: new Date(at).toISOString(),
      title: text.t('shell:callback.title'),
      body: callbackBody(
        text,
        input.settings.notificationsShowNames ? (input.describe?.(t) ?? '') : '',
      ),
    });
  }
  items.push(...escalationItems(input.escalations ?? [], { staffId, now: input.now, days, text }));
  items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
  return {
    generatedAt: input.now,
    dueCount: overdue.total,
    doNotDisturb: input.settings.doNotDisturb,
    items,
    lang,
  };
}
