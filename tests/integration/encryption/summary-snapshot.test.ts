// The encrypted summary snapshot (issue 11 point 3, schema v8): a change reseals only its own
// chunk, a chunk moved to another id does not open (and is rebuilt from the customer rows), a
// locked desk's write to a car leaves the snapshot alone, and a lock drops the search index
// that was built from it. ID numbers are searchable only by a role holding the sensitive key.
import { afterEach, describe, expect, it } from 'vitest';
import { bulkInsertRecords } from '../../../renderer/db/repositories/bulk-writer';
import { createClient, updateClient } from '../../../renderer/db/repositories/client-repository';
import { createVehicle } from '../../../renderer/db/repositories/vehicle-repository';
import { snapshotSettled } from '../../../renderer/db/repositories/summary-snapshot';
import {
  loadAllSummaries,
  openChunk,
} from '../../../renderer/db/repositories/summary-snapshot-read';
import { setRecordKeys } from '../../../renderer/db/record-keys';
import { createClientSearchService } from '../../../renderer/services/search/search-service';
import {
  hasSearchService,
  searchServiceFor,
} from '../../../renderer/services/search/window-search';
import { useSession } from '../../../renderer/services/session/session-store';
import { generateSampleAgency } from '../../../shared/domain/sample/generate';
import { freshDb } from '../db/fixtures';
import { ownerKeys, rawText, staffKeys } from './keys';

const ID = '440101198001011234';

afterEach(() => {
  setRecordKeys(null);
  useSession.getState().signOut();
});

async function bigAgency(clients: number) {
  const db = freshDb();
  const keys = await ownerKeys();
  setRecordKeys(keys);
  const agency = generateSampleAgency({ clients, seed: 3, today: '2026-06-01' });
  await bulkInsertRecords(db, agency, 'owner-1', { chunkSize: 1000 });
  await snapshotSettled(db);
  return { db, keys, agency };
}

describe('the encrypted summary snapshot', () => {
  it('a change reseals only the chunk of the customer it changed', async () => {
    const { db, agency } = await bigAgency(2500);
    const chunks = await db.summaryChunks.toArray();
    expect(chunks.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(chunks.map((c) => c.pending)).toEqual([0, 0, 0]);
    // No summary row and no chunk names anyone.
    const someone = agency.clients[1234]!;
    expect(rawText(await db.clientSummaries.toArray())).not.toContain(someone.name);
    expect(rawText(chunks)).not.toContain(someone.phones[0]);

    const chunkOf = (await db.clientSummaries.get(someone.id))!.chunk!;
    await updateClient(db, someone.id, { name: '欧阳改名' }, 'owner-1');
    await snapshotSettled(db);
    const after = await db.summaryChunks.toArray();
    for (const [i, c] of after.entries()) {
      if (c.id === chunkOf) expect(c.sealed).not.toEqual(chunks[i]!.sealed);
      else expect(c).toEqual(chunks[i]);
    }
    const load = await loadAllSummaries(db);
    expect(load.untrusted).toEqual([]);
    expect(load.summaries.find((s) => s.id === someone.id)).toMatchObject({
      name: '欧阳改名',
      pinyinInitials: 'oygm',
    });
    expect(load.summaries).toHaveLength(2500);
  });

  it('a chunk moved to another id does not open; its members are read from their rows', async () => {
    const { db, keys } = await bigAgency(1500);
    const [one, two] = await db.summaryChunks.toArray();
    const moved = { ...two!, sealed: one!.sealed, sealedIds: one!.sealedIds };
    await expect(openChunk(keys, moved)).rejects.toMatchObject({ code: 'tampered' });
    const truth = (await loadAllSummaries(db)).summaries;

    await db.summaryChunks.put(moved);
    const load = await loadAllSummaries(db);
    expect(load.failed).toEqual([2]);
    expect(load.summaries).toEqual(truth);
    // Queued for a rebuild from the customer rows: it opens again afterwards.
    await snapshotSettled(db);
    const rebuilt = (await db.summaryChunks.get(2))!;
    expect(rebuilt.pending).toBe(0);
    expect((await openChunk(keys, rebuilt)).size).toBe(500);
  });

  it('a write by a locked desk to a sealed customer’s car leaves the snapshot as it was', async () => {
    const db = freshDb();
    setRecordKeys(await ownerKeys());
    const c = await createClient(db, { name: '林芳', phones: ['13912345678'] }, 'owner-1');
    await snapshotSettled(db);
    const before = await db.summaryChunks.toArray();
    setRecordKeys(null);
    await createVehicle(db, { ownerId: c.id, plate: '粤B12345', vin: null }, 'owner-1');
    expect(await db.summaryChunks.toArray()).toEqual(before);
    const row = await db.clientSummaries.get(c.id);
    expect(row?.plates).toEqual(['粤B12345']);
    expect(rawText(row)).not.toContain('林芳');
  });

  it('searches work from the snapshot; ID numbers only with the sensitive key; lock drops the index', async () => {
    const db = freshDb();
    const full = await ownerKeys();
    setRecordKeys(full);
    await createClient(db, { name: '林芳', phones: ['13912345678'], idNumber: ID }, 'owner-1');
    await createClient(db, { name: '王秀英', phones: ['13800001111'] }, 'owner-1');
    await snapshotSettled(db);

    useSession.getState().signIn({ id: 'owner-1', name: 'Owner', role: 'owner' });
    const service = searchServiceFor(db);
    await service.ready;
    const names = (q: string) => service.search(q).items.map((s) => s.name);
    expect(names('林芳')).toEqual(['林芳']);
    expect(names('lf')).toEqual(['林芳']);
    expect(names('linfang')).toEqual(['林芳']);
    expect(names('1111')).toEqual(['王秀英']);
    expect(names('011234')).toEqual(['林芳']);

    // A lock drops it: the service is gone and the old one answers nothing.
    useSession.getState().lock('idle');
    expect(hasSearchService(db)).toBe(false);
    expect(service.search('林芳').items).toEqual([]);
    expect(service.search('').items).toEqual([]);

    // A staff member's index finds the name but not the ID number.
    setRecordKeys(staffKeys(full));
    const staff = createClientSearchService(db);
    await staff.ready;
    expect(staff.search('linfang').items.map((s) => s.name)).toEqual(['林芳']);
    expect(staff.search('011234').items).toEqual([]);
    staff.dispose();
  });
});
