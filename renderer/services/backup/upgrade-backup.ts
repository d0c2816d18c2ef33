// The backup before a schema upgrade (issue 11 point 4, PRIVACY.md "Backups"): when the
// database on disk is at an older schema than this app's, it is exported at that schema, as it
// is, and written to the backup folder as `renewal-desk-<time>-before-v<N>.age` (kept out of
// the rotation) before Dexie runs a single migration. A failed backup keeps the database from
// being upgraded; the window then offers to retry or to upgrade without one. Without a backup
// key or a backup folder (the browser build) there is nothing to write to, and the upgrade
// goes ahead as before.
import { backupRecipients } from '../../../shared/backup/recipients';
import { backupFileName } from '../../../shared/backup/rotation';
import type { HostApi } from '../../../shared/ipc/contract';
import type { AppDb } from '../../db/app-db';
import {
  openAppDb,
  type BeforeUpgrade,
  type OpenDbResult,
  type OpenOptions,
} from '../../db/open-db';
import { recordEvent } from '../../db/repositories/audit-repository';
import type { Settings } from '../../../shared/domain/types';

type UpgradeBackupHost = Pick<HostApi, 'appInfo' | 'backupWrite' | 'backupList'>;

export type UpgradeBackupOutcome =
  | { kind: 'written'; name: string; bytes: number; from: number; to: number }
  | { kind: 'skipped'; reason: 'no-key' | 'no-folder' };

/** The BeforeUpgrade hook that writes the backup; `onDone` hears what it did. */
export function upgradeBackup(
  host: UpgradeBackupHost,
  onDone: (outcome: UpgradeBackupOutcome) => void,
  clock: () => Date = () => new Date(),
): BeforeUpgrade {
  return async ({ db, from, to }) => {
    // Read raw: the settings row as the older app stored it (defaults are not needed here).
    const stored = (await db.table('settings').get('app')) as Partial<Settings> | undefined;
    if (!stored?.backupRecipient) return onDone({ kind: 'skipped', reason: 'no-key' });
    const recipient = backupRecipients(stored);
    if (!(await host.backupList()).folder) return onDone({ kind: 'skipped', reason: 'no-folder' });
    const now = clock();
    const { version } = await host.appInfo();
    // Loaded only when an upgrade is due: the export library and age stay out of the first bundle.
    const { writeBackupFile } = await import('./backup-file');
    const { bytes } = await writeBackupFile(db, { recipient, appVersion: version, now });
    const name = backupFileName(now, to);
    await host.backupWrite({ name, data: bytes as Uint8Array<ArrayBuffer> });
    onDone({ kind: 'written', name, bytes: bytes.length, from, to });
  };
}

/**
 * Opens the window's database, backing it up first when this app is about to upgrade it, and
 * records that backup in the upgraded database's trail (the system's, ids and sizes only).
 * `skipBackup`: the owner chose to upgrade without one after it failed.
 */
export async function openWithUpgradeBackup(
  host: UpgradeBackupHost,
  options: OpenOptions & { skipBackup?: boolean; clock?: () => Date } = {},
): Promise<OpenDbResult & { upgradeBackup?: UpgradeBackupOutcome }> {
  let outcome: UpgradeBackupOutcome | undefined;
  const appVersion = options.appVersion ?? (await host.appInfo()).version;
  const result = await openAppDb({
    ...options,
    appVersion,
    ...(options.skipBackup
      ? {}
      : { beforeUpgrade: upgradeBackup(host, (o) => (outcome = o), options.clock) }),
  });
  if (result.ok && outcome?.kind === 'written') await recordUpgradeBackup(result.db, outcome);
  return outcome ? { ...result, upgradeBackup: outcome } : result;
}

async function recordUpgradeBackup(
  db: AppDb,
  done: Extract<UpgradeBackupOutcome, { kind: 'written' }>,
): Promise<void> {
  const detail = `${done.name}|${done.bytes}|before-v${done.to}`;
  await recordEvent(db, 'system', 'backup', 'backup', null, detail).catch((error: unknown) =>
    console.warn('backup audit failed', error),
  );
}
