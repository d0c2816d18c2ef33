// Customer records sealed in storage (issue 11 point 2): the repositories seal on write and open
// on read, the stored row holds no personal value, a ciphertext moved to another row does not
// open, a role without the sensitive key neither sees nor loses the ID number, and a locked desk
// of an agency with keys cannot write in the clear.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient,
  createWalkIn,
  getClientDetail,
  updateClient,
} from '../../../renderer/db/repositories/client-repository';
import { openClient } from '../../../renderer/db/repositories/client-crypto';
import { setRecordKeys } from '../../../renderer/db/record-keys';
import { readCaseParties } from '../../../renderer/db/repositories/risk-queries';
import { getSummaries } from '../../../renderer/db/repositories/client-queries';
import { snapshotSettled } from '../../../renderer/db/repositories/summary-snapshot';
import { loadAllSummaries } from '../../../renderer/db/repositories/summary-snapshot-read';
import { freshDb } from '../db/fixtures';
import { markHasKeys, ownerKeys, rawText, staffKeys } from './keys';

const PERSON = {
  name: '王秀英',
  phones: ['13912345678', '02087654321'],
  idNumber: '440101198001011234',
  address: '广州市天河区体育西路 1 号',
  email: 'wxy@example.com',
  wechat: 'wxy_gz',
  notes: '只在下午接电话',
};

afterEach(() => setRecordKeys(null));

describe('sealed customer records', () => {
  it('round trip: written sealed, read back equal, no personal value in the stored row', async () => {
    const db = freshDb();
    const keys = await ownerKeys();
    setRecordKeys(keys);
    const created = await createClient(db, PERSON, 'owner-1');
    const raw = await db.clients.get(created.id);
    expect(raw?.sealed?.k).toBe('pii');
    expect(raw?.sealedId?.k).toBe('sensitive');
    for (const value of [PERSON.name, ...PERSON.phones, PERSON.idNumber, PERSON.address])
      expect(rawText(raw)).not.toContain(value);
    expect(rawText(raw)).not.toContain(PERSON.email);
    expect(rawText(raw)).not.toContain(PERSON.wechat);
    expect(rawText(raw)).not.toContain(PERSON.notes);
    const detail = await getClientDetail(db, created.id);
    expect(detail?.client).toMatchObject(PERSON);
    expect(detail?.client).not.toHaveProperty('sealed');

    const edited = await updateClient(db, created.id, { name: '王秀兰' }, 'owner-1');
    expect(edited).toMatchObject({ ...PERSON, name: '王秀兰' });
    expect((await getClientDetail(db, created.id))?.client.name).toBe('王秀兰');
    expect((await getSummaries(db, [created.id]))[0]?.name).toBe('王秀兰');
    // The stored summary row names nobody (its personal part is in a sealed snapshot chunk).
    await snapshotSettled(db);
    const stored = await db.clientSummaries.get(created.id);
    expect(stored?.chunk).toBeTypeOf('number');
    expect(rawText([stored, await db.summaryChunks.toArray()])).not.toContain('王秀');
    // The audit names ids only.
    expect(rawText(await db.auditEvents.toArray())).not.toContain('王秀');
  });

  it('a ciphertext moved to another record does not open (associated data table:id:version)', async () => {
    const db = freshDb();
    setRecordKeys(await ownerKeys());
    const a = await createClient(db, PERSON, 'owner-1');
    const b = await createClient(db, { name: '李四', phones: ['13800000000'] }, 'owner-1');
    const rowA = (await db.clients.get(a.id))!;
    const rowB = (await db.clients.get(b.id))!;
    await db.clients.put({ ...rowB, sealed: rowA.sealed });
    await expect(getClientDetail(db, b.id)).rejects.toMatchObject({ code: 'tampered' });
    // Unmoved, it still opens.
    expect((await openClient(rowA)).name).toBe(PERSON.name);
  });

  it('a role without the sensitive key sees no ID number and keeps the stored one on edit', async () => {
    const db = freshDb();
    const full = await ownerKeys();
    setRecordKeys(full);
    const c = await createClient(db, PERSON, 'owner-1');
    const sealedId = (await db.clients.get(c.id))?.sealedId;
    setRecordKeys(staffKeys(full));
    const seen = (await getClientDetail(db, c.id))!.client;
    expect(seen.idNumber).toBeNull();
    expect(seen.name).toBe(PERSON.name);
    await updateClient(db, c.id, { notes: '改过' }, 'staff-1');
    expect((await db.clients.get(c.id))?.sealedId).toEqual(sealedId);
    // The snapshot keeps the number it had (a manager's search needs it): staff reseal only the
    // personal part of the chunk, the ID numbers wait for an owner or a manager.
    await snapshotSettled(db);
    expect((await db.summaryChunks.toArray()).map((c) => c.pending)).toEqual([2]);
    expect((await loadAllSummaries(db, full)).summaries[0]?.idNumber).toBe(PERSON.idNumber);
    expect((await loadAllSummaries(db)).summaries[0]?.idNumber).toBeNull();
    await expect(
      createClient(db, { name: '赵六', phones: [], idNumber: '110101199001011234' }, 'staff-1'),
    ).rejects.toMatchObject({ code: 'no_sensitive_key' });
    setRecordKeys(full);
    expect((await getClientDetail(db, c.id))?.client).toMatchObject({
      idNumber: PERSON.idNumber,
      notes: '改过',
    });
  });

  it('an agency with keys writes nothing in the clear while its keys are not open', async () => {
    const db = freshDb();
    await markHasKeys(db);
    await expect(createClient(db, PERSON, 'owner-1')).rejects.toMatchObject({
      code: 'keys_needed',
    });
    expect(await db.clients.count()).toBe(0);
  });

  it('a walk-in (customer, car, policy in one transaction) lands sealed', async () => {
    const db = freshDb();
    setRecordKeys(await ownerKeys());
    const { client } = await createWalkIn(
      db,
      {
        client: PERSON,
        vehicle: { plate: '粤A12345', vin: 'LSVAU2180N2123456' },
        policy: { insurer: '人保', policyNo: 'P1', kind: 'compulsory', endDate: '2026-09-10' },
      },
      'owner-1',
    );
    expect(rawText(await db.clients.get(client.id))).not.toContain(PERSON.name);
    expect((await getClientDetail(db, client.id))?.client.name).toBe(PERSON.name);
    expect(await db.policies.count()).toBe(1);
  });

  it('names for the figures worker come from the sealed row opened with the keys it was sent', async () => {
    const db = freshDb();
    setRecordKeys(await ownerKeys());
    const { client } = await createWalkIn(
      db,
      {
        client: PERSON,
        vehicle: { plate: '粤A54321' },
        policy: { insurer: '人保', policyNo: 'P2', kind: 'compulsory', endDate: '2026-09-10' },
      },
      'owner-1',
    );
    const parties = await readCaseParties(db, [{ caseId: 'case-1', clientId: client.id }]);
    expect(parties.get('case-1')).toEqual({ clientName: PERSON.name, plate: null });
    // Without keys (locked) no name can be read: the summary holds none.
    setRecordKeys(null);
    const locked = await readCaseParties(db, [{ caseId: 'case-1', clientId: client.id }]);
    expect(locked.get('case-1')).toEqual({ clientName: '', plate: null });
  });

  it('without any keys (before owner setup) rows stay readable in the clear', async () => {
    const db = freshDb();
    const c = await createClient(db, PERSON, 'owner-1');
    expect((await db.clients.get(c.id))?.sealed).toBeUndefined();
    expect((await getClientDetail(db, c.id))?.client).toMatchObject(PERSON);
  });
});
