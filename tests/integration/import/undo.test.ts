import { describe, expect, it } from 'vitest';
import { makePolicies, nextYear } from '../../fixtures/generate-policy-data';
import { listWorkbook } from '../../fixtures/generate-lists';
import { undoImportBatch } from '../../../renderer/db/repositories/import-undo';
import { dropExpiredUndoCopies } from '../../../renderer/db/repositories/purge-repository';
import { freshDb, importFile } from './helpers';

const policies = makePolicies(10);
const sold = policies[2]!.vin;
const next = nextYear(policies, new Set([sold]));

/** The live records (an undo soft-deletes what the batch created: those rows are tombstones). */
async function snapshot(db: ReturnType<typeof freshDb>) {
  const sort = <T extends { id: string }>(xs: T[]) => xs.sort((a, b) => a.id.localeCompare(b.id));
  const live = <T extends { deletedAt?: string | null }>(xs: T[]) => xs.filter((r) => !r.deletedAt);
  return {
    clients: sort(live(await db.clients.toArray())),
    vehicles: sort(live(await db.vehicles.toArray())),
    policies: sort(live(await db.policies.toArray())),
    summaries: sort(await db.clientSummaries.toArray()),
  };
}

async function tombstones(db: ReturnType<typeof freshDb>): Promise<number> {
  const rows = [
    ...(await db.clients.toArray()),
    ...(await db.vehicles.toArray()),
    ...(await db.policies.toArray()),
  ];
  return rows.filter((r) => r.deletedAt).length;
}

describe('undoImportBatch', () => {
  it('restores renewals and owner changes exactly, then removes a first import entirely', async () => {
    const db = freshDb();
    const first = await importFile(db, listWorkbook(policies), '2026.xlsx');
    const afterFirst = await snapshot(db);
    const second = await importFile(db, listWorkbook(next), '2027.xlsx');
    expect(second.counts).toMatchObject({ renewed: 20, ownerChanged: 1 });

    const undone = await undoImportBatch(db, second.batchId!, 'test');
    expect(undone.deleted).toBeGreaterThan(0);
    expect(await snapshot(db)).toEqual(afterFirst);
    expect(await tombstones(db)).toBe(undone.deleted);
    expect((await db.importBatches.get(second.batchId!))!.undone).toBe(true);

    const all = await undoImportBatch(db, first.batchId!, 'test');
    const empty = await snapshot(db);
    expect(empty).toEqual({ clients: [], vehicles: [], policies: [], summaries: [] });
    expect(await tombstones(db)).toBe(undone.deleted + all.deleted);
    expect((await db.auditEvents.toArray()).filter((e) => e.action === 'import-undo')).toHaveLength(
      2,
    );
  });

  it('refuses to undo a batch whose records a later batch changed, naming that batch', async () => {
    const db = freshDb();
    const first = await importFile(db, listWorkbook(policies), '2026.xlsx');
    await importFile(db, listWorkbook(next), '2027.xlsx');
    const before = await snapshot(db);
    await expect(undoImportBatch(db, first.batchId!, 'test')).rejects.toThrow(
      /请先撤销之后的批次：“2027.xlsx”/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('the same list imported again after an undo brings the same rows back', async () => {
    const db = freshDb();
    const first = await importFile(db, listWorkbook(policies), '2026.xlsx');
    const ids = (await db.policies.toArray()).map((p) => p.id).sort();
    await undoImportBatch(db, first.batchId!, 'test');
    // The tombstones keep their natural keys (insurer + policyNo): the import finds them and
    // revives them instead of clashing with the unique index.
    const again = await importFile(db, listWorkbook(policies), '2026.xlsx');
    expect(again.batchId).not.toBeNull();
    expect(again.counts).toMatchObject({ new: first.counts.new, updated: 0 });
    const rows = await db.policies.toArray();
    expect(rows.map((p) => p.id).sort()).toEqual(ids);
    expect(rows.filter((p) => p.deletedAt)).toEqual([]);
    // ...and undoing that one soft-deletes them again.
    await undoImportBatch(db, again.batchId!, 'test');
    expect((await snapshot(db)).policies).toEqual([]);
  });

  it('refuses a second undo of the same batch', async () => {
    const db = freshDb();
    const first = await importFile(db, listWorkbook(policies), '2026.xlsx');
    await undoImportBatch(db, first.batchId!, 'test');
    await expect(undoImportBatch(db, first.batchId!, 'test')).rejects.toThrow(/已经撤销过了/);
  });
});

describe('undo copies after the undo period', () => {
  it('drops the copies of batches older than 30 days, marks them, and refuses their undo', async () => {
    const db = freshDb();
    const first = await importFile(db, listWorkbook(policies), '2026.xlsx');
    const second = await importFile(db, listWorkbook(next), '2027.xlsx');
    const createdAt = (await db.importBatches.get(second.batchId!))!.createdAt;
    const copiesOf = (id: string) => db.importUndo.where('batchId').equals(id).count();
    expect(await copiesOf(second.batchId!)).toBeGreaterThan(0);
    // The first batch is back-dated past the period; the second is 29 days old.
    await db.importBatches.update(first.batchId!, { createdAt: '2026-01-01T00:00:00.000Z' });
    const now = new Date(new Date(createdAt).getTime() + 29 * 86_400_000);

    expect(await dropExpiredUndoCopies(db, now)).toBe(1);
    expect(await copiesOf(first.batchId!)).toBe(0);
    expect(await copiesOf(second.batchId!)).toBeGreaterThan(0);
    expect((await db.importBatches.get(first.batchId!))!.undoExpired).toBe(true);
    expect((await db.importBatches.get(second.batchId!))!.undoExpired).toBeUndefined();
    const audit = await db.auditEvents.orderBy('seq').last();
    expect(audit).toMatchObject({
      action: 'undo-expired',
      detail: expect.stringMatching(/^batches 1, copies [1-9]/),
    });
    // Nothing left to drop: a second run writes nothing.
    expect(await dropExpiredUndoCopies(db, now)).toBe(0);

    // The newer batch still undoes; the old one is refused with the reason, and nothing changes.
    await undoImportBatch(db, second.batchId!, 'test');
    const before = await db.clients.count();
    await expect(undoImportBatch(db, first.batchId!, 'test')).rejects.toMatchObject({
      code: 'conflict',
      text: { key: 'errors:repository.undoExpired' },
    });
    expect(await db.clients.count()).toBe(before);
  });
});
