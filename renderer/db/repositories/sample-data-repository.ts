// Load and remove the generated sample agency. Everything it writes carries isSample, so one
// click (one transaction) removes exactly that and nothing the user entered.
import { generateSampleAgency } from '../../../shared/domain/sample/generate';
import type { IsoDate } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishAfterCommit } from '../change-feed';
import { bulkInsertRecords } from './bulk-writer';
import { recordWriteTables } from './tables';
import { auditEvent, writeAudit, type Actor } from './write-context';
import { authorize } from './authorize';

export async function hasSampleData(db: AppDb): Promise<boolean> {
  // Booleans are not IndexedDB keys, so the isSample index holds nothing: scan, stop at the first.
  return (await db.clients.filter((c) => c.isSample === true).first()) !== undefined;
}

/** Loads the sample agency (default 200 customers) in one transaction. No-op if already loaded. */
export async function loadSampleData(
  db: AppDb,
  options: { today: IsoDate; clients?: number; seed?: number },
  actor: Actor = 'sample',
): Promise<{ clients: number }> {
  await authorize(db, actor, 'load', 'Sample');
  const agency = generateSampleAgency({
    clients: options.clients ?? 200,
    seed: options.seed ?? 20250101,
    today: options.today,
  });
  return db.transaction('rw', recordWriteTables(db), async () => {
    if (await hasSampleData(db)) return { clients: 0 };
    await bulkInsertRecords(db, agency, actor, { chunkSize: Number.MAX_SAFE_INTEGER });
    await writeAudit(
      db,
      auditEvent(actor, 'load-sample', 'sample', null, `${agency.clients.length}`),
    );
    return { clients: agency.clients.length };
  });
}

/** Removes every sample record (and cases/tasks of sample customers) in one transaction. */
export async function removeSampleData(db: AppDb, actor: Actor): Promise<{ clients: number }> {
  await authorize(db, actor, 'load', 'Sample');
  const tables = [...recordWriteTables(db), db.cases, db.tasks];
  return db.transaction('rw', tables, async () => {
    const isSample = (r: { isSample?: boolean }) => r.isSample === true;
    const clientIds = await db.clients.filter(isSample).primaryKeys();
    const caseIds = clientIds.length
      ? await db.cases.where('clientId').anyOf(clientIds).primaryKeys()
      : [];
    if (caseIds.length) await db.tasks.where('caseId').anyOf(caseIds).delete();
    await db.cases.bulkDelete(caseIds);
    await db.policies.filter(isSample).delete();
    await db.vehicles.filter(isSample).delete();
    await db.clients.bulkDelete(clientIds);
    await db.clientSummaries.bulkDelete(clientIds);
    await db.staff.filter(isSample).delete();
    await writeAudit(db, auditEvent(actor, 'remove-sample', 'sample', null, `${clientIds.length}`));
    publishAfterCommit({ kind: 'all' });
    return { clients: clientIds.length };
  });
}
