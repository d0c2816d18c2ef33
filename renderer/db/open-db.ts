// Opens the app database and turns every way that can fail into a message a shop owner can act
// on. Nothing here ever deletes a database: a failure is reported, never "repaired" by wiping.
import type { Dexie } from 'dexie';
import { textRef, TextError, type TextRef } from '../../shared/i18n';
import { AppDb, DB_NAME } from './app-db';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { dropExpiredUndoCopies, purgeSoftDeleted } from './repositories/purge-repository';

export type DbOpenErrorKind = 'blocked' | 'newer-version' | 'quota' | 'unavailable' | 'corrupt';

export interface DbOpenError {
  kind: DbOpenErrorKind;
  /** What is wrong. */
  text: TextRef;
  /** What to do about it. */
  action: TextRef;
  /** The raw error name and message, for the support log. */
  detail: string;
}

export type OpenDbResult = { ok: true; db: AppDb } | { ok: false; error: DbOpenError };

// Each names a message and an action under errors:dbOpen (the template keys below check them).
type DbOpenCase =
  'blocked' | 'newerVersion' | 'quota' | 'unavailable' | 'corrupt' | 'versionChange';

const CASE: Record<DbOpenErrorKind, DbOpenCase> = {
  blocked: 'blocked',
  'newer-version': 'newerVersion',
  quota: 'quota',
  unavailable: 'unavailable',
  corrupt: 'corrupt',
};

function describe(c: DbOpenCase): { text: TextRef; action: TextRef } {
  return {
    text: textRef(`errors:dbOpen.${c}.message`),
    action: textRef(`errors:dbOpen.${c}.action`),
  };
}

export function describeDbOpenError(kind: DbOpenErrorKind, detail: string): DbOpenError {
  return { kind, detail, ...describe(CASE[kind]) };
}

/** A failed open as one error (what is wrong, then what to do), for a worker to throw. */
export function dbOpenFailure(error: DbOpenError): TextError<'db_open_failed'> {
  return new TextError(
    'db_open_failed',
    textRef('errors:dbOpen.full', { message: error.text, action: error.action }),
  );
}

/** Maps a Dexie / DOMException error to what the user should do about it. */
export function classifyOpenError(error: unknown): DbOpenError {
  const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
  const names = [e?.name, e?.inner?.name].filter(Boolean).join(' ');
  const detail = `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`;
  const has = (n: string) => names.includes(n);
  if (has('VersionError')) return describeDbOpenError('newer-version', detail);
  if (has('QuotaExceededError')) return describeDbOpenError('quota', detail);
  if (has('MissingAPIError')) return describeDbOpenError('unavailable', detail);
  if (has('DatabaseClosedError') && /blocked/i.test(e?.message ?? '')) {
    return describeDbOpenError('blocked', detail);
  }
  if (has('BlockedError') || /blocked/i.test(e?.message ?? '')) {
    return describeDbOpenError('blocked', detail);
  }
  return describeDbOpenError('corrupt', detail);
}

/** The 'versionchange' case: a newer app version (another window) wants to upgrade. */
export const VERSION_CHANGE_MESSAGE = describe('versionChange');

export interface OpenOptions {
  name?: string;
  dexieOptions?: ConstructorParameters<typeof Dexie>[1];
  /** Called when another window upgrades the schema; the connection is closed first. */
  onVersionChange?: (info: typeof VERSION_CHANGE_MESSAGE) => void;
  /** Give up waiting for another tab to let go after this long (ms). */
  blockedTimeoutMs?: number;
  /**
   * Remove rows soft-deleted more than 30 days ago once open (default true). Workers pass
   * false: the window that opened the database first has purged it already.
   */
  purge?: boolean;
}

/**
 * Schema version already on disk (Dexie stores version × 10), without opening the database:
 * Dexie 4 would otherwise open a newer database and even add its own tables to it.
 */
async function installedVersion(name: string, idb: IDBFactory | undefined): Promise<number | null> {
  if (!idb?.databases) return null;
  try {
    const found = (await idb.databases()).find((d) => d.name === name);
    return found?.version ? Math.floor(found.version / 10) : null;
  } catch {
    return null;
  }
}

export async function openAppDb(options: OpenOptions = {}): Promise<OpenDbResult> {
  const name = options.name ?? DB_NAME;
  const factory =
    (options.dexieOptions?.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB;
  const onDisk = await installedVersion(name, factory);
  if (onDisk !== null && onDisk > LATEST_SCHEMA_VERSION) {
    const detail = `VersionError: database version ${onDisk} > ${LATEST_SCHEMA_VERSION}`;
    return { ok: false, error: describeDbOpenError('newer-version', detail) };
  }
  let db: AppDb;
  try {
    db = new AppDb(name, options.dexieOptions);
  } catch (error) {
    return { ok: false, error: classifyOpenError(error) };
  }
  let blocked = false;
  db.on('blocked', () => {
    blocked = true;
  });
  db.on('versionchange', () => {
    // Let the other window upgrade instead of blocking it, and tell this one to reload.
    db.close();
    options.onVersionChange?.(VERSION_CHANGE_MESSAGE);
    return false;
  });
  const timeout = options.blockedTimeoutMs ?? 8000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.open(),
      new Promise((_, reject) => {
        timer = setTimeout(() => {
          if (blocked) reject(Object.assign(new Error('open blocked'), { name: 'BlockedError' }));
        }, timeout);
      }),
    ]);
    if (options.purge !== false) await purgeQuietly(db);
    return { ok: true, db };
  } catch (error) {
    db.close();
    return { ok: false, error: classifyOpenError(error) };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** The purge tidies up; failing it must never keep the app from opening (it runs again next time). */
async function purgeQuietly(db: AppDb): Promise<void> {
  try {
    await purgeSoftDeleted(db);
    await dropExpiredUndoCopies(db);
  } catch (error) {
    console.warn('purge of soft-deleted rows failed', error);
  }
}

/** Asks the browser not to evict our data under storage pressure. Returns whether it is persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export interface StorageInfo {
  usageBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean | null;
}

/** Usage and quota for the settings screen; nulls when the browser will not say. */
export async function storageEstimate(): Promise<StorageInfo> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return { usageBytes: null, quotaBytes: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => ({}) as StorageEstimate),
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
  ]);
  return {
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
    persisted,
  };
}
