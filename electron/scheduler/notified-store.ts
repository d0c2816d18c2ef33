// Which plan items were already notified, persisted so that nothing is shown twice across
// restarts, sleep and re-syncs. Ids are the plan's stable item ids. The scheduler records an id
// only after showing it, so a crash in between repeats a reminder rather than losing it.
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from './atomic-file';

export const NOTIFIED_FILE_NAME = 'notified.json';
/** Ids no longer in the plan are forgotten after this long, so the file does not grow forever. */
const KEEP_MS = 45 * 24 * 60 * 60 * 1000;

export interface NotifiedStore {
  load(): Promise<void>;
  has(id: string): boolean;
  /** Records ids as notified at `now` and persists before resolving. */
  markMany(ids: readonly string[], now: Date): Promise<void>;
  /** Drops old ids that are not among `keepIds` (the current plan) and persists. */
  prune(keepIds: ReadonlySet<string>, now: Date): Promise<void>;
  size(): number;
}

export function createNotifiedStore(dir: string): NotifiedStore {
  const file = join(dir, NOTIFIED_FILE_NAME);
  /** id → epoch ms when it was notified. */
  let notified = new Map<string, number>();
  // Writes are chained so a slow disk never reorders two saves.
  let saving: Promise<void> = Promise.resolve();

  const save = (): Promise<void> => {
    const snapshot = JSON.stringify({ version: 1, notified: Object.fromEntries(notified) });
    saving = saving.catch(() => undefined).then(() => writeFileAtomic(file, snapshot));
    return saving;
  };

  return {
    async load() {
      const raw = await readJsonFile(file);
      notified = new Map();
      if (raw && typeof raw === 'object' && 'notified' in raw) {
        const entries = (raw as { notified: unknown }).notified;
        if (entries && typeof entries === 'object') {
          for (const [id, at] of Object.entries(entries)) {
            if (typeof at === 'number') notified.set(id, at);
          }
        }
      }
    },
    has: (id) => notified.has(id),
    async markMany(ids, now) {
      if (ids.length === 0) return;
      for (const id of ids) notified.set(id, now.getTime());
      await save();
    },
    async prune(keepIds, now) {
      let changed = false;
      for (const [id, at] of notified) {
        if (!keepIds.has(id) && now.getTime() - at > KEEP_MS) {
          notified.delete(id);
          changed = true;
        }
      }
      if (changed) await save();
    },
    size: () => notified.size,
  };
}
