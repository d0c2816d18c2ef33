// Commit: one Dexie transaction for the whole batch. It plans again just before the transaction
// (the store may have changed since the preview) and seals the customers then (WebCrypto cannot
// be awaited inside it); inside, it checks that the rows it planned with are unchanged (else it
// plans again), writes only records that differ,
// keeps their prior versions for undo, records the batch and refreshes the client summaries.
// It also saves the preset of the file's layout (so the CLI remembers layouts like the app) and
// creates staff for 业务员 names nobody has yet; undo removes those staff again.
// If anything throws, IndexedDB aborts the transaction and nothing of the batch remains.
//
// Re-importing a file that changes nothing records NO batch (batchId null): the history then
// only lists imports that can be undone, and the result's counts say "all unchanged".
import type {
  Client,
  Id,
  ImportBatch,
  ImportUndoEntry,
  Policy,
  StoredClient,
  Vehicle,
} from '../../../shared/domain/types';
import { applyFixes } from '../../../shared/domain/import/apply-fixes';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { planImport, stillLoaded, type LoadedWorld } from './import-load';
import { keysForWrite, sealClients } from './client-crypto';
import { saveImportPreset } from './import-presets';
import { importTables } from './import-repository';
import { writeImportSummaries } from './import-summaries';
import { createStaffForNames } from './staff-repository';
import type { CommitOptions, CommitResult, ImportPlan, ImportPreview } from './import-types';
import { auditEvent, newId, nowIso, writeAudit } from './write-context';
import { authorize } from './authorize';

/** Undo entry ids for records a batch created are grouped: `before` is { created: ids }. */
export const CREATED_PREFIX = 'created:';
const CREATED_CHUNK = 5000;

type Table = ImportUndoEntry['table'];

/** Undo keeps a customer's prior row as stored (sealed), never a clear copy. */
function undoEntries(
  plan: ImportPlan,
  batchId: Id,
  storedClients: ReadonlyMap<Id, StoredClient>,
): ImportUndoEntry[] {
  const entries: ImportUndoEntry[] = [];
  const tables: Array<[Table, Map<Id, Client | Vehicle | Policy>]> = [
    ['clients', plan.clients],
    ['vehicles', plan.vehicles],
    ['policies', plan.policies],
  ];
  for (const [table, map] of tables) {
    const created: Id[] = [];
    for (const id of map.keys()) {
      const planned = plan.before.get(id) ?? null;
      const before = table === 'clients' && planned ? (storedClients.get(id) ?? null) : planned;
      if (before === null) created.push(id);
      else entries.push({ id: newId(), batchId, table, recordId: id, before });
    }
    for (let i = 0; i < created.length; i += CREATED_CHUNK) {
      const ids = created.slice(i, i + CREATED_CHUNK);
      entries.push({
        id: newId(),
        batchId,
        table,
        recordId: `${CREATED_PREFIX}${i}`,
        before: { created: ids },
      });
    }
  }
  return entries;
}

/** Records per bulkPut call: big enough to keep IndexedDB busy, small enough to report progress. */
const WRITE_CHUNK = 10_000;

async function putAll<T>(
  put: (items: T[]) => Promise<unknown>,
  items: T[],
  progress: (n: number) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i += WRITE_CHUNK) {
    const part = items.slice(i, i + WRITE_CHUNK);
    await put(part);
    progress(part.length);
  }
}

export async function commitImport(
  db: AppDb,
  preview: ImportPreview,
  options: CommitOptions,
): Promise<CommitResult> {
  await authorize(db, options.actor, 'import', 'Data');
  const input = applyFixes(preview.input, options.fixes);
  const at = nowIso();
  const batchId = newId();
  const stage = options.onStage ?? (() => undefined);
  const plannedWith = { actor: options.actor, at, batchId, skipRows: options.skipRows };
  // Load, plan and seal outside the write transaction (WebCrypto inside one would end it); the
  // transaction then checks that the rows read are unchanged, else everything is done again.
  for (let attempt = 0; ; attempt++) {
    const { plan, loaded } = await planImport(db, input, plannedWith);
    const keys = await keysForWrite(db);
    const sealed = await sealClients(keys, [...plan.clients.values()], loaded.storedClients);
    stage('planned');
    const result = await db.transaction('rw', importTables(db), async () => {
      stage('transaction');
      if (attempt < 5 && !(await stillLoaded(db, loaded))) return null;
      return writeBatch(db, preview, options, { plan, loaded, sealed, at, batchId, stage });
    });
    if (result) return result;
  }
}

async function writeBatch(
  db: AppDb,
  preview: ImportPreview,
  options: CommitOptions,
  w: {
    plan: ImportPlan;
    loaded: LoadedWorld;
    sealed: StoredClient[];
    at: string;
    batchId: Id;
    stage: NonNullable<CommitOptions['onStage']>;
  },
): Promise<CommitResult> {
  const { plan, at, batchId, stage } = w;
  const preset = preview.meta.preset ? await saveImportPreset(db, preview.meta.preset) : null;
  const presetId = options.presetId ?? preset?.id ?? preview.meta.presetId ?? null;
  const staffCreated = await createStaffForNames(db, plan.staffNames, options.actor, at);
  const result: CommitResult = {
    batchId: null,
    counts: plan.counts,
    renewals: plan.renewals,
    ownerChanges: plan.ownerChanges,
    staffCreated,
    presetId,
  };
  if (plan.before.size === 0 && staffCreated.length === 0) return result;

  const total = plan.before.size;
  let done = 0;
  const progress = (n: number) => stage('written', (done += n), total);
  await putAll((c) => db.clients.bulkPut(c), w.sealed, progress);
  await putAll((c) => db.vehicles.bulkPut(c), [...plan.vehicles.values()], progress);
  await putAll((c) => db.policies.bulkPut(c), [...plan.policies.values()], progress);
  const undo = undoEntries(plan, batchId, w.loaded.storedClients);
  if (staffCreated.length > 0)
    undo.push({
      id: newId(),
      batchId,
      table: 'staff',
      recordId: `${CREATED_PREFIX}staff`,
      before: { created: staffCreated.map((s) => s.id) },
    });
  await db.importUndo.bulkAdd(undo);
  const batch: ImportBatch = {
    id: batchId,
    createdAt: at,
    updatedAt: at,
    updatedBy: options.actor,
    deletedAt: null,
    fileName: options.fileName ?? preview.meta.fileName,
    contentHash: options.contentHash ?? preview.meta.contentHash,
    presetId,
    sheet: preview.meta.sheet,
    counts: plan.counts,
    undone: false,
  };
  await db.importBatches.add(batch);
  const c = plan.counts;
  const staffNote = staffCreated.length
    ? `，新建业务员 ${staffCreated.map((st) => st.name).join('、')}`
    : '';
  const detail = `${batch.fileName}: 新增 ${c.new}，更新 ${c.updated}，未变 ${c.unchanged}，续保 ${c.renewed}，过户 ${c.ownerChanged}，跳过 ${c.skipped}${staffNote}`;
  await writeAudit(db, auditEvent(options.actor, 'import', 'importBatch', batchId, detail, at));
  await writeImportSummaries(db, plan, await db.staff.toArray());
  publishPlanInputsChanged(db, ['clients', 'vehicles', 'policies']);
  return { ...result, batchId };
}
