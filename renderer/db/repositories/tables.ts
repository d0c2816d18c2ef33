// Transaction scopes used by the repositories.
import type { AppDb } from '../app-db';
import { summaryTables } from './client-summaries';

/**
 * Every table a record write touches: the records, their summaries, staff names, the audit log,
 * and the keyring (read only: whether the agency has keys, so nothing is written in the clear).
 */
export function recordWriteTables(db: AppDb) {
  return [...summaryTables(db), db.auditEvents, db.keyring];
}
