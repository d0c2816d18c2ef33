// A faster reader for the common case of dexie-export-import's JSON: dexie-export-import parses
// the export with its own streaming parser in JavaScript (the bench measured it as nearly all
// of a restore's time), while the engine's JSON.parse is many times faster. This scans the
// bytes once for the table entries of `data.data` (`{"tableName":…,"inbound":…,"rows":[…]}`),
// parses each entry natively and bulk-adds its rows. Anything it does not expect (a row with
// Typeson `$types`, an outbound table, an unknown table, a shape off the format) makes it give
// up before writing a row, and the caller falls back to the library's importInto.
import type { Dexie } from 'dexie';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const ENTRY_PREFIX = new TextEncoder().encode('{"tableName"');

/** Byte ranges of the objects at depth 4 that start with {"tableName" (the table entries). */
function tableEntries(bytes: Uint8Array): [number, number][] | null {
  const ranges: [number, number][] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
      continue;
    }
    if (b === QUOTE) inString = true;
    else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      depth++;
      if (depth === 4 && b === OPEN_OBJECT && startsWith(bytes, i, ENTRY_PREFIX)) start = i;
    } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      if (depth === 4 && start !== -1 && b === CLOSE_OBJECT) {
        ranges.push([start, i + 1]);
        start = -1;
      }
      depth--;
      if (depth < 0) return null;
    }
  }
  return depth === 0 ? ranges : null;
}

function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  for (let j = 0; j < prefix.length; j++) if (bytes[at + j] !== prefix[j]) return false;
  return true;
}

interface TableEntry {
  tableName: string;
  inbound: boolean;
  rows: unknown[];
}

function isPlainEntry(entry: unknown, tables: Set<string>): entry is TableEntry {
  const e = entry as Partial<TableEntry> | null;
  if (!e || typeof e.tableName !== 'string' || e.inbound !== true || !Array.isArray(e.rows)) {
    return false;
  }
  if (!tables.has(e.tableName) || '$types' in e) return false;
  return e.rows.every(plainRow);
}

/**
 * Typeson marks a row holding a Date, a typed array, undefined… with `$types`: the library
 * revives those, so such a row sends the whole import to the library. It also marks every
 * array as `arrayNonindexKeys`, whose reviver returns a real array unchanged: that mark alone
 * is dropped here, as the library's revive would.
 */
function plainRow(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as { $types?: unknown };
  if (!('$types' in r)) return true;
  const types = r.$types;
  if (typeof types !== 'object' || types === null) return false;
  for (const [path, type] of Object.entries(types)) {
    if (type !== 'arrayNonindexKeys' || !Array.isArray(valueAt(row, path))) return false;
  }
  delete r.$types;
  return true;
}

/** The value at a Typeson key path (dots between keys; `~1` is a dot, `~0` a tilde in a key). */
function valueAt(value: unknown, path: string): unknown {
  let at = value;
  for (const part of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part.replace(/~1/g, '.').replace(/~0/g, '~')];
  }
  return at;
}

/**
 * Imports the export into `db` (created with the export's schema, empty). Returns false, with
 * the tables empty again, when the export is not the plain shape this reader handles.
 * `onRows` sees each table's parsed rows (the restore walks the audit chain over them).
 *
 * Each table entry is written as soon as it is parsed and checked, while the next one is
 * parsed: IndexedDB's add() serialises in this thread, then the storage process writes on its
 * own. Writes are raw IndexedDB transactions of CHUNK rows, relaxed durability (the database
 * is not used before the restore completes; an unfinished one is removed at the next start),
 * the tables in parallel.
 */
export async function fastImport(
  db: Dexie,
  exportBlob: Blob,
  onProgress?: (done: number, total: number) => void,
  onRows?: (table: string, rows: readonly unknown[]) => void,
  /** Rows per transaction (tests write in a few). */
  chunk = CHUNK,
): Promise<boolean> {
  const bytes = new Uint8Array(await exportBlob.arrayBuffer());
  const ranges = tableEntries(bytes);
  if (!ranges) return false;
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  const decoder = new TextDecoder();
  const tables = new Set(db.tables.map((t) => t.name));
  const total = expectedRows(bytes.subarray(0, ranges[0]?.[0] ?? 0));
  let done = 0;
  const writes: Promise<void>[] = [];
  const writeTable = async (entry: TableEntry) => {
    for (let i = 0; i < entry.rows.length; i += chunk) {
      const rows = entry.rows.slice(i, i + chunk);
      await addAll(idb, entry.tableName, rows);
      done += rows.length;
      onProgress?.(done, total);
    }
  };
  let plain = true;
  for (const [from, to] of ranges) {
    let entry: unknown;
    try {
      entry = JSON.parse(decoder.decode(bytes.subarray(from, to)));
    } catch {
      plain = false;
      break;
    }
    if (!isPlainEntry(entry, tables)) {
      plain = false;
      break;
    }
    onRows?.(entry.tableName, entry.rows);
    const written = writeTable(entry);
    // Awaited below; a failure must not surface as unhandled meanwhile.
    written.catch(() => undefined);
    writes.push(written);
  }
  if (plain) {
    await Promise.all(writes);
    return true;
  }
  // Not for this reader: what was already written goes, for the library to import instead.
  await Promise.allSettled(writes);
  await Promise.all(db.tables.map((t) => t.clear()));
  return false;
}

const CHUNK = 10_000;

/** Rows the export holds, summed from the header before the first entry (for progress). */
function expectedRows(header: Uint8Array): number {
  let total = 0;
  for (const match of new TextDecoder().decode(header).matchAll(/"rowCount":(\d+)/g)) {
    total += Number(match[1]);
  }
  return total;
}

/** One readwrite transaction adding `rows` to `store`; resolves when it has committed. */
function addAll(idb: IDBDatabase, store: string, rows: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(store, 'readwrite', { durability: 'relaxed' });
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error(`restore of ${store} aborted`));
    const objects = tx.objectStore(store);
    for (const row of rows) objects.add(row);
  });
}
