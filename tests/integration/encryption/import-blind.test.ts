// Import with the agency's keys (issue 11): customers land sealed (rows and undo copies), a later
// list finds them again through the blind indexes of the ID number and of the phone (no clear
// index exists any more), and undoing a batch puts the sealed prior rows back.
import { getSummaries } from '../../../renderer/db/repositories/client-queries';
import { snapshotSettled } from '../../../renderer/db/repositories/summary-snapshot';
import { loadAllSummaries } from '../../../renderer/db/repositories/summary-snapshot-read';
import { afterEach, describe, expect, it } from 'vitest';
import { undoImportBatch } from '../../../renderer/db/repositories/import-undo';
import { openClients } from '../../../renderer/db/repositories/client-crypto';
import { setRecordKeys } from '../../../renderer/db/record-keys';
import { listWorkbook } from '../../fixtures/generate-lists';
import { makePolicies, type FixturePolicy } from '../../fixtures/generate-policy-data';
import { freshDb, importFile } from '../import/helpers';
import { markHasKeys, ownerKeys, rawText } from './keys';

afterEach(() => setRecordKeys(null));

/** Other cars and policies for the same people as `people` (same name, ID, phone). */
function otherCarsOf(people: FixturePolicy[], change: Partial<FixturePolicy> = {}) {
  const cars = makePolicies(people.length / 2, { seed: 99 });
  return cars.map((p, i) => {
    const owner = people[i - (i % 2)]!;
    // Other plates too (the generator numbers plates by position).
    const plate = p.plate.replace('浙A', '浙B');
    return {
      ...p,
      plate,
      insured: owner.insured,
      idNumber: owner.idNumber,
      phone: owner.phone,
      ...change,
    };
  });
}

async function sealedAgency() {
  const db = freshDb();
  await markHasKeys(db);
  const keys = await ownerKeys();
  setRecordKeys(keys);
  return { db, keys };
}

describe('import with sealed customers', () => {
  it('writes sealed rows and finds the same people again by ID number', async () => {
    const { db } = await sealedAgency();
    const people = makePolicies(10);
    await importFile(db, listWorkbook(people), 'a.xlsx');
    const rows = await db.clients.toArray();
    expect(rows).toHaveLength(10);
    for (const p of people) {
      for (const value of [p.insured, p.idNumber, p.phone])
        expect(rawText(rows)).not.toContain(value);
    }
    // New phones: only the ID number can find them.
    const cars = otherCarsOf(people).map((p, i) => ({ ...p, phone: `1370000${String(1000 + i)}` }));
    const second = await importFile(db, listWorkbook(cars), 'b.xlsx');
    expect(second.counts.new).toBe(20);
    expect(await db.clients.count()).toBe(10);
    expect(await db.vehicles.count()).toBe(20);
  });

  it('finds them by phone and name when the list has no ID number', async () => {
    const { db } = await sealedAgency();
    const people = makePolicies(10);
    await importFile(db, listWorkbook(people.map((p) => ({ ...p, idNumber: '' }))), 'a.xlsx');
    await importFile(db, listWorkbook(otherCarsOf(people, { idNumber: '' })), 'b.xlsx');
    expect(await db.clients.count()).toBe(10);
  });

  it('keeps sealed undo copies and an undo puts the prior rows and summaries back', async () => {
    const { db } = await sealedAgency();
    const people = makePolicies(10);
    await importFile(db, listWorkbook(people), 'a.xlsx');
    const before = await db.clients.toArray();
    // Same people, new phones: the batch updates the customers.
    const moved = otherCarsOf(people).map((p, i) => ({
      ...p,
      phone: `1390000${String(1000 + i)}`,
    }));
    const batch = await importFile(db, listWorkbook(moved), 'b.xlsx');
    expect(await db.clients.count()).toBe(10);
    const copies = (await db.importUndo.toArray()).filter(
      (e) =>
        e.batchId === batch.batchId && e.table === 'clients' && !e.recordId.startsWith('created:'),
    );
    expect(copies.length).toBeGreaterThan(0);
    for (const p of people) expect(rawText(copies)).not.toContain(p.phone);
    await undoImportBatch(db, batch.batchId!, 'test');
    expect(await db.clients.toArray()).toEqual(before);
    const opened = await openClients(before);
    const summaries = await getSummaries(
      db,
      opened.map((c) => c.id),
    );
    expect(summaries.map((s) => s?.phones)).toEqual(opened.map((c) => c.phones));
    // And the sealed snapshot the search index is built from agrees, once resealed.
    await snapshotSettled(db);
    const { summaries: snap, untrusted } = await loadAllSummaries(db);
    expect(untrusted).toEqual([]);
    const phonesById = new Map(snap.map((s) => [s.id, s.phones]));
    expect(opened.map((c) => phonesById.get(c.id))).toEqual(opened.map((c) => c.phones));
  });
});
