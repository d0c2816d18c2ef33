// Writing and restoring one backup file, shared by the window, the CLI and the bench: the
// export and the manifest into an age file, and back into a new database with every check
// (manifest, versions, SHA-256, counts, audit chain against the head the manifest carries).
// No role check and no audit here: the owner's actions in backup-actions.ts wrap these.
import {
  assertRestorable,
  BackupError,
  buildManifest,
  firstCountMismatch,
  openBackup,
  sealBackup,
  sha256OfBlob,
  type BackupManifest,
} from '../../../shared/backup';
import type { ChainBreak } from '../../../shared/domain/identity/audit-chain';
import type { AppDb } from '../../db/app-db';
import { exportDatabase, type ExportableDb } from '../../db/backup/export-db';
import { importDatabase } from '../../db/backup/import-db';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { verifyAuditChain, verifyAuditRows } from '../../db/repositories/audit-repository';

type DexieOptions = ConstructorParameters<typeof AppDb>[1];

export type BackupPhase = 'export' | 'encrypt' | 'decrypt' | 'import' | 'verify';
export type BackupProgress = (phase: BackupPhase, done: number, total: number) => void;

export interface WrittenBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
}

export async function writeBackupFile(
  db: ExportableDb,
  options: {
    /** The agency's backup key, or it and the recovery key's (backupRecipients). */
    recipient: string | readonly string[];
    appVersion: string;
    now?: Date;
    onProgress?: BackupProgress;
  },
): Promise<WrittenBackup> {
  const exported = await exportDatabase(db, (done, total) =>
    options.onProgress?.('export', done, total),
  );
  options.onProgress?.('encrypt', 0, 1);
  const manifest = buildManifest({
    createdAt: (options.now ?? new Date()).toISOString(),
    appVersion: options.appVersion,
    schemaVersion: exported.schemaVersion,
    tables: exported.tables,
    auditHead: exported.auditHead,
    sha256: exported.sha256 ?? (await sha256OfBlob(exported.blob)),
    exportBytes: exported.blob.size,
  });
  const bytes = await sealBackup(manifest, exported.blob, options.recipient);
  options.onProgress?.('encrypt', 1, 1);
  return { bytes, manifest };
}

export interface RestoredAudit {
  events: number;
  chainOk: boolean;
  /** The first event whose hash or link does not hold, or where the chain stops short. */
  firstBreak: { seq: number; eventId: string | null; reason: ChainBreak } | null;
}

export interface RestoredBackup {
  db: AppDb;
  manifest: BackupManifest;
  tables: Record<string, number>;
  audit: RestoredAudit;
}

/**
 * Decrypts, checks and restores into the new database `name`. Throws a BackupError for a file
 * it cannot restore (nothing is left behind); returns the chain's verdict for the caller to
 * decide on (the window refuses a broken chain, the CLI reports it).
 */
export async function restoreBackupFile(
  file: Uint8Array,
  identity: string,
  options: {
    name: string;
    appVersion: string;
    dexieOptions?: DexieOptions;
    onProgress?: BackupProgress;
  },
): Promise<RestoredBackup> {
  options.onProgress?.('decrypt', 0, 1);
  const { manifest, exportBlob, exportSha256 } = await openBackup(file, identity);
  assertRestorable(manifest, {
    appVersion: options.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
  });
  if (exportBlob.size !== manifest.exportBytes || exportSha256 !== manifest.sha256) {
    throw new BackupError('checksum');
  }
  options.onProgress?.('decrypt', 1, 1);
  const imported = await importDatabase(exportBlob, options.name, {
    dexieOptions: options.dexieOptions,
    onProgress: (done, total) => options.onProgress?.('import', done, total),
    check: (tables, schemaVersion) => {
      if (schemaVersion !== manifest.schemaVersion) throw new BackupError('bad_manifest');
      const off = firstCountMismatch(manifest.tables, tables);
      if (off) throw new BackupError('counts', off);
    },
  });
  const onVerify = (done: number, total: number) => options.onProgress?.('verify', done, total);
  // Over the rows as parsed when the fast reader imported them (no read back), else as stored.
  const verdict = imported.auditRows
    ? await verifyAuditRows(imported.auditRows, manifest.auditHead, onVerify)
    : await verifyAuditChain(imported.db, manifest.auditHead, onVerify);
  return {
    db: imported.db,
    manifest,
    tables: imported.tables,
    audit: verdict.ok
      ? { events: verdict.count, chainOk: true, firstBreak: null }
      : {
          events: verdict.count,
          chainOk: false,
          firstBreak: { seq: verdict.seq, eventId: verdict.eventId, reason: verdict.reason },
        },
  };
}
