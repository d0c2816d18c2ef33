// Load and remove the generated sample agency. Everything it writes carries isSample, so one
// click (one transaction) removes exactly that and nothing the user entered. Removal is a soft
// delete (see removeSampleData).
import { generateSampleAgency } from '../../../shared/domain/sample/generate';
import type { IsoDate, Stamped } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishAfterCommit, publishPlanInputsChanged } from '../change-feed';
import { bulkInsertRecords } from './bulk-writer';
import { keysForWrite, sealClients } from './client-crypto';
import { recordWriteTables } from './tables';
import { deleteSummaries } from './summary-snapshot';
import { auditEvent, nowIso, writeAudit, type Actor } from './write-context';
import { authorize } from './authorize';
import { caseFactTables, writeCaseFacts } from './case-facts';

export async function hasSampleData(db: AppDb): Promise<boolean> {
  // Booleans are not IndexedDB keys, so the isSample index holds nothing: scan, stop at the first.
  const live = await db.clients.filter((c) => c.isSample === true && !c.deletedAt).first();
  return live !== undefined;
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
  // Sealed before the transaction (WebCrypto inside it would end it).
  const sealed = await sealClients(await keysForWrite(db), agency.clients);
  return db.transaction('rw', recordWriteTables(db), async () => {
    if (await hasSampleData(db)) return { clients: 0 };
    await bulkInsertRecords(db, agency, actor, { chunkSize: Number.MAX_SAFE_INTEGER, sealed });
    await writeAudit(
      db,
      auditEvent(actor, 'load-sample', 'sample', null, `${agency.clients.length}`),
    );
    return { clients: agency.clients.length };
  });
}

/**
 * Removes every sample record (and cases/tasks of sample customers) in one transaction. The
 * rows are soft-deleted (deletedAt), so the removal can travel to other desks; the purge
 * removes them for good after 30 days, and loading the sample again revives the same rows.
 */
export async function removeSampleData(db: AppDb, actor: Actor): Promise<{ clients: number }> {
  await authorize(db, actor, 'load', 'Sample');
  const tables = [...recordWriteTables(db), db.cases, db.tasks, ...caseFactTables(db)];
  return db.transaction('rw', tables, async () => {
    const at = nowIso();
    const gone = <T extends Stamped>(rows: T[]): T[] =>
      rows.map((r) => ({ ...r, deletedAt: at, updatedAt: at, updatedBy: actor }));
    const liveSample = (r: { isSample?: boolean; deletedAt?: string | null }) =>
      r.isSample === true && !r.deletedAt;
    const clients = await db.clients.filter(liveSample).toArray();
    const clientIds = clients.map((c) => c.id);
    const cases = clientIds.length
      ? (await db.cases.where('clientId').anyOf(clientIds).toArray()).filter((c) => !c.deletedAt)
      : [];
    const tasks = cases.length
      ? (
          await db.tasks
            .where('caseId')
            .anyOf(cases.map((c) => c.id))
            .toArray()
        ).filter((t) => !t.deletedAt)
      : [];
    await db.tasks.bulkPut(gone(tasks));
    const goneCases = gone(cases);
    await db.cases.bulkPut(goneCases);
    // Removed cases carry no fact.
    await writeCaseFacts(db, goneCases);
    await db.policies.bulkPut(gone(await db.policies.filter(liveSample).toArray()));
    await db.vehicles.bulkPut(gone(await db.vehicles.filter(liveSample).toArray()));
    await db.clients.bulkPut(gone(clients));
    await db.staff.bulkPut(gone(await db.staff.filter(liveSample).toArray()));
    // Summaries are local and derived: a removed sample customer's row goes now.
    await deleteSummaries(db, clientIds);
    await writeAudit(db, auditEvent(actor, 'remove-sample', 'sample', null, `${clientIds.length}`));
    publishAfterCommit({ kind: 'all' });
    publishPlanInputsChanged(db, ['clients', 'vehicles', 'policies', 'staff', 'cases', 'tasks']);
    return { clients: clientIds.length };
  });
}
