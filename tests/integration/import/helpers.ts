// Shared test helpers: a fresh fake-indexeddb database per test, and "file bytes → preview →
// commit" through the same pipeline and repositories the app uses.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { AppDb } from '../../../renderer/db/app-db';
import { commitImport } from '../../../renderer/db/repositories/import-commit';
import { previewImport } from '../../../renderer/db/repositories/import-repository';
import type { CommitResult, ImportPreview } from '../../../renderer/db/repositories/import-types';
import { parseImportFile, type ParseResult } from '../../../renderer/services/import/pipeline';

let counter = 0;

export function freshDb(): AppDb {
  counter++;
  return new AppDb(`import-test-${process.pid}-${counter}-${Date.now()}`, {
    indexedDB,
    IDBKeyRange,
  });
}

export async function parseOk(
  bytes: Uint8Array,
  name: string,
  insurer?: string,
): Promise<ParseResult> {
  const parsed = await parseImportFile(bytes, name, insurer ? { insurer } : {});
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.code} ${parsed.error.message}`);
  return parsed;
}

export async function preview(
  db: AppDb,
  bytes: Uint8Array,
  name: string,
  insurer?: string,
): Promise<ImportPreview> {
  const parsed = await parseOk(bytes, name, insurer);
  return previewImport(db, parsed.rows, {
    fileName: name,
    sheet: parsed.sheet,
    contentHash: parsed.contentHash,
  });
}

export async function importFile(
  db: AppDb,
  bytes: Uint8Array,
  name: string,
): Promise<CommitResult> {
  return commitImport(db, await preview(db, bytes, name), { actor: 'test' });
}
