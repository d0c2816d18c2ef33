import { describe, expect, it, vi } from 'vitest';
import { readClient } from '../../../renderer/db/repositories/client-repository';
import { makePolicies, nextYear } from '../../fixtures/generate-policy-data';
import { listGbkCsv, listWorkbook } from '../../fixtures/generate-lists';
import { commitImport } from '../../../renderer/db/repositories/import-commit';
import { freshDb, importFile, preview } from './helpers';

const policies = makePolicies(20);
const thisYear = listWorkbook(policies, { mixTextDates: true });

describe('import preview and commit', () => {
  it('previews without writing anything', async () => {
    const db = freshDb();
    const p = await preview(db, thisYear, 'list.xlsx');
    expect(p.counts).toMatchObject({ rows: 40, new: 40, updated: 0, unchanged: 0, skipped: 0 });
    expect(p.rows.every((r) => r.status === 'new')).toBe(true);
    expect(await db.policies.count()).toBe(0);
    expect(await db.clients.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('commits clients, vehicles, policies, a batch and client summaries', async () => {
    const db = freshDb();
    const result = await importFile(db, thisYear, 'list.xlsx');
    expect(result.batchId).not.toBeNull();
    expect(result.counts.new).toBe(40);
    expect(await db.policies.count()).toBe(40);
    expect(await db.vehicles.count()).toBe(20);
    expect(await db.clients.count()).toBe(20);
    expect(await db.clientSummaries.count()).toBe(20);
    const stored = await db.policies.where('policyNo').equals(policies[1]!.policyNo).first();
    expect(stored).toMatchObject({
      policyNo: policies[1]!.policyNo,
      endDate: policies[1]!.endDate,
      kind: 'commercial',
    });
    expect(stored!.policyNo).toHaveLength(21);
    const batch = (await db.importBatches.toArray())[0]!;
    expect(batch).toMatchObject({ fileName: 'list.xlsx', undone: false, updatedBy: 'test' });
    expect(batch.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-importing the same file changes nothing and records no batch', async () => {
    const db = freshDb();
    await importFile(db, thisYear, 'list.xlsx');
    const before = await db.policies.toArray();
    const again = await preview(db, thisYear, 'list.xlsx');
    expect(again.counts).toMatchObject({
      new: 0,
      updated: 0,
      unchanged: 40,
      renewed: 0,
      ownerChanged: 0,
    });
    expect(again.previousBatch?.fileName).toBe('list.xlsx');
    const result = await commitImport(db, again, { actor: 'test' });
    expect(result.batchId).toBeNull();
    expect(await db.importBatches.count()).toBe(1);
    expect(await db.policies.toArray()).toEqual(before);
  });

  it('the same policies as a GBK CSV are recognised as unchanged', async () => {
    const db = freshDb();
    await importFile(db, thisYear, 'list.xlsx');
    const csv = await preview(db, listGbkCsv(policies), 'list.csv', '人保财险');
    expect(csv.counts).toMatchObject({ rows: 40, new: 0, updated: 0, unchanged: 40 });
  });

  it("next year's list marks last year's policies renewed and moves a sold car", async () => {
    const db = freshDb();
    await importFile(db, thisYear, 'list-2026.xlsx');
    const sold = policies[4]!;
    const next = nextYear(policies, new Set([sold.vin]));
    const result = await importFile(db, listWorkbook(next), 'list-2027.xlsx');
    expect(result.counts).toMatchObject({ new: 40, renewed: 40, ownerChanged: 1 });
    const old = await db.policies.where('policyNo').equals(policies[0]!.policyNo).first();
    const successor = await db.policies.where('policyNo').equals(next[0]!.policyNo).first();
    expect(old).toMatchObject({ status: 'renewed', renewedById: successor!.id });
    expect(result.renewals[0]).toMatchObject({
      previousEndDate: policies[0]!.endDate,
      newStartDate: next[0]!.startDate,
    });
    const vehicle = await db.vehicles.where('vin').equals(sold.vin).first();
    const owner = await readClient(db, vehicle!.ownerId);
    expect(owner!.client.name).toBe(next[4]!.insured);
    expect(vehicle!.ownerHistory).toEqual([expect.objectContaining({ name: sold.insured })]);
    expect(result.ownerChanges).toEqual([
      expect.objectContaining({ vin: sold.vin, from: sold.insured, to: next[4]!.insured }),
    ]);
    // Last year's list imported again afterwards does not move the car back.
    const back = await preview(db, thisYear, 'list-2026.xlsx');
    expect(back.counts).toMatchObject({ new: 0, ownerChanged: 0, unchanged: 40 });
  });

  it('a crash halfway through the commit leaves no partial records', async () => {
    const db = freshDb();
    const p = await preview(db, thisYear, 'list.xlsx');
    const spy = vi.spyOn(db.policies, 'bulkPut').mockImplementation(() => {
      throw new Error('simulated crash after clients and vehicles were written');
    });
    await expect(commitImport(db, p, { actor: 'test' })).rejects.toThrow('simulated crash');
    spy.mockRestore();
    expect(await db.clients.count()).toBe(0);
    expect(await db.vehicles.count()).toBe(0);
    expect(await db.policies.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.importUndo.count()).toBe(0);
    expect(await db.clientSummaries.count()).toBe(0);
    // And the same preview still commits cleanly afterwards.
    const ok = await commitImport(db, p, { actor: 'test' });
    expect(ok.counts.new).toBe(40);
  });

  it('skips rows the user skipped and applies in-place fixes', async () => {
    const db = freshDb();
    const p = await preview(db, thisYear, 'list.xlsx');
    const first = p.rows[0]!.row;
    const second = p.rows[1]!.row;
    const result = await commitImport(db, p, {
      actor: 'test',
      skipRows: [first],
      fixes: [{ row: second, values: { premium: 1234.5 } }],
    });
    expect(result.counts).toMatchObject({ skipped: 1, new: 39 });
    expect(await db.policies.where('policyNo').equals(policies[0]!.policyNo).count()).toBe(0);
    expect(
      (await db.policies.where('policyNo').equals(policies[1]!.policyNo).first())!.premium,
    ).toBe(1234.5);
  });
});
