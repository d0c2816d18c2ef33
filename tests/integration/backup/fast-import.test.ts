// The fast reader of the export: it takes the app's plain rows, and gives up on anything else
// (here a row holding a Date, which Typeson marks with $types) before writing a row, so the
// library's own importInto restores it instead, Date and all.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { exportDatabase } from '../../../renderer/db/backup/export-db';
import { fastImport } from '../../../renderer/db/backup/fast-import';
import { importDatabase } from '../../../renderer/db/backup/import-db';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import { rawDb } from '../../../renderer/db/testing/raw-db';
import type { AppDb } from '../../../renderer/db/app-db';
import { freshDb } from '../db/fixtures';

const dexieOptions = { indexedDB, IDBKeyRange };

function emptyCopyOf(db: AppDb) {
  const stores: Record<string, string> = {};
  for (const t of db.tables) {
    const pk = t.schema.primKey.src;
    stores[t.name] = [pk, ...t.schema.indexes.map((i) => i.src)].join(',');
  }
  return rawDb(`copy-${uuidv7()}`, [{ version: db.verno, stores }], dexieOptions);
}

describe('fast import', () => {
  it('imports the plain rows the app stores', async () => {
    const db = freshDb();
    await loadSampleData(db, { today: '2026-06-01', clients: 15 });
    const { blob, tables } = await exportDatabase(db);
    const copy = emptyCopyOf(db);
    await copy.open();
    expect(await fastImport(copy, blob)).toBe(true);
    for (const [name, count] of Object.entries(tables)) {
      expect(await copy.table(name).count(), name).toBe(count);
    }
    expect(await copy.table('clients').toArray()).toEqual(await db.clients.toArray());
    copy.close();
    // In chunks of a few rows each (tables in parallel): the same rows.
    const small = emptyCopyOf(db);
    await small.open();
    const seen: string[] = [];
    expect(await fastImport(small, blob, undefined, (name) => seen.push(name), 4)).toBe(true);
    expect(seen).toEqual(db.tables.map((t) => t.name));
    expect(await small.table('policies').toArray()).toEqual(await db.policies.toArray());
    small.close();
    db.close();
  });

  it('gives up, writing nothing, on a row it would not restore faithfully', async () => {
    const db = freshDb();
    await loadSampleData(db, { today: '2026-06-01', clients: 3 });
    const odd = { ...(await db.clients.toCollection().first())!, id: 'odd', seenAt: new Date(0) };
    await db.clients.put(odd);
    const { blob } = await exportDatabase(db);
    const copy = emptyCopyOf(db);
    await copy.open();
    expect(await fastImport(copy, blob)).toBe(false);
    expect(await copy.table('clients').count()).toBe(0);
    copy.close();
    // Odd in a later table: the tables written before it are emptied again.
    await db.clients.delete('odd');
    await db.table('importPresets').put({ id: 'p', savedAt: new Date(0) });
    const later = emptyCopyOf(db);
    await later.open();
    expect(await fastImport(later, (await exportDatabase(db)).blob)).toBe(false);
    for (const t of later.tables) expect(await t.count(), t.name).toBe(0);
    later.close();
    await db.clients.put(odd);
    // The full import falls back to the library, which revives the Date.
    const restored = await importDatabase(blob, `restored-${uuidv7()}`, { dexieOptions });
    expect((await restored.db.clients.get('odd')) as unknown).toMatchObject({
      seenAt: new Date(0),
    });
    restored.db.close();
    db.close();
  });
});
