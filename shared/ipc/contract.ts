// The one contract between the renderer and its host (Electron main, or the browser).
// Every channel has a runtime schema: main validates each payload with it before acting,
// and the preload exposes exactly the methods of `HostApi`, nothing generic.
import { z } from 'zod';
import { LANGS } from '../i18n/resources';

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
  /** The language chosen in Settings: main shows its tray and catch-up texts in it. */
  lang: z.enum(LANGS).optional(),
});
export type ReminderPlan = z.infer<typeof reminderPlanSchema>;

export const externalUrlSchema = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      return ALLOWED_EXTERNAL_SCHEMES.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'URL scheme not allowed');
/** Schemes the app may hand to the OS: phone, SMS and mail apps, and the web in a browser. */
export const ALLOWED_EXTERNAL_SCHEMES = ['tel:', 'sms:', 'mailto:', 'https:'];

export const saveFileSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\\/:*?"<>|]+$/, 'file name has a path separator or reserved character'),
  /** File content. Structured clone carries Uint8Array over IPC. */
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= 200 * 1024 * 1024, 'file too big'),
  filterName: z.string().max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/))
    .min(1)
    .max(5),
});
export type SaveFileRequest = z.infer<typeof saveFileSchema>;

export const setStartAtLoginSchema = z.object({ enabled: z.boolean() });

export const appInfoSchema = z.object({
  host: z.enum(['electron', 'web']),
  version: z.string(),
  platform: z.string(),
  dataLocation: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Request/response channels: name → payload schema. Main registers exactly these. */
export const invokeChannels = {
  'app:info': z.undefined(),
  'app:set-start-at-login': setStartAtLoginSchema,
  'app:get-start-at-login': z.undefined(),
  'scheduler:sync': reminderPlanSchema,
  'shell:open-external': externalUrlSchema,
  'file:save': saveFileSchema,
} as const;
export type InvokeChannel = keyof typeof invokeChannels;

/** Events main sends to the renderer. */
export const eventChannels = {
  /** A notification was clicked: open this task. */
  'task:open': z.object({ taskId: z.string().min(1).max(100) }),
} as const;
export type EventChannel = keyof typeof eventChannels;

export interface SaveFileResult {
  saved: boolean;
  /** Where it was written, when the host can tell. */
  path?: string;
}

/**
 * What the renderer may ask of its host. Features use this through the host adapter and never
 * know whether they run in Electron or in a browser.
 */
export interface HostApi {
  appInfo(): Promise<AppInfo>;
  setStartAtLogin(enabled: boolean): Promise<void>;
  getStartAtLogin(): Promise<boolean>;
  /** Push the upcoming reminder plan to the scheduler (main process). */
  syncReminderPlan(plan: ReminderPlan): Promise<void>;
  /** Open tel:, sms:, mailto: or https: links with the OS. Returns false when refused. */
  openExternal(url: string): Promise<boolean>;
  /** Save an exported file where the user chooses. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Subscribe to "open this task" (notification clicks). Returns an unsubscribe function. */
  onOpenTask(listener: (taskId: string) => void): () => void;
}
