// `--backup <out.age> --recipient <age1…>` after an import: the whole database written in the
// app's own backup format (renderer/services/backup), atomically (temp file, fsync, rename),
// so a crash or a full disk leaves the previous file at that path untouched.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../electron/scheduler/atomic-file';
import type { ChainHead } from '../../shared/domain/identity/audit-chain';
import type { AppDb } from '../../renderer/db/app-db';
import { writeBackupFile } from '../../renderer/services/backup/backup-file';

export interface CliBackupReport {
  file: string;
  bytes: number;
  tables: Record<string, number>;
  auditHead: ChainHead | null;
}

/** The version in package.json: what the app of this checkout would write in its manifest. */
export async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

export async function writeCliBackup(
  db: AppDb,
  file: string,
  recipient: string,
): Promise<CliBackupReport> {
  const written = await writeBackupFile(db, { recipient, appVersion: await packageVersion() });
  await writeFileAtomic(resolve(file), written.bytes);
  return {
    file,
    bytes: written.bytes.length,
    tables: written.manifest.tables,
    auditHead: written.manifest.auditHead,
  };
}
