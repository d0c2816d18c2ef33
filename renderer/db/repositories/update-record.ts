// The update every record repository makes (customers, staff, policies), as one transaction:
// load the record (or refuse: not found), check the merged input against the schema, stamp,
// put, audit, announce the plan input changed, then refresh the summaries of the customers it touches.
import type { EntityTable, IDType } from 'dexie';
import type { z } from 'zod';
import type { GuardedAction, GuardedSubject } from '../../../shared/domain/identity/abilities';
import type { Id, Stamped } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged, type PlanInputTable } from '../change-feed';
import { authorize } from './authorize';
import { refreshClientSummaries } from './client-summaries';
import { parseInput } from './schemas';
import { recordWriteTables } from './tables';
import { auditEvent, notFound, nowIso, writeAudit, type Actor, type Entity } from './write-context';

/** Where a kind of record lives: its entity (audit, errors), its table, the plan input it is. */
export interface RecordStore<T extends Stamped> {
  entity: Entity;
  table(db: AppDb): EntityTable<T, 'id'>;
  /** The plan input this table is: its writes wake the plan after the commit. */
  planInput: PlanInputTable;
}

export function recordStore<T extends Stamped>(
  entity: Entity,
  table: (db: AppDb) => EntityTable<T, 'id'>,
  planInput: PlanInputTable,
): RecordStore<T> {
  return { entity, table, planInput };
}

/**
 * The create every record repository makes, inside the caller's transaction: add the stamped
 * record, audit its creation with `label`, announce the plan input changed.
 */
export async function addRecord<T extends Stamped>(
  db: AppDb,
  store: RecordStore<T>,
  record: T,
  label: string | null,
  actor: Actor,
): Promise<void> {
  await store.table(db).add(record);
  await writeAudit(db, auditEvent(actor, 'create', store.entity, record.id, label));
  publishPlanInputsChanged(db, [store.planInput]);
}

export interface RecordUpdate<T extends Stamped, P, S extends z.ZodType> extends RecordStore<T> {
  /** The role check made before the transaction opens (a refusal is audited and throws). */
  guard?: { action: GuardedAction; subject: GuardedSubject };
  schema: S;
  /** A check on the parsed input that may refuse the write (a unique key, say). */
  check?(db: AppDb, data: z.output<S>, id: Id): Promise<void>;
  /** Fields the schema does not carry, kept from the stored record or set from the patch. */
  keep?(before: T, patch: P): Partial<T>;
  /** The audit detail; the changed field names unless given. */
  detail?(after: T): string;
  /** The customers whose summary rows show something this write may have changed. */
  affected(db: AppDb, before: T, after: T): Promise<Iterable<Id>>;
}

export function recordUpdater<T extends Stamped, P extends object, S extends z.ZodType>(
  spec: RecordUpdate<T, P, S>,
): (db: AppDb, id: Id, patch: P, actor: Actor) => Promise<T> {
  return async (db, id, patch, actor) => {
    if (spec.guard) await authorize(db, actor, spec.guard.action, spec.guard.subject);
    return db.transaction('rw', recordWriteTables(db), async () => {
      const table = spec.table(db);
      const before = await table.get(id as IDType<T, 'id'>);
      if (!before) throw notFound(spec.entity, id);
      const data = parseInput(spec.schema, { ...before, ...patch }, spec.entity);
      await spec.check?.(db, data, id);
      const after = {
        ...before,
        ...(data as object),
        ...spec.keep?.(before, patch),
        updatedAt: nowIso(),
        updatedBy: actor,
      } as T;
      await table.put(after);
      const detail = spec.detail?.(after) ?? Object.keys(patch).join(',');
      await writeAudit(db, auditEvent(actor, 'update', spec.entity, id, detail));
      publishPlanInputsChanged(db, [spec.planInput]);
      await refreshClientSummaries(db, await spec.affected(db, before, after));
      return after;
    });
  };
}
