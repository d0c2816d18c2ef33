import { describe, expect, it } from 'vitest';
import {
  autoBackupDue,
  backupAge,
  backupFileName,
  backupsToDelete,
  backupTimeOf,
  upgradeBackupVersion,
} from '../../../shared/backup';
import { chinaDate } from '../../../shared/domain/china-date';

/** A backup at 02:00 China time (18:00 UTC the day before) on a China date. */
function at(day: string, time = '02:00'): string {
  return backupFileName(new Date(`${day}T${time}:00+08:00`));
}

/** Every day from `from` for `days` days, one backup each. */
function daily(from: string, days: number): string[] {
  const start = new Date(`${from}T02:00:00+08:00`).getTime();
  return Array.from({ length: days }, (_, i) => backupFileName(new Date(start + i * 86_400_000)));
}

function kept(names: string[]): string[] {
  const gone = new Set(backupsToDelete(names));
  return names.filter((n) => !gone.has(n));
}

describe('backup file names', () => {
  it('round-trip the time to the millisecond and ignore other files', () => {
    const when = new Date('2026-12-03T07:52:01.123Z');
    expect(backupFileName(when)).toBe('renewal-desk-2026-12-03T07-52-01-123Z.age');
    expect(backupTimeOf(backupFileName(when))).toEqual(when);
    expect(backupTimeOf('notes.txt')).toBeNull();
    expect(backupTimeOf('renewal-desk-2026-13-45T07-52-01-123Z.age')).toBeNull();
  });
});

describe('rotation: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps everything while there are few backups', () => {
    const names = daily('2026-11-27', 7);
    expect(backupsToDelete(names)).toEqual([]);
  });

  it('keeps the newest of a day and drops the earlier ones of that day', () => {
    const names = [at('2026-12-03', '01:00'), at('2026-12-03', '09:00'), at('2026-12-03', '18:00')];
    expect(kept(names)).toEqual([at('2026-12-03', '18:00')]);
  });

  it('counts days in China time: 23:30 and 00:30 the next morning are two days', () => {
    const names = [at('2026-12-02', '23:30'), at('2026-12-03', '00:30')];
    expect(backupsToDelete(names)).toEqual([]);
  });

  it('after 400 daily backups keeps 7 days, then 4 weeks, then 12 months', () => {
    // 2025-11-01 … 2026-12-05 (a Saturday), one backup each day at 02:00 China time.
    const names = daily('2025-11-01', 400);
    const last = names[names.length - 1] as string;
    expect(last).toBe(at('2026-12-05'));
    const left = kept(names).map((n) => chinaDate(backupTimeOf(n) as Date));
    // The last 7 days (Sunday 11-29 … Saturday 12-05).
    const days = [
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
    ];
    // The newest of each of the last 4 weeks, Monday first: 12-05 and 11-29 are days already.
    const weeks = ['2026-11-15', '2026-11-22'];
    // The newest of each of the last 12 months: December's and November's are days already.
    const months = [
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
    ];
    expect(left).toEqual([...months, ...weeks, ...days]);
  });

  it('never deletes the newest backup nor a file it did not write', () => {
    const names = [...daily('2026-01-01', 30), 'my-notes.age', 'renewal-desk-old.age'];
    const gone = backupsToDelete(names);
    expect(gone).not.toContain('my-notes.age');
    expect(gone).not.toContain('renewal-desk-old.age');
    expect(gone).not.toContain(names[29]);
  });
});

describe('the "older than 2 days" warning', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  it('warns when there is none, or the last is older than 48 hours', () => {
    expect(backupAge(null, now)).toEqual({ kind: 'never' });
    expect(backupAge(new Date('2026-12-01T10:00:00Z'), now)).toEqual({ kind: 'fresh' });
    expect(backupAge(new Date('2026-12-01T09:59:59Z'), now)).toEqual({ kind: 'stale', days: 2 });
    expect(backupAge(new Date('2026-11-26T10:00:00Z'), now)).toEqual({ kind: 'stale', days: 7 });
  });
});

describe('pre-upgrade backups', () => {
  it('name the version they precede and are listed with their time', () => {
    const when = new Date('2026-12-03T07:52:01.123Z');
    const name = backupFileName(when, 7);
    expect(name).toBe('renewal-desk-2026-12-03T07-52-01-123Z-before-v7.age');
    expect(backupTimeOf(name)).toEqual(when);
    expect(upgradeBackupVersion(name)).toBe(7);
    expect(upgradeBackupVersion(backupFileName(when))).toBeNull();
  });

  it('are never rotated away, and do not push out a daily backup', () => {
    const before = backupFileName(new Date('2026-12-03T01:00:00+08:00'), 7);
    const names = [before, ...daily('2026-09-01', 90)];
    expect(backupsToDelete(names)).not.toContain(before);
    expect(backupsToDelete(names)).toEqual(backupsToDelete(daily('2026-09-01', 90)));
  });
});

describe('automatic backup: at most one per China day', () => {
  it('is due with no backup, and on the first China day without one', () => {
    const now = new Date('2026-12-03T16:00:00Z'); // 00:00 on 12-04 in China
    expect(autoBackupDue(null, now)).toBe(true);
    expect(autoBackupDue(new Date('2026-12-03T15:59:59.999Z'), now)).toBe(true);
    expect(autoBackupDue(new Date('2026-12-03T16:00:00Z'), now)).toBe(false);
    // The clock was set back: a backup "from the future" counts as today's.
    expect(autoBackupDue(new Date('2026-12-09T00:00:00Z'), now)).toBe(false);
  });
});
