// Escalated complaints in the reminder plan: one tray notification for the person each
// escalation went to. The text is generic (why it went up, never the customer or the complaint's
// words): notifications show on the lock screen and stay in the OS history and the plan file.
import type { Translator } from '../../i18n';
import type { EscalationReason } from '../complaints/escalation';
import type { Id, IsoDateTime } from '../types';
import type { PlanItem } from './reminder-plan-types';

/** An escalation of an open complaint, as the plan needs it: ids and codes only. */
export interface EscalationNoticeInput {
  /** Stable: the complaint's id, the level and the reason. */
  id: string;
  to: Id | null;
  reason: EscalationReason;
  raisedAt: IsoDateTime;
}

/**
 * Main records items that reach it already in the past as seen (the open window shows them),
 * so an escalation is announced a minute after it was raised: the plan push that follows the
 * raise (a debounce and a recompute, well under a minute) arrives while it is still ahead.
 */
export const ESCALATION_NOTICE_DELAY_MS = 60_000;

const DAY = 86_400_000;

export function escalationItems(
  notices: readonly EscalationNoticeInput[],
  args: { staffId: Id | null | undefined; now: IsoDateTime; days: number; text: Translator },
): PlanItem[] {
  const since = Date.parse(args.now) - args.days * DAY;
  return notices
    .filter((n) => !args.staffId || n.to === args.staffId)
    .filter((n) => Date.parse(n.raisedAt) >= since)
    .map((n) => ({
      id: `escalation:${n.id}`,
      taskId: null,
      kind: 'escalation' as const,
      at: new Date(Date.parse(n.raisedAt) + ESCALATION_NOTICE_DELAY_MS).toISOString(),
      title: args.text.t('shell:escalation.title'),
      body: args.text.t(`shell:escalation.${n.reason}`),
    }));
}
