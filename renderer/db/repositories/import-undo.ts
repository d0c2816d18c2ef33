// Undo one import batch: restore the prior version of every record it changed and soft-delete
// (deletedAt) the records it created, in one transaction.
//
// Our call on later changes: we REFUSE (and change nothing) when a record of this batch was
// changed afterwards (by a later import or by hand: its updatedAt is no longer the batch's
// time) or when something kept since points at a record the undo would delete. The message
// names the later batches so the user undoes them first, newest first. Cascading silently
// would throw away work the user did not ask to lose.
import { chinaDateTime } from '../../../shared/domain/china-date';
import type {
  Client,
  Id,
  ImportUndoEntry,
  Policy,
  Staff,
  StoredClient,
  Vehicle,
} from '../../../shared/domain/types';
import type { Table as DexieTable } from 'dexie';
import { textRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { openClients } from './client-crypto';
import { refreshClientSummaries } from './client-summaries';
import { deleteSummaries } from './summary-snapshot';
import { CREATED_PREFIX } from './import-commit';
import { importTables } from './import-repository';
import { RepositoryError, auditEvent, notFound, nowIso, writeAudit } from './write-context';
import { authorize } from './authorize';
import { UNDO_DAYS } from './purge-repository';

type Rec = StoredClient | Vehicle | Policy;
type Table = ImportUndoEntry['table'];

export interface UndoResult {
  batchId: Id;
  restored: number;
  deleted: number;
  /** Staff the batch created that nothing else uses any more, now removed. */
  removedStaff: number;
}

/** The prior versions of the customers a batch changed, opened. */
async function priorClients(db: AppDb, batchId: Id): Promise<Map<Id, Client>> {
  const entries = await db.importUndo.where('batchId').equals(batchId).toArray();
  const rows = entries
    .filter((e) => e.table === 'clients' && !e.recordId.startsWith(CREATED_PREFIX))
    .map((e) => e.before as StoredClient);
  return new Map((await openClients(rows)).map((c) => [c.id, c]));
}

export async function undoImportBatch(
  db: AppDb,
  batchId: Id,
  actor = 'system',
): Promise<UndoResult> {
  await authorize(db, actor, 'import', 'Data');
  // The customers this undo puts back, opened before the transaction (their undo copies are
  // sealed; WebCrypto inside it would end it): their summaries are built from these.
  const given = await priorClients(db, batchId);
  return db.transaction('rw', importTables(db), async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw notFound('importBatch', batchId);
    if (batch.undone) {
      throw new RepositoryError(
        'conflict',
        textRef('errors:repository.alreadyUndone', { file: batch.fileName }),
      );
    }
    if (batch.undoExpired) {
      throw new RepositoryError(
        'conflict',
        textRef('errors:repository.undoExpired', { file: batch.fileName, days: UNDO_DAYS }),
      );
    }
    const entries = await db.importUndo.where('batchId').equals(batchId).toArray();
    const createdStaff = entries
      .filter((e) => e.table === 'staff')
      .flatMap((e) => (e.before as { created: Id[] }).created);
    const created: Record<string, Id[]> = { clients: [], vehicles: [], policies: [] };
    const restore: Record<string, Rec[]> = { clients: [], vehicles: [], policies: [] };
    for (const e of entries) {
      if (e.table !== 'clients' && e.table !== 'vehicles' && e.table !== 'policies') continue;
      if (e.recordId.startsWith(CREATED_PREFIX))
        created[e.table]?.push(...(e.before as { created: Id[] }).created);
      else restore[e.table]?.push(e.before as Rec);
    }
    const table = (t: Table) =>
      (t === 'clients'
        ? db.clients
        : t === 'vehicles'
          ? db.vehicles
          : db.policies) as unknown as DexieTable<Rec, Id>;

    const touchedClients = new Set<Id>();
    let changedLater = 0;
    for (const t of ['clients', 'vehicles', 'policies'] as const) {
      const ids = [...(created[t] ?? []), ...(restore[t] ?? []).map((r) => r.id)];
      for (const cur of await table(t).bulkGet(ids)) {
        if (!cur || cur.updatedAt !== batch.createdAt) changedLater++;
        if (cur) noteClients(cur, touchedClients);
      }
      for (const r of restore[t] ?? []) noteClients(r, touchedClients);
    }
    const deleting = new Set([
      ...(created.clients ?? []),
      ...(created.vehicles ?? []),
      ...(created.policies ?? []),
    ]);
    // Records this undo puts back are not dependents: their prior versions point elsewhere.
    for (const list of Object.values(restore)) for (const r of list) deleting.add(r.id);
    // Soft-deleted rows (a later batch already undone, a customer deleted) depend on nothing.
    const live = (r: { deletedAt?: string | null }) => !r.deletedAt;
    const dependents = [
      ...(await db.policies
        .where('insuredId')
        .anyOf(created.clients ?? [])
        .filter(live)
        .primaryKeys()),
      ...(await db.policies
        .where('vehicleId')
        .anyOf(created.vehicles ?? [])
        .filter(live)
        .primaryKeys()),
      ...(await db.vehicles
        .where('ownerId')
        .anyOf(created.clients ?? [])
        .filter(live)
        .primaryKeys()),
    ].filter((id) => !deleting.has(id)).length;

    if (changedLater + dependents > 0) {
      const later = (
        await db.importBatches.where('createdAt').above(batch.createdAt).toArray()
      ).filter((b) => !b.undone);
      const batches = later.map((b) =>
        textRef('errors:repository.batchAt', { file: b.fileName, at: chinaDateTime(b.createdAt) }),
      );
      const params = { file: batch.fileName, count: changedLater + dependents, batches };
      throw new RepositoryError(
        'conflict',
        batches.length
          ? textRef('errors:repository.undoLaterBatches', params)
          : textRef('errors:repository.undoHandEdits', params),
      );
    }

    const at = nowIso();
    // What the batch created is soft-deleted, not removed: the deletion can travel to the other
    // desks, a re-import revives the same rows, and the purge removes them after 30 days.
    const tombstone = { deletedAt: at, updatedAt: at, updatedBy: actor };
    for (const t of ['policies', 'vehicles', 'clients'] as const) {
      const ids = created[t] ?? [];
      if (ids.length) {
        const rows = (await table(t).bulkGet(ids)).filter((r): r is Rec => r !== undefined);
        await table(t).bulkPut(rows.map((r) => ({ ...r, ...tombstone })));
      }
      if (restore[t]?.length) await table(t).bulkPut(restore[t]);
    }
    const removedStaff = await removeUnusedStaff(db, createdStaff, batch.createdAt, tombstone);
    await db.importBatches.put({ ...batch, undone: true, updatedAt: at, updatedBy: actor });
    await writeAudit(
      db,
      auditEvent(actor, 'import-undo', 'importBatch', batchId, batch.fileName, at),
    );
    await refreshClientSummaries(db, touchedClients, given);
    // Summaries are local and derived: customers the batch created leave the list now, as
    // before deletes were soft (a customer deleted by hand keeps a row marked deleted).
    if (created.clients?.length) await deleteSummaries(db, created.clients);
    publishPlanInputsChanged(db, ['clients', 'vehicles', 'policies', 'staff']);
    const deleted = Object.values(created).reduce((n, ids) => n + ids.length, 0);
    const restored = Object.values(restore).reduce((n, list) => n + list.length, 0);
    return { batchId, restored, deleted, removedStaff };
  });
}

