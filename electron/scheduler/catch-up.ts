// What fell due while the computer was off or asleep, and the one summary shown for it.
// Pure: the scheduler passes the plan, the clock and what was already notified.
import { createTranslator, DEFAULT_LANG, type Lang } from '../../shared/i18n';
import type { PlanItem } from '../../shared/domain/reminders/reminder-plan-types';

export interface MissedSummary {
  title: string;
  body: string;
  /** The task to open on click when every missed item is about the same task; else null. */
  taskId: string | null;
}

/** Items whose time has passed (at or before `now`) and that were never notified, oldest first. */
export function collectMissed(
  items: readonly PlanItem[],
  now: Date,
  isNotified: (id: string) => boolean,
): PlanItem[] {
  const limit = now.getTime();
  return items
    .filter((item) => Date.parse(item.at) <= limit && !isNotified(item.id))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

const LISTED = 3;

/** One notification for all missed items, never one per item: after a long weekend that could be dozens. */
export function summarizeMissed(
  missed: readonly PlanItem[],
  lang: Lang = DEFAULT_LANG,
): MissedSummary {
  const text = createTranslator(lang);
  const titles = missed.slice(0, LISTED).map((item) => item.title);
  const more =
    missed.length > LISTED ? text.t('shell:catchUp.more', { count: missed.length - LISTED }) : '';
  const taskIds = new Set(missed.map((item) => item.taskId));
  const [onlyTask] = taskIds;
  return {
    title: text.t('shell:catchUp.title', { count: missed.length }),
    body: `${titles.join(text.t('shell:catchUp.separator'))}${more}`,
    taskId: taskIds.size === 1 && onlyTask ? onlyTask : null,
  };
}
