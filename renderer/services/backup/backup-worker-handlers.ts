// The backup worker's handler map (served by worker-rpc): the export, checksum, gzip and age
// of a backup on the worker's own connection to the database the window has open, so the
// automatic backup never freezes the window. Only the finished file crosses back.
import { workerDbConnections } from '../../db/worker-connections';
import { writeBackupFile } from './backup-file';

export interface WriteBackupArgs {
  /** The IndexedDB database the window has open. */
  dbName: string;
  recipient: string[];
  appVersion: string;
  /** ISO time the backup is made at (the manifest's createdAt and the file name agree). */
  now: string;
}

export function backupHandlers() {
  const dbNamed = workerDbConnections();
  return {
    writeBackup: async ({ dbName, recipient, appVersion, now }: WriteBackupArgs) =>
      writeBackupFile(await dbNamed(dbName), { recipient, appVersion, now: new Date(now) }),
  };
}

/** The backup worker's API, as the window's `call<K>` sees it. */
export type BackupApi = ReturnType<typeof backupHandlers>;
