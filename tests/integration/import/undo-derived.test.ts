// Undoing an import must undo what the plan derived from it: the cases next year's list
// closed as renewed open again and their cancelled calls come back; a sold car's case goes
// back to its former owner. Compared field by field with the plan before the import
// (only the write stamps differ).
import { describe, expect, it } from 'vitest';
import { makePolicies, nextYear } from '../../fixtures/generate-policy-data';
import { listWorkbook } from '../../fixtures/generate-lists';
import { undoImportBatch } from '../../../renderer/db/repositories/import-undo';
import { listTodayTasks } from '../../../renderer/db/repositories/plan-queries';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import type { AppDb } from '../../../renderer/db/app-db';
import { freshDb, importFile } from './helpers';

const today = '2026-06-15';
const at = (n: number) => ({ today, now: `2026-06-15T0${n}:00:00.000Z`, actor: 'system' });
const policies = makePolicies(60);

/** Cases, tasks and summaries without the write stamps, sorted by id. */
async function derived(db: AppDb) {
  const strip = <T extends { id: string; updatedAt?: string; updatedBy?: string }>(xs: T[]) =>
    xs
      .map(({ updatedAt: _a, updatedBy: _b, ...rest }) => rest)
      .sort((a, b) => a.id.localeCompare(b.id));
  return {
    cases: strip(await db.cases.toArray()),
    tasks: strip(await db.tasks.toArray()),
    summaries: strip(await db.clientSummaries.toArray()),
  };
}

const isDueToday = (t: { status: string; dueDate: string }) =>
  t.status === 'pending' && t.dueDate <= today;

async function dueToday(db: AppDb): Promise<number> {
  return (await listTodayTasks(db, { today, now: at(9).now })).length;
}

describe('undo of an import restores the derived plan', () => {
  it('next year’s list: renewed cases reopen and their calls come back', async () => {
    const db = freshDb();
    await importFile(db, listWorkbook(policies), '2026.xlsx');
    await recomputePlan(db, at(1));
    const before = await derived(db);
    const due = await dueToday(db);
    expect(before.cases.length).toBeGreaterThan(5);
    expect(due).toBeGreaterThan(3);

    const renewal = await importFile(db, listWorkbook(nextYear(policies)), '2027.xlsx');
    expect(renewal.counts.renewed).toBe(120);
    await recomputePlan(db, at(2));
    const renewedCases = (await db.cases.toArray()).filter((c) => c.state === 'renewed');
    expect(renewedCases).toHaveLength(before.cases.length);
    expect(await dueToday(db)).toBe(0);

    await undoImportBatch(db, renewal.batchId!, 'test');
    await recomputePlan(db, at(3));
    expect(await derived(db)).toEqual(before);
    expect(await dueToday(db)).toBe(due);
  });

  it('a sold car: undo gives the case back to its former owner', async () => {
    const db = freshDb();
    await importFile(db, listWorkbook(policies), '2026.xlsx');
    await recomputePlan(db, at(1));
    const before = await derived(db);
    const open = before.cases.find((c) => c.state === 'open');
    expect(open).toBeDefined();
    const vehicle = await db.vehicles.get(open!.vehicleId);
    // The same year's list again, the car now insured by a buyer (a transfer mid-term).
    const sold = policies.map((p) =>
      p.vin === vehicle!.vin
        ? { ...p, insured: '新车主甲', idNumber: '110105199001011237', phone: '13900001111' }
        : p,
    );
    const change = await importFile(db, listWorkbook(sold), 'transfer.xlsx');
    expect(change.counts.ownerChanged).toBe(1);
    await recomputePlan(db, at(2));
    const moved = await db.cases.get(open!.id);
    expect(moved!.clientId).not.toBe(open!.clientId);

    await undoImportBatch(db, change.batchId!, 'test');
    await recomputePlan(db, at(3));
    const after = await derived(db);
    expect(after.cases).toEqual(before.cases);
    expect(after.summaries).toEqual(before.summaries);
    // The buyer's verify call, made while the transfer stood, stays in the record as a
    // cancelled, never-attempted task; every task that was there before is as it was.
    const known = new Set(before.tasks.map((t) => t.id));
    expect(after.tasks.filter((t) => known.has(t.id))).toEqual(before.tasks);
    const added = after.tasks.filter((t) => !known.has(t.id));
    expect(added.map((t) => [t.kind, t.status, t.attempts.length])).toEqual([
      ['verify', 'cancelled', 0],
    ]);
    expect(await dueToday(db)).toBe(before.tasks.filter(isDueToday).length);
  });
});
