// The owner's backup folder (issue 11): where main writes backups (atomically: temp file,
// fsync, rename), lists them and reads one back for a restore, and where the rotation runs
// (7 daily / 4 weekly / 12 monthly, shared/backup/rotation.ts). The default is
// userData/backups; the owner may choose any folder (a USB disk, a NAS path). When the chosen
// folder cannot be reached, the backup goes to the default folder and says so. The choice is
// kept in userData/backup-folder.json. Only file names the app writes are read or deleted.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToDelete, backupTimeOf } from '../../shared/backup/rotation';
import type { BackupList, BackupWriteRequest, BackupWriteResult } from '../../shared/ipc/contract';
import { readJsonFile, writeFileAtomic } from '../scheduler/atomic-file';

export interface BackupFolder {
  write(request: BackupWriteRequest): Promise<BackupWriteResult>;
  list(): Promise<BackupList>;
  chooseFolder(): Promise<BackupList | null>;
  read(request: { name: string }): Promise<{ data: Uint8Array<ArrayBuffer> }>;
}

export interface BackupFolderDeps {
  userDataDir: string;
  /** Electron's folder picker; null when cancelled. */
  pickFolder: () => Promise<string | null>;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
}

/** writeFileAtomic's temp name for one of our backups: `.<name>.<pid>.<n>.tmp`. */
const TEMP_PATTERN = /^\.renewal-desk-[^/\\]+\.age\.(\d+)\.\d+\.tmp$/;

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

export function createBackupFolder(deps: BackupFolderDeps): BackupFolder {
  const defaultFolder = join(deps.userDataDir, 'backups');
  const configFile = join(deps.userDataDir, 'backup-folder.json');
  const writeFile = deps.writeFile ?? writeFileAtomic;

  async function chosen(): Promise<string | null> {
    const config = (await readJsonFile(configFile)) as { folder?: unknown } | null;
    return typeof config?.folder === 'string' && config.folder ? config.folder : null;
  }

  /** The folder backups go to now, and whether the chosen one is out of reach. */
  async function current(): Promise<{ folder: string; isDefault: boolean; missing: boolean }> {
    const folder = await chosen();
    if (!folder) return { folder: defaultFolder, isDefault: true, missing: false };
    if (await isFolder(folder)) return { folder, isDefault: false, missing: false };
    return { folder: defaultFolder, isDefault: true, missing: true };
  }

  async function listIn(folder: string): Promise<BackupList['files']> {
    const names = await readdir(folder).catch(() => [] as string[]);
    const files: BackupList['files'] = [];
    for (const name of names) {
      const at = backupTimeOf(name);
      if (!at) continue;
      const info = await stat(join(folder, name)).catch(() => null);
      if (info?.isFile()) files.push({ name, bytes: info.size, createdAt: at.toISOString() });
    }
    return files.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  async function list(): Promise<BackupList> {
    const where = await current();
    return { ...where, files: await listIn(where.folder) };
  }

  /**
   * Temp files of backups whose writer died before the rename (a kill, a power cut): never a
   * backup (the listing ignores them), only wasted space. This process's own are in flight.
   */
  async function removeDeadTempFiles(folder: string): Promise<void> {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const m = TEMP_PATTERN.exec(name);
      if (m && Number(m[1]) !== process.pid) await rm(join(folder, name), { force: true });
    }
  }

  return {
    async write({ name, data }) {
      const where = await current();
      await mkdir(where.folder, { recursive: true });
      await removeDeadTempFiles(where.folder);
      const path = join(where.folder, name);
      // A full disk or a pulled USB stick throws here; the temp file is removed and every
      // earlier backup is untouched (nothing is rotated before the new file is in place).
      await writeFile(path, data);
      const deleted = backupsToDelete((await listIn(where.folder)).map((f) => f.name));
      for (const old of deleted) await rm(join(where.folder, old), { force: true });
      return { path, fellBack: where.missing, deleted };
    },
    list,
    async chooseFolder() {
      const folder = await deps.pickFolder();
      if (!folder) return null;
      await writeFileAtomic(configFile, JSON.stringify({ folder }));
      return list();
    },
    async read({ name }) {
      // Looked up in the folder's own listing: a name outside it is refused.
      const where = await current();
      const found = (await listIn(where.folder)).find((f) => f.name === name);
      if (!found) throw new Error(`no backup named ${name} in ${where.folder}`);
      const bytes = await readFile(join(where.folder, name));
      return { data: new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length) };
    },
  };
}
