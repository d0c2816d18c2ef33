// The reminder plan main schedules from, with its runtime schema: built here by the domain,
// validated by shared/ipc when it crosses to main.
import { z } from 'zod';

/** An item of the reminder plan: something main should notify about at `at`. */
export const planItemSchema = z.object({
  /** Stable id: main records what it notified under this id, so nothing is shown twice. */
  id: z.string().min(1).max(200),
  taskId: z.string().min(1).max(100).nullable(),
  kind: z.enum(['digest', 'callback', 'due']),
  at: z.iso.datetime({ offset: true }),
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
});
export type PlanItem = z.infer<typeof planItemSchema>;

export const reminderPlanSchema = z.object({
  generatedAt: z.iso.datetime({ offset: true }),
  /** Tasks due now (shown as the tray count). */
  dueCount: z.number().int().min(0).max(1_000_000),
  doNotDisturb: z.boolean(),
  items: z.array(planItemSchema).max(20_000),
});
export type ReminderPlan = z.infer<typeof reminderPlanSchema>;
