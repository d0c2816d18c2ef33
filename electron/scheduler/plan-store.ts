// The reminder plan the renderer last pushed (`syncReminderPlan`), kept under userData so the
// scheduler works after a restart even before (or without) the window loading. Main never
// holds business records: only this plan of upcoming items.
import { join } from 'node:path';
import type { ReminderPlan } from '../../shared/domain/reminders/reminder-plan-types';
import { reminderPlanSchema } from '../../shared/ipc/schemas';
import { readJsonFile, writeFileAtomic } from './atomic-file';

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
      const raw = await readJsonFile(file);
      if (raw === null) return null;
      const parsed = reminderPlanSchema.safeParse(raw);
      if (!parsed.success) {
        // Written by an older or newer version, or damaged: the renderer re-sends on start.
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
