// Import history for the import screen: the recorded batches, newest first (undone ones stay
// listed, marked, so the user sees what happened).
import type { ImportBatch } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';

export async function listImportBatches(db: AppDb, limit = 200): Promise<ImportBatch[]> {
  return db.importBatches.orderBy('createdAt').reverse().limit(limit).toArray();
}
