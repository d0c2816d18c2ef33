// The automatic daily backup (issue 11 point 4): while the app runs, once the first screen is
// up and then every hour, a backup is written when the agency has a backup key, the host keeps
// a folder (the desktop app; a browser can only download) and no backup carries today's China
// date yet. The folder's own listing is the memory, so it survives restarts and counts a
// "back up now" or a pre-upgrade backup as today's. Writing needs only the public key, so it
// runs while the desk is locked too. The export runs off the window's thread (backup worker).
// A failure is reported by name and leaves every earlier backup as it was: main writes a temp
// file and renames it only once complete, and rotates only after that.
// Small imports only: the runner is in the first bundle; age and the export library come with
// the writer (the worker), not with this file.
import type { BackupManifest } from '../../../shared/backup/manifest';
import { backupRecipients } from '../../../shared/backup/recipients';
import { autoBackupDue, backupFileName } from '../../../shared/backup/rotation';
import type { BackupWriteResult, HostApi } from '../../../shared/ipc/contract';
import { textOf, textRef, type TextRef } from '../../../shared/i18n';
import type { AppDb } from '../../db/app-db';
import { recordEvent } from '../../db/repositories/audit-repository';
import { getSettings } from '../../db/repositories/settings-repository';
import type { Settings } from '../../../shared/domain/types';
import type { WrittenBackup } from './backup-file';

export const AUTO_BACKUP_CHECK_MS = 60 * 60_000;

type AutoBackupHost = Pick<HostApi, 'appInfo' | 'backupWrite' | 'backupList'>;

/** Makes the backup bytes (the worker in the window; the same function directly in tests). */
export type BackupWriter = (
  db: AppDb,
  options: { recipient: readonly string[]; appVersion: string; now: Date },
) => Promise<WrittenBackup>;

export type AutoBackupOutcome =
  | { kind: 'skipped'; reason: 'no-key' | 'no-folder' | 'done-today' | 'busy' }
  | { kind: 'written'; written: BackupWriteResult; manifest: BackupManifest; bytes: number }
  | { kind: 'failed'; code: AutoBackupFailure; text: TextRef; detail: string };

/** Why a backup could not be written, as the owner can act on it. */
export type AutoBackupFailure = 'disk_full' | 'no_access' | 'write_failed' | 'export_failed';

/** Names a failure: the host's file errors by their errno, the rest by where they happened. */
export function classifyBackupFailure(
  error: unknown,
  stage: 'export' | 'write',
): { code: AutoBackupFailure; text: TextRef } {
  const message = error instanceof Error ? error.message : String(error);
  let code: AutoBackupFailure = stage === 'export' ? 'export_failed' : 'write_failed';
  if (/ENOSPC|EDQUOT|QuotaExceeded|no space/i.test(message)) code = 'disk_full';
  else if (stage === 'write' && /EACCES|EPERM|EROFS|read-only/i.test(message)) code = 'no_access';
  // A named error from the export (a TextError) keeps its own words as the reason.
  const reason = textOf(error) ?? textRef(`backup:auto.reason.${code}`);
  return { code, text: textRef('backup:auto.failed', { reason }) };
}

/** Runs `fn` unless another window of this app holds the lock (then null). */
async function exclusively<T>(fn: () => Promise<T>): Promise<T | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return fn();
  return locks.request('renewal-desk:auto-backup', { ifAvailable: true }, (lock) =>
    lock ? fn() : null,
  ) as Promise<T | null>;
}

/** One check: writes today's backup when it is due. Never throws. */
export async function runAutoBackup(
  db: AppDb,
  host: AutoBackupHost,
  write: BackupWriter,
  now: Date = new Date(),
): Promise<AutoBackupOutcome> {
  const outcome = await exclusively(async (): Promise<AutoBackupOutcome> => {
    let settings: Settings;
    let list: Awaited<ReturnType<AutoBackupHost['backupList']>>;
    try {
      settings = await getSettings(db);
      list = await host.backupList();
    } catch (error) {
      return { kind: 'failed', ...classifyBackupFailure(error, 'write'), detail: String(error) };
    }
    if (!settings.backupRecipient) return { kind: 'skipped', reason: 'no-key' };
    const recipient = backupRecipients(settings);
    if (!list.folder) return { kind: 'skipped', reason: 'no-folder' };
    const last = list.files[0];
    if (!autoBackupDue(last ? new Date(last.createdAt) : null, now)) {
      return { kind: 'skipped', reason: 'done-today' };
    }
    let made: WrittenBackup;
    try {
      const { version } = await host.appInfo();
      made = await write(db, { recipient, appVersion: version, now });
    } catch (error) {
      return { kind: 'failed', ...classifyBackupFailure(error, 'export'), detail: String(error) };
    }
    const name = backupFileName(now);
    let written: BackupWriteResult;
    try {
      const data = made.bytes as Uint8Array<ArrayBuffer>;
      written = await host.backupWrite({ name, data });
    } catch (error) {
      return { kind: 'failed', ...classifyBackupFailure(error, 'write'), detail: String(error) };
    }
    // Nobody is signed in for this one: the trail names the system, with ids and counts only.
    await recordEvent(
      db,
      'system',
      'backup',
      'backup',
      null,
      `${name}|${made.bytes.length}|auto`,
    ).catch((error: unknown) => console.warn('backup audit failed', error));
    return { kind: 'written', written, manifest: made.manifest, bytes: made.bytes.length };
  });
  return outcome ?? { kind: 'skipped', reason: 'busy' };
}

export interface AutoBackupOptions {
  intervalMs?: number;
  clock?: () => Date;
  /** The first check waits for this (the first screen painted). */
  startAfter?: Promise<unknown>;
  onOutcome?: (outcome: AutoBackupOutcome) => void;
}

/** Checks now (after `startAfter`) and every `intervalMs`; returns the stop function. */
export function startAutoBackup(
  db: AppDb,
  host: AutoBackupHost,
  write: BackupWriter,
  options: AutoBackupOptions = {},
): () => void {
  const clock = options.clock ?? (() => new Date());
  let stopped = false;
  let running = false;
  const check = async () => {
    // A backup still being written (a slow USB stick) is not doubled by the next tick.
    if (stopped || running) return;
    running = true;
    try {
      const outcome = await runAutoBackup(db, host, write, clock());
      if (!stopped) options.onOutcome?.(outcome);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? AUTO_BACKUP_CHECK_MS);
  void Promise.resolve(options.startAfter).then(check);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
