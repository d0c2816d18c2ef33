// The host parts a backup or a restore talks to, recorded: what was written (name and bytes),
// and calls to replace the audit head. Shared by the backup integration tests.
import { vi } from 'vitest';
import type { BackupWriteRequest, HostApi } from '../../shared/ipc/contract';

export function fakeBackupHost() {
  const files: BackupWriteRequest[] = [];
  const host = {
    appInfo: async () => ({
      host: 'web' as const,
      version: '0.1.0',
      platform: 't',
      dataLocation: '',
    }),
    backupWrite: vi.fn(async (request: BackupWriteRequest) => {
      files.push(request);
      return { path: `/backups/${request.name}`, fellBack: false, deleted: [] };
    }),
    replaceAuditHead: vi.fn(async () => ({ status: 'none' as const })),
  } satisfies Pick<HostApi, 'appInfo' | 'backupWrite' | 'replaceAuditHead'>;
  return { host, files };
}
