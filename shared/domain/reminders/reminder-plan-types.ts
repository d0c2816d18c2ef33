// The reminder plan as the domain builds it and main schedules it. Plain types, so the domain
// depends on nothing; shared/ipc checks its wire schema against them (a field added on one side
// only fails typecheck there).
import type { Lang } from '../../i18n';
import type { IsoDateTime } from '../types';

export const PLAN_ITEM_KINDS = ['digest', 'callback', 'due', 'escalation'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

/** An item of the reminder plan: something main should notify about at `at`. */
export interface PlanItem {
  /** Stable id: main records what it notified under this id, so nothing is shown twice. */
  id: string;
  taskId: string | null;
  kind: PlanItemKind;
  at: IsoDateTime;
  title: string;
  body: string;
}

export interface ReminderPlan {
  generatedAt: IsoDateTime;
  /** Tasks due now (shown as the tray count). */
  dueCount: number;
  doNotDisturb: boolean;
  items: PlanItem[];
  /** The language chosen in Settings: main shows its tray and catch-up texts in it. */
  lang?: Lang;
}
