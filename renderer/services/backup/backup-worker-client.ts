// The window's side of the backup worker: a BackupWriter (auto-backup.ts) whose export and
// encryption run in a worker. When the worker cannot start (its script failed to load), the
// backup is made in the window instead: slower, but the day's backup is not lost.
import { createRpcClient, workerPort } from '../worker-rpc/client';
import { RpcError } from '../worker-rpc/wire';
import type { BackupWriter } from './auto-backup';
import type { BackupApi } from './backup-worker-handlers';

export const workerBackupWriter: BackupWriter = async (db, { recipient, appVersion, now }) => {
  const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
  const rpc = createRpcClient<BackupApi>(workerPort(worker));
  try {
    return await rpc.call('writeBackup', {
      dbName: db.name,
      recipient: [...recipient],
      appVersion,
      now: now.toISOString(),
    });
  } catch (error) {
    if (!(error instanceof RpcError) || error.code !== 'worker_failed') throw error;
    const { writeBackupFile } = await import('./backup-file');
    return writeBackupFile(db, { recipient, appVersion, now });
  } finally {
    // One backup a day: the worker (and its database connection) goes away after it.
    rpc.terminate(new Error('backup worker done'));
  }
};
