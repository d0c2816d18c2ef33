// Which backups to keep (PRIVACY.md, "Backups"): the newest backup of each of the last 7 days
// that have one, of each of the last 4 weeks and of each of the last 12 months, as restic's
// keep-daily / keep-weekly / keep-monthly do (each rule on its own; a backup kept by any rule
// stays). Days, weeks (Monday first) and months are China time, where the desk is. Pure: the
// host lists its folder, asks this, and deletes only what it answers.
import { chinaDate } from '../domain/china-date';

export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

/** Backups older than this raise the owner's warning in Settings. */
export const STALE_AFTER_MS = 2 * 24 * 60 * 60 * 1000;

const FILE_PREFIX = 'renewal-desk-';
const FILE_PATTERN =
  /^renewal-desk-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-before-v(\d{1,3}))?\.age$/;

/**
 * The file name a backup made at `at` gets: sortable, ASCII, one per millisecond. A backup
 * taken before a schema upgrade names the version it precedes (`-before-v7`): rotation never
 * deletes those, so the last copy in the old format outlives the daily ones.
 */
export function backupFileName(at: Date, beforeVersion?: number): string {
  const suffix = beforeVersion === undefined ? '' : `-before-v${beforeVersion}`;
  return `${FILE_PREFIX}${at.toISOString().replace(/:/g, '-').replace('.', '-')}${suffix}.age`;
}

/** The schema version a pre-upgrade backup was taken before; null for an ordinary one. */
export function upgradeBackupVersion(name: string): number | null {
  const v = FILE_PATTERN.exec(name)?.[6];
  return v === undefined ? null : Number(v);
}

/** When a backup was made, read from a name backupFileName wrote; null for any other file. */
export function backupTimeOf(name: string): Date | null {
  const m = FILE_PATTERN.exec(name);
  if (!m) return null;
  const at = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Monday of the China-time week of `day` (YYYY-MM-DD), as YYYY-MM-DD. */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The names to delete. Files whose names this app did not write are never touched, nor are
 * pre-upgrade backups (outside the rotation); the newest backup is always kept.
 */
export function backupsToDelete(names: readonly string[]): string[] {
  const dated = names
    .filter((name) => upgradeBackupVersion(name) === null)
    .map((name) => ({ name, at: backupTimeOf(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const rules: [number, (day: string) => string][] = [
    [KEEP.daily, (day) => day],
    [KEEP.weekly, weekOf],
    [KEEP.monthly, (day) => day.slice(0, 7)],
  ];
  for (const [count, periodOf] of rules) {
    const seen = new Set<string>();
    for (const b of dated) {
      const period = periodOf(chinaDate(b.at));
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(b.name);
    }
  }
  return dated.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

export type BackupAge = { kind: 'never' } | { kind: 'fresh' } | { kind: 'stale'; days: number };

/** Whether Settings warns: no backup yet, or the last one older than 2 days. */
export function backupAge(lastAt: Date | null, now: Date): BackupAge {
  if (!lastAt) return { kind: 'never' };
  const age = now.getTime() - lastAt.getTime();
  if (age <= STALE_AFTER_MS) return { kind: 'fresh' };
  return { kind: 'stale', days: Math.floor(age / 86_400_000) };
}

/**
 * Whether the automatic backup is due: none yet, or none on today's China date (at most one a
 * day, whatever made it: the daily run, "back up now" or a pre-upgrade backup). A last backup
 * dated after `now` (the clock was set back) counts as today's.
 */
export function autoBackupDue(lastAt: Date | null, now: Date): boolean {
  if (!lastAt) return true;
  return chinaDate(lastAt) < chinaDate(now);
}
