// The plain export writer against dexie-export-import's own: the same document (header, table
// entries, every row) for the app's plain rows, and a fallback to the library, with the same
// counts, when a row holds what JSON would change (a Date here).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../renderer/db/backup/file-reader-shim';
import { exportDB } from 'dexie-export-import';
import type { AppDb } from '../../../renderer/db/app-db';
import { exportDatabase } from '../../../renderer/db/backup/export-db';
import { fastExport } from '../../../renderer/db/backup/fast-export';
import { importDatabase } from '../../../renderer/db/backup/import-db';
import { setupOwner } from '../../../renderer/db/repositories/credential-repository';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import { freshDb } from '../db/fixtures';
import { sha256OfBlob } from '../../../shared/backup';

interface ExportDoc {
  formatName: string;
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[];
  };
}

/** The library marks arrays with `$types` (arrayNonindexKeys); plain rows do not need it. */
function withoutMarks(doc: ExportDoc): ExportDoc {
  for (const entry of doc.data.data) for (const row of entry.rows) delete row.$types;
  return doc;
}

let db: AppDb;
beforeAll(async () => {
  db = freshDb();
  const owner = (await setupOwner(db, { name: '店主', passwordHash: 'h' })).id;
  await loadSampleData(db, { today: '2026-06-01', clients: 30 }, owner);
});

describe('fast export', () => {
  it('writes the document the library writes, row for row', async () => {
    const seen: Record<string, number> = {};
    const fast = await fastExport(db, (t) => (seen[t] = (seen[t] ?? 0) + 1));
    expect(fast).not.toBeNull();
    const mine = JSON.parse(await fast!.blob.text()) as ExportDoc;
    // The checksum computed on the way is the blob's.
    expect(fast!.sha256).toBe(await sha256OfBlob(fast!.blob));
    const theirs = withoutMarks(JSON.parse(await (await exportDB(db)).text()) as ExportDoc);
    expect(mine).toEqual(theirs);
    for (const table of mine.data.tables) expect(seen[table.name] ?? 0).toBe(table.rowCount);
    expect(mine.data.tables.find((t) => t.name === 'clients')?.rowCount).toBeGreaterThan(0);
  });

  it('reads in pages, the next asked for ahead, with the same document', async () => {
    const whole = await fastExport(db, () => undefined);
    const text = await whole!.blob.text();
    // 7 rows a page: tables span pages; a page the size of a table: it ends on a full page.
    for (const size of [7, await db.clients.count()]) {
      const seen: Record<string, number> = {};
      const paged = await fastExport(db, (t) => (seen[t] = (seen[t] ?? 0) + 1), undefined, size);
      expect(await paged!.blob.text()).toBe(text);
      expect(paged!.sha256).toBe(whole!.sha256);
      const doc = JSON.parse(text) as ExportDoc;
      for (const table of doc.data.tables) expect(seen[table.name] ?? 0).toBe(table.rowCount);
    }
  });

  it('gives way to the library for a row JSON would change, counted once', async () => {
    const other = freshDb();
    await other.open();
    await other.table('importPresets').put({ id: 'p', savedAt: new Date('2026-01-02T03:04:05Z') });
    await other.table('clients').put({ id: 'c', name: '张三', phones: ['13800000000'] });
    expect(await fastExport(other, () => undefined)).toBeNull();
    const exported = await exportDatabase(other);
    expect(exported.tables.importPresets).toBe(1);
    expect(exported.tables.clients).toBe(1);
    const back = await importDatabase(exported.blob, `fast-export-${Date.now()}`, {
      dexieOptions: { indexedDB, IDBKeyRange },
    });
    expect((await back.db.table('importPresets').get('p')) as unknown).toEqual({
      id: 'p',
      savedAt: new Date('2026-01-02T03:04:05Z'),
    });
    back.db.close();
  });
});
