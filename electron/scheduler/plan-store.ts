// The reminder plan the renderer last pushed (`syncReminderPlan`), kept under userData so the
// scheduler works after a restart even before (or without) the window loading. Main never
// holds business records: only this plan of upcoming items.
import { join } from 'node:path';
import type { ReminderPlan } from '../../shared/domain/reminders/reminder-plan-types';
import { reminderPlanSchema } from '../../shared/ipc/schemas';
import { readJsonFileResult, writeFileAtomic } from './atomic-file';

export const PLAN_FILE_NAME = 'reminder-plan.json';

export interface PlanStore {
  /** The last saved plan, or null when none was saved or the file is unreadable or invalid. */
  read(): Promise<ReminderPlan | null>;
  /** Validates and saves atomically (temp file + fsync + rename). Throws on an invalid plan. */
  write(plan: ReminderPlan): Promise<void>;
}

export function createPlanStore(
  dir: string,
  warn: (message: string) => void = console.warn,
): PlanStore {
  const file = join(dir, PLAN_FILE_NAME);
  return {
    async read() {
      const raw = await readJsonFileResult(file);
      if (raw.status === 'missing') return null;
      // Edited by hand, written by an older or newer version, or damaged: nothing in it is
      // scheduled (an edited plan could flood the desk with notifications or put names back
      // in them); the renderer re-sends the plan on start.
      if (raw.status === 'unreadable') {
        warn(
          `reminder plan at ${file} cannot be read (${raw.reason}); ignoring it until the next sync`,
        );
        return null;
      }
      const parsed = reminderPlanSchema.safeParse(raw.value);
      if (!parsed.success) {
        warn(`reminder plan at ${file} is not valid; ignoring it until the next sync`);
        return null;
      }
      return parsed.data;
    },
    async write(plan) {
      const valid = reminderPlanSchema.parse(plan);
      await writeFileAtomic(file, JSON.stringify(valid));
    },
  };
}