/**
 * Deletes staff a batch created unless something still uses them: a case or task assigned to
 * them, a customer they look after, a policy naming them as 业务员, or an edit since the import.
 * Runs after the batch's own records were soft-deleted, so only other batches' policies count.
 */
async function removeUnusedStaff(
  db: AppDb,
  ids: Id[],
  batchAt: string,
  tombstone: Pick<Staff, 'deletedAt' | 'updatedAt' | 'updatedBy'>,
): Promise<number> {
  if (ids.length === 0) return 0;
  const staff = (await db.staff.bulkGet(ids)).filter(
    (s): s is Staff => s !== undefined && s.updatedAt === batchAt && !s.deletedAt,
  );
  // Soft-deleted rows (this undo's, an earlier undo's, removed sample data) use nobody.
  const live = <T extends { deletedAt?: string | null }>(r: T) => !r.deletedAt;
  const names = new Set(staff.map((s) => s.name.trim()));
  const used = new Set<string>([
    ...(await db.cases.where('assigneeId').anyOf(ids).filter(live).toArray()).map(
      (c) => c.assigneeId ?? '',
    ),
    ...(await db.tasks.where('assigneeId').anyOf(ids).filter(live).toArray()).map(
      (t) => t.assigneeId ?? '',
    ),
    ...(await db.clients.where('staffId').anyOf(ids).filter(live).toArray()).map(
      (c) => c.staffId ?? '',
    ),
  ]);
  const namedLater = new Set<string>();
  await db.policies.each((p) => {
    if (p.deletedAt) return;
    const name = p.staffName?.trim();
    if (name && names.has(name)) namedLater.add(name);
  });
  const unused = staff.filter((s) => !used.has(s.id) && !namedLater.has(s.name.trim()));
  await db.staff.bulkPut(unused.map((s) => ({ ...s, ...tombstone })));
  return unused.length;
}

function noteClients(r: Rec, into: Set<Id>): void {
  if ('ownerId' in r) into.add(r.ownerId);
  else if ('insuredId' in r) into.add(r.insuredId);
  else into.add(r.id);
}
