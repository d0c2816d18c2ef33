// Backups in the browser build: a page can neither keep a folder nor rotate files, so a backup
// is a download, and the list remembers only the last one (in localStorage) for Settings'
// "last backup" and its warning. Restoring takes a file the owner picks.
import { backupTimeOf } from '../../../shared/backup/rotation';
import type {
  BackupList,
  BackupWriteRequest,
  BackupWriteResult,
} from '../../../shared/ipc/contract';

const LAST_BACKUP_KEY = 'renewal-desk:last-backup';

function download(win: Window, name: string, data: Uint8Array): void {
  const href = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>]));
  const anchor = win.document.createElement('a');
  anchor.href = href;
  anchor.download = name;
  anchor.style.display = 'none';
  win.document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export function writeWebBackup(win: Window, request: BackupWriteRequest): BackupWriteResult {
  download(win, request.name, request.data);
  const createdAt = backupTimeOf(request.name)?.toISOString() ?? new Date().toISOString();
  win.localStorage.setItem(
    LAST_BACKUP_KEY,
    JSON.stringify({ name: request.name, bytes: request.data.byteLength, createdAt }),
  );
  return { path: request.name, fellBack: false, deleted: [] };
}

export function listWebBackups(win: Window): BackupList {
  const files: BackupList['files'] = [];
  try {
    const last = JSON.parse(win.localStorage.getItem(LAST_BACKUP_KEY) ?? 'null') as
      BackupList['files'][number] | null;
    if (last && typeof last.name === 'string' && typeof last.createdAt === 'string') {
      files.push({ name: last.name, bytes: Number(last.bytes) || 0, createdAt: last.createdAt });
    }
  } catch {
    // An edited entry is as good as none: the warning then asks for a backup.
  }
  return { folder: null, isDefault: true, missing: false, files };
}
