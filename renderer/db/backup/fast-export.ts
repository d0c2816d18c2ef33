// A faster writer for dexie-export-import's JSON, the counterpart of fast-import.ts: the
// library passes every row through Typeson (to keep Dates, typed arrays, undefined…), which
// bench:backup measured as most of a backup's time, while our rows are plain JSON. This writes
// the same document (same header, same table entries, rows as JSON.stringify gives them) in
// one read transaction, checking each row is plain on the way; a row that is not (a Date, a
// typed array, an undefined field, a non-finite number), or an outbound table, makes it give
// up (null) and the caller exports with the library instead.
//
// Speed (bench:backup): the rows are read with IndexedDB's own getAll in large pages, the next
// page asked for before this one is checked and written, so the storage process reads while the
// window serialises; the JSON goes out as UTF-8 bytes, hashed (SHA-256, hash-wasm) on the way,
// so the manifest's checksum needs no second pass over the export.
import type { Dexie, Table } from 'dexie';

const ROWS_PER_PAGE = 20_000;

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

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The export's bytes in order, hashed as they come. */
async function byteSink() {
  const { createSHA256 } = await import('hash-wasm');
  const hasher = await createSHA256();
  hasher.init();
  const encoder = new TextEncoder();
  const parts: BlobPart[] = [];
  let size = 0;
  const push = (bytes: Uint8Array) => {
    hasher.update(bytes);
    size += bytes.length;
    // As a Blob: the browser may keep it out of the JavaScript heap.
    parts.push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  };
  return {
    text: (text: string) => push(encoder.encode(text)),
    /** A JSON array's members: its text without the brackets (one byte each in UTF-8). */
    members: (arrayJson: string) => {
      const bytes = encoder.encode(arrayJson);
      push(bytes.subarray(1, bytes.length - 1));
    },
    done: () => ({
      blob: new Blob(parts, { type: 'text/json' }),
      sha256: hasher.digest('hex'),
      size,
    }),
  };
}

export interface FastExport {
  blob: Blob;
  /** Lower-case hex SHA-256 of the blob's bytes. */
  sha256: string;
}

/**
 * The export as dexie-export-import writes it (without Typeson marks, which plain rows do not
 * need), or null when a row or a table is not plain. `onRow` sees every exported row. One
 * read-only transaction: the counts and the rows are one consistent state.
 */
export async function fastExport(
  db: Dexie,
  onRow: (table: string, value: unknown) => void,
  onProgress?: (done: number, total: number) => void,
  /** Rows per read (tests page with a few). */
  rowsPerPage = ROWS_PER_PAGE,
): Promise<FastExport | null> {
  const tables = db.tables;
  const keyPaths: string[] = [];
  for (const table of tables) {
    const keyPath = table.schema.primKey.keyPath;
    // A compound, dotted or outbound key is not read by page here: the library's export.
    if (typeof keyPath !== 'string' || !keyPath || keyPath.includes('.')) return null;
    keyPaths.push(keyPath);
  }
  if (!db.isOpen()) await db.open();
  // The key-range class of the IndexedDB this Dexie was given (fake-indexeddb under Node).
  const KeyRange = (db as unknown as { _deps: { IDBKeyRange: typeof IDBKeyRange } })._deps
    .IDBKeyRange;
  const sink = await byteSink();
  const tx = db.backendDB().transaction(
    tables.map((t) => t.name),
    'readonly',
  );
  const page = (i: number, after?: IDBValidKey) =>
    request<Record<string, unknown>[]>(
      tx
        .objectStore(tables[i]!.name)
        .getAll(after === undefined ? null : KeyRange.lowerBound(after, true), rowsPerPage),
    );
  // Every request below is made in the continuation of the previous one's success, so the
  // transaction stays active from the counts to the last page.
  const counts = await Promise.all(tables.map((t) => request(tx.objectStore(t.name).count())));
  const total = counts.reduce((a, b) => a + b, 0);
  const header = JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: db.name,
      databaseVersion: db.verno,
      tables: tables.map((t, i) => ({
        name: t.name,
        schema: schemaString(t),
        rowCount: counts[i],
      })),
      data: [],
    },
  });
  const endOfData = header.lastIndexOf(']');
  sink.text(header.slice(0, endOfData));
  let done = 0;
  let next: Promise<Record<string, unknown>[]> | null = tables.length ? page(0) : null;
  let index = 0;
  let first = true;
  while (next) {
    const rows = await next;
    const table = tables[index]!;
    if (first)
      sink.text(
        `${index > 0 ? ',' : ''}{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[`,
      );
    // Ask for the next page (this table's, or the next table's first) before working on this one.
    const full = rows.length === rowsPerPage;
    const lastKey = full ? (rows[rows.length - 1]![keyPaths[index]!] as IDBValidKey) : undefined;
    next = full ? page(index, lastKey) : index + 1 < tables.length ? page(index + 1) : null;
    for (const row of rows) {
      if (!isPlain(row)) {
        // The transaction ends by itself; the page already asked for is not needed.
        next?.catch(() => undefined);
        return null;
      }
      onRow(table.name, row);
    }
    if (rows.length > 0) {
      if (!first) sink.text(',');
      sink.members(JSON.stringify(rows));
      first = false;
    }
    done += rows.length;
    onProgress?.(done, total);
    if (!full) {
      sink.text(']}');
      index++;
      first = true;
    }
  }
  sink.text(header.slice(endOfData));
  const { blob, sha256 } = sink.done();
  return { blob, sha256 };
}
