// Importing a list creates staff for 业务员 names nobody has yet, in the same commit; undo
// removes them again unless something else uses them.
import { describe, expect, it } from 'vitest';
import { makePolicies, nextYear } from '../../fixtures/generate-policy-data';
import { listWorkbook } from '../../fixtures/generate-lists';
import { undoImportBatch } from '../../../renderer/db/repositories/import-undo';
import { createStaff } from '../../../renderer/db/repositories/staff-repository';
import { commitImport } from '../../../renderer/db/repositories/import-commit';
import { freshDb, importFile, preview } from './helpers';

const policies = makePolicies(12);
const names = [...new Set(policies.map((p) => p.staff))].sort();

describe('staff from an imported list', () => {
  it('creates one active staff record per new 业务员 name (role staff, 40 a day)', async () => {
    const db = freshDb();
    const existing = await createStaff(db, { name: names[0]! }, 'test');
    const result = await importFile(db, listWorkbook(policies), 'list.xlsx');
    expect(names.length).toBeGreaterThan(1);
    expect(result.staffCreated.map((s) => s.name).sort()).toEqual(names.slice(1));
    const staff = await db.staff.toArray();
    expect(staff.map((s) => s.name).sort()).toEqual(names);
    for (const s of staff.filter((x) => x.id !== existing.id)) {
      expect(s).toMatchObject({ role: 'staff', dailyCapacity: 40, active: true, deletedAt: null });
    }
    const batch = (await db.importBatches.toArray())[0]!;
    const audit = (await db.auditEvents.toArray()).find((e) => e.entityId === batch.id);
    expect(audit?.detail).toContain('新建业务员');
    // The same list again: nobody new.
    const again = await importFile(db, listWorkbook(policies), 'list.xlsx');
    expect(again.staffCreated).toEqual([]);
    expect(again.batchId).toBeNull();
    expect(await db.staff.count()).toBe(names.length);
  });

  it('a crash mid-commit leaves no staff behind', async () => {
    const db = freshDb();
    const p = await preview(db, listWorkbook(policies), 'list.xlsx');
    const original = db.importUndo.bulkAdd.bind(db.importUndo);
    db.importUndo.bulkAdd = (() => Promise.reject(new Error('simulated crash'))) as never;
    await expect(commitImport(db, p, { actor: 'test' })).rejects.toThrow('simulated crash');
    db.importUndo.bulkAdd = original;
    expect(await db.staff.count()).toBe(0);
    expect(await db.policies.count()).toBe(0);
  });

  it('undo removes the staff the batch created when nothing else uses them', async () => {
    const db = freshDb();
    const first = await importFile(db, listWorkbook(policies), 'list.xlsx');
    expect(await db.staff.count()).toBe(names.length);
    const undone = await undoImportBatch(db, first.batchId!, 'test');
    expect(undone.removedStaff).toBe(names.length);
    // Soft-deleted: tombstones that can travel to other desks, none live.
    const rows = await db.staff.toArray();
    expect(rows).toHaveLength(names.length);
    expect(rows.filter((s) => !s.deletedAt)).toEqual([]);
  });

  it('undo keeps staff that a case is assigned to or that another batch names', async () => {
    const db = freshDb();
    const first = await importFile(db, listWorkbook(policies), '2026.xlsx');
    const [assigned, ...others] = await db.staff.toArray();
    await db.cases.add({
      id: 'case-1',
      vehicleId: 'v',
      clientId: 'c',
      assigneeId: assigned!.id,
    } as never);
    // Next year's list names the same 业务员 but creates nobody: undoing it keeps everyone.
    const second = await importFile(db, listWorkbook(nextYear(policies, new Set())), '2027.xlsx');
    expect(second.staffCreated).toEqual([]);
    await undoImportBatch(db, second.batchId!, 'test');
    expect(await db.staff.count()).toBe(names.length);
    // The first batch: only the staff member with a case survives.
    const undone = await undoImportBatch(db, first.batchId!, 'test');
    expect(undone.removedStaff).toBe(others.length);
    expect((await db.staff.toArray()).filter((s) => !s.deletedAt).map((s) => s.id)).toEqual([
      assigned!.id,
    ]);
  });
});
