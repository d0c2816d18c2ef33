// A faster writer for dexie-export-import's JSON, the counterpart of fast-import.ts: the
// library passes every row through Typeson (to keep Dates, typed arrays, undefined…), which
// bench:backup measured as most of a backup's time, while our rows are plain JSON. This writes
// the same document (same header, same table entries, rows as JSON.stringify gives them) in
// one read transaction, checking each row is plain on the way; a row that is not (a Date, a
// typed array, an undefined field, a non-finite number), or an outbound table, makes it give
// up (null) and the caller exports with the library instead.
import type { Dexie, IndexableType, Table } from 'dexie';

const ROWS_PER_CHUNK = 5000;

class NotPlain extends Error {}

/** Whether JSON.stringify / JSON.parse give `value` back as it is. */
function isPlain(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!(i in value) || !isPlain(value[i])) return false;
        }
        return Object.keys(value).length === value.length;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) {
        if (!isPlain((value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function schemaString(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(',');
}

/**
 * The export as dexie-export-import writes it (without Typeson marks, which plain rows do not
 * need), or null when a row or a table is not plain. `onRow` sees every exported row.
 */
export async function fastExport(
  db: Dexie,
  onRow: (table: string, value: unknown) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob | null> {
  let notPlain = false;
  try {
    return await db.transaction('r', db.tables, async () => {
      const counts = await Promise.all(db.tables.map((t) => t.count()));
      const total = counts.reduce((a, b) => a + b, 0);
      const header = JSON.stringify({
        formatName: 'dexie',
        formatVersion: 1,
        data: {
          databaseName: db.name,
          databaseVersion: db.verno,
          tables: db.tables.map((t, i) => ({
            name: t.name,
            schema: schemaString(t),
            rowCount: counts[i],
          })),
          data: [],
        },
      });
      const endOfData = header.lastIndexOf(']');
      const slices: BlobPart[] = [header.slice(0, endOfData)];
      let done = 0;
      for (const [i, table] of db.tables.entries()) {
        const keyPath = table.schema.primKey.keyPath;
        if (typeof keyPath !== 'string' || !keyPath) {
          notPlain = true;
          throw new NotPlain();
        }
        if (i > 0) slices.push(',');
        slices.push(`{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[`);
        let lastKey: IndexableType | null = null;
        let first = true;
        for (;;) {
          const rows: Record<string, unknown>[] = await (lastKey === null
            ? table.limit(ROWS_PER_CHUNK).toArray()
            : table.where(':id').above(lastKey).limit(ROWS_PER_CHUNK).toArray());
          if (rows.length === 0) break;
          for (const row of rows) {
            if (!isPlain(row)) {
              notPlain = true;
              throw new NotPlain();
            }
            onRow(table.name, row);
          }
          const json = JSON.stringify(rows);
          if (!first) slices.push(',');
          // As a Blob: the browser may keep it out of the JavaScript heap.
          slices.push(new Blob([json.slice(1, -1)]));
          first = false;
          lastKey = rows[rows.length - 1]![keyPath] as IndexableType;
          done += rows.length;
          onProgress?.(done, total);
          if (rows.length < ROWS_PER_CHUNK) break;
        }
        slices.push(']}');
      }
      slices.push(header.slice(endOfData));
      return new Blob(slices, { type: 'text/json' });
    });
  } catch (error) {
    if (notPlain) return null;
    throw error;
  }
}
