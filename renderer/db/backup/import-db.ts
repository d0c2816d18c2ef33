// Restores an export into a NEW database, never into the open one: the export's own schema
// version is created first (as the app that wrote it had it), the rows go in with
// dexie-export-import, the counts are taken, and only then is it opened as AppDb, which runs
// the ordinary migrations from that version. A failure deletes the new database and leaves
// every other one as it was.
import { Dexie, type DexieOptions } from 'dexie';
// First: Node needs its globals before the library's module body runs.
import './file-reader-shim';
import { importInto, peakImportFile } from 'dexie-export-import';
import { AppDb } from '../app-db';
import { fastImport } from './fast-import';
import type { AuditEvent } from '../../../shared/domain/types';

export interface ImportedDatabase {
  db: AppDb;
  /** Rows per table as imported, before any migration ran. */
  tables: Record<string, number>;
  /** The export's schema version (Dexie's verno). */
  schemaVersion: number;
  /**
   * The audit events as parsed from the export, when the fast reader imported it and no
   * migration ran (the restore walks the chain over them instead of reading it back).
   */
  auditRows?: readonly AuditEvent[];
}

export async function importDatabase(
  exportBlob: Blob,
  name: string,
  options: {
    dexieOptions?: DexieOptions;
    onProgress?: (done: number, total: number) => void;
    /** Checked against the raw rows before the database is upgraded; throw to abort. */
    check?: (tables: Record<string, number>, schemaVersion: number) => void;
  } = {},
): Promise<ImportedDatabase> {
  const meta = await peakImportFile(exportBlob);
  const schema: Record<string, string> = {};
  for (const t of meta.data.tables) schema[t.name] = t.schema;
  const raw = new Dexie(name, options.dexieOptions);
  raw.version(meta.data.databaseVersion).stores(schema);
  let db: AppDb | null = null;
  try {
    await raw.open();
    const onProgress = (done: number, total: number) => options.onProgress?.(done, total);
    let auditRows: readonly AuditEvent[] | undefined;
    const onRows = (table: string, rows: readonly unknown[]) => {
      if (table === 'auditEvents') auditRows = rows as readonly AuditEvent[];
    };
    if (!(await fastImport(raw, exportBlob, onProgress, onRows))) {
      auditRows = undefined;
      await importInto(raw, exportBlob, {
        acceptNameDiff: true,
        chunkSizeBytes: 4 * 1024 * 1024,
        progressCallback: (p) => {
          onProgress(p.completedRows, p.totalRows ?? 0);
          return true;
        },
      });
    }
    const tables: Record<string, number> = {};
    for (const table of raw.tables) tables[table.name] = await table.count();
    options.check?.(tables, meta.data.databaseVersion);
    raw.close();
    db = new AppDb(name, options.dexieOptions);
    await db.open();
    const migrated = db.verno !== meta.data.databaseVersion;
    return {
      db,
      tables,
      schemaVersion: meta.data.databaseVersion,
      ...(auditRows && !migrated ? { auditRows } : {}),
    };
  } catch (error) {
    raw.close();
    db?.close();
    await new Dexie(name, options.dexieOptions).delete().catch(() => undefined);
    throw error;
  }
}

/** Deletes a database by name (a restore that failed its checks after the import). */
export async function deleteDatabase(db: AppDb): Promise<void> {
  db.close();
  await db.delete();
}
