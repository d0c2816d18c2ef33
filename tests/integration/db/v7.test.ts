// v7 (customer records sealed): a v6 database opens with every record as it was (still in the
// clear: sealing needs keys, so it is not done by the upgrade), the clear indexes on name, ID
// number and phones are gone and the blind ones answer; then the sealing pass run at the owner's
// sign-in seals every customer row and import-undo copy, including after a stop halfway and a
// new connection, with nothing lost or doubled.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import {
  idNumberBlind,
  openClient,
  phoneBlind,
} from '../../../renderer/db/repositories/client-crypto';
import {
  clearRecordsLeft,
  encryptClearRecords,
} from '../../../renderer/db/repositories/encrypt-migration';
import { getClientDetail } from '../../../renderer/db/repositories/client-repository';
import { setRecordKeys } from '../../../renderer/db/record-keys';
import type { Client, ImportUndoEntry } from '../../../shared/domain/types';
import { ownerKeys, rawText } from '../encryption/keys';
import {
  expectSurvived,
  schemasBefore,
  sampleAgencyTables,
  upgradeFrom,
} from './migration-harness';

const TODAY = '2026-06-01';
const NOW = '2026-06-01T02:00:00.000Z';

const OLDER = schemasBefore(7);

/** What a v6 build left: the sample agency, its plan, and an import's undo copy of a customer. */
function v6Fixture() {
  const tables = sampleAgencyTables({ clients: 40, seed: 7, today: TODAY, now: NOW });
  const withId = tables.clients.map((c, i) =>
    i % 3 === 0 ? { ...c, idNumber: `44010119800101${String(1000 + i)}` } : c,
  );
  const first = withId[0]!;
  const importUndo: ImportUndoEntry[] = [
    { id: 'undo-1', batchId: 'batch-1', table: 'clients', recordId: first.id, before: first },
    {
      id: 'undo-2',
      batchId: 'batch-1',
      table: 'clients',
      recordId: 'created:0',
      before: { created: ['x'] },
    },
  ];
  return { ...tables, clients: withId, importUndo };
}

const personal = (c: Client) =>
  [c.name, ...c.phones, c.idNumber ?? ''].filter((v) => v.length >= 2);

afterEach(() => setRecordKeys(null));

describe('v7 migration: sealed customer records', () => {
  it('keeps every record as it was, drops the clear indexes, and the new ones answer', async () => {
    const fixture = v6Fixture();
    const { db } = await upgradeFrom(OLDER, fixture);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.verno).toBeGreaterThanOrEqual(7);
    await expectSurvived(db, fixture, (_table, before, after) => expect(after).toEqual(before));
    const indexes = db.clients.schema.indexes.map((i) => i.name);
    expect(indexes).not.toContain('name');
    expect(indexes).not.toContain('idNumber');
    expect(indexes).not.toContain('phones');
    expect(indexes).toEqual(expect.arrayContaining(['idBlind', 'phoneBlinds', 'sealed.v']));
    // Nothing sealed yet: every row and the one undo copy are left to seal, and read as before.
    expect(await clearRecordsLeft(db)).toBe(fixture.clients.length + 1);
    const c = fixture.clients[1]!;
    expect((await getClientDetail(db, c.id))?.client.name).toBe(c.name);
    db.close();
  });

  it('seals everything at the sign-in, resumable after a stop halfway, nothing lost or doubled', async () => {
    const fixture = v6Fixture();
    const { db, name } = await upgradeFrom(OLDER, fixture);
    const keys = await ownerKeys();
    const progress: number[] = [];
    const first = await encryptClearRecords(db, keys, 'owner-1', {
      batchSize: 7,
      stopAfterBatches: 2,
      onProgress: (p) => progress.push(p.done),
    });
    expect(first).toEqual({ sealed: 14, complete: false });
    expect(progress).toEqual([0, 7, 14]);
    db.close();

    // The app closed halfway: a new connection resumes.
    const again = new AppDb(name, { indexedDB, IDBKeyRange });
    await again.open();
    expect(await clearRecordsLeft(again)).toBe(fixture.clients.length + 1 - 14);
    const rest = await encryptClearRecords(again, keys, 'owner-1', { batchSize: 7 });
    expect(rest).toEqual({ sealed: fixture.clients.length + 1 - 14, complete: true });
    expect(await clearRecordsLeft(again)).toBe(0);

    // Every customer once, sealed, opening to exactly what was written.
    const rows = await again.clients.toArray();
    expect(rows).toHaveLength(fixture.clients.length);
    for (const before of fixture.clients) {
      const row = rows.find((r) => r.id === before.id)!;
      expect(row.sealed).toBeTruthy();
      for (const value of personal(before)) expect(rawText(row)).not.toContain(value);
      expect(await openClient(row, keys)).toEqual({
        ...before,
        idNumber: before.idNumber ?? null,
        address: before.address ?? null,
        email: before.email ?? null,
        wechat: before.wechat ?? null,
        notes: before.notes ?? null,
      });
    }
    // The blind indexes answer exact matches.
    const withId = fixture.clients[0]!;
    expect(
      await again.clients
        .where('idBlind')
        .equals(await idNumberBlind(keys, withId.idNumber!))
        .primaryKeys(),
    ).toEqual([withId.id]);
    const phone = fixture.clients[2]!.phones[0]!;
    expect(
      await again.clients
        .where('phoneBlinds')
        .equals(await phoneBlind(keys, phone))
        .primaryKeys(),
    ).toContain(fixture.clients[2]!.id);
    // The undo copy is sealed for its own row; the list of created ids is left alone.
    const undo = (await again.importUndo.get('undo-1'))!;
    expect(rawText(undo)).not.toContain(withId.name);
    expect((await openClient(undo.before as never, keys)).name).toBe(withId.name);
    expect((await again.importUndo.get('undo-2'))?.before).toEqual({ created: ['x'] });
    // One audit event, with a count only.
    const events = (await again.auditEvents.toArray()).filter(
      (e) => e.action === 'encrypt-records',
    );
    expect(events.map((e) => e.detail)).toEqual([`${fixture.clients.length + 1 - 14}`]);
    // A second run finds nothing to do.
    expect(await encryptClearRecords(again, keys, 'owner-1')).toEqual({
      sealed: 0,
      complete: true,
    });
    again.close();
  });

  it('a row edited between the read and the write of a batch keeps the edit (sealed next run)', async () => {
    const fixture = v6Fixture();
    const { db } = await upgradeFrom(OLDER, { clients: fixture.clients.slice(0, 3) });
    const keys = await ownerKeys();
    const target = fixture.clients[1]!;
    let edited = false;
    const result = await encryptClearRecords(db, keys, 'owner-1', {
      beforeWrite: async () => {
        if (edited) return;
        edited = true;
        // Another window's edit lands after the batch was read and sealed.
        await db.table('clients').update(target.id, { updatedAt: NOW, notes: '刚改' });
      },
    });
    expect(result).toEqual({ sealed: 2, complete: false });
    expect((await db.clients.get(target.id))?.sealed).toBeFalsy();
    expect(await encryptClearRecords(db, keys, 'owner-1')).toEqual({ sealed: 1, complete: true });
    setRecordKeys(keys);
    expect((await getClientDetail(db, target.id))?.client.notes).toBe('刚改');
    db.close();
  });
});
