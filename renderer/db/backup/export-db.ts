// The database as dexie-export-import's JSON export, with what the manifest needs counted
// from the very rows exported (one read transaction): rows per table and the audit chain's
// head. Rows go out as stored (personal fields stay as they are stored; once they are
// encrypted at rest they stay encrypted in the export).
// First: Node needs its globals before the library's module body runs.
import './file-reader-shim';
import { exportDB } from 'dexie-export-import';
import { fastExport } from './fast-export';
import type { ChainHead } from '../../../shared/domain/identity/audit-chain';
import type { AuditEvent } from '../../../shared/domain/types';
import type { Dexie } from 'dexie';

export interface DatabaseExport {
  blob: Blob;
  /** The blob's SHA-256 when the export computed it on the way (the fast writer does). */
  sha256?: string;
  tables: Record<string, number>;
  auditHead: ChainHead | null;
  schemaVersion: number;
}

/** Any Dexie: the app's, or the database at an older schema before an upgrade. */
export type ExportableDb = Dexie;

export async function exportDatabase(
  db: ExportableDb,
  onProgress?: (done: number, total: number) => void,
): Promise<DatabaseExport> {
  let tables: Record<string, number> = {};
  let auditHead: ChainHead | null = null;
  const reset = () => {
    tables = Object.fromEntries(db.tables.map((t) => [t.name, 0]));
    auditHead = null;
  };
  // Called once per exported row inside the export's read transaction: the counts and the
  // head describe exactly what is in the blob, even if a write lands meanwhile.
  const count = (table: string, value: unknown) => {
    tables[table] = (tables[table] ?? 0) + 1;
    if (table === 'auditEvents') {
      const event = value as AuditEvent;
      if (!auditHead || event.seq > auditHead.seq) auditHead = { seq: event.seq, hash: event.hash };
    }
  };
  reset();
  const fast = await fastExport(db, count, onProgress);
  if (fast) return { ...fast, tables, auditHead, schemaVersion: db.verno };
  // A row the plain writer cannot carry as it is: the library's Typeson export, counted anew.
  reset();
  const blob = await exportDB(db, {
    numRowsPerChunk: 2000,
    transform: (table, value: unknown) => {
      count(table, value);
      return { value };
    },
    progressCallback: (p) => {
      onProgress?.(p.completedRows, p.totalRows ?? 0);
      return true;
    },
  });
  return { blob, tables, auditHead, schemaVersion: db.verno };
}
