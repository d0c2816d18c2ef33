// Opens the app database and turns every way that can fail into a message a shop owner can act
// on. Nothing here ever deletes a database: a failure is reported, never "repaired" by wiping.
import { Dexie } from 'dexie';
import { textOf, textRef, TextError, type TextRef } from '../../shared/i18n';
import { AppDb, DB_NAME } from './app-db';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { dropExpiredUndoCopies, purgeSoftDeleted } from './repositories/purge-repository';

export type DbOpenErrorKind =
  'blocked' | 'newer-version' | 'quota' | 'unavailable' | 'corrupt' | 'upgrade-backup';

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
  | 'blocked'
  | 'newerVersion'
  | 'quota'
  | 'unavailable'
  | 'corrupt'
  | 'versionChange'
  | 'upgradeBackup';

const CASE: Record<DbOpenErrorKind, DbOpenCase> = {
  blocked: 'blocked',
  'newer-version': 'newerVersion',
  quota: 'quota',
  unavailable: 'unavailable',
  corrupt: 'corrupt',
  'upgrade-backup': 'upgradeBackup',
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

/**
 * The database on disk at its own, older schema, before this app upgrades it: `db` is opened
 * in Dexie's dynamic mode (the stored schema as it is, no migration run). Throw to keep the
 * database from being upgraded (the open then fails with 'upgrade-backup', nothing changed).
 */
export type BeforeUpgrade = (info: { db: Dexie; from: number; to: number }) => Promise<void>;

/** Which app version last opened a database at which schema (localStorage, beside it). */
const OPENED_BY_KEY = 'renewal-desk:opened-by:';

interface OpenedBy {
  schema: number;
  app: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function openedBy(name: string): OpenedBy | null {
  try {
    const v = JSON.parse(storage()?.getItem(OPENED_BY_KEY + name) ?? 'null') as OpenedBy | null;
    return v && typeof v.schema === 'number' && typeof v.app === 'string' ? v : null;
  } catch {
    return null;
  }
}

/**
 * An older app meeting a newer database: nothing is opened or deleted; the message names the
 * database's data version, the newest this app reads and, when the newer app left its version
 * beside the database, which app version is needed.
 */
export function newerVersionError(name: string, onDisk: number): DbOpenError {
  const by = openedBy(name);
  const params = { found: onDisk, supported: LATEST_SCHEMA_VERSION };
  return {
    kind: 'newer-version',
    detail: `VersionError: database version ${onDisk} > ${LATEST_SCHEMA_VERSION}`,
    text: textRef('errors:dbOpen.newerVersion.message', params),
    action:
      by && by.schema >= onDisk
        ? textRef('errors:dbOpen.newerVersion.actionApp', { ...params, app: by.app })
        : textRef('errors:dbOpen.newerVersion.action', params),
  };
}

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
  /** Runs before an existing database at an older schema is upgraded (the pre-upgrade backup). */
  beforeUpgrade?: BeforeUpgrade;
  /** This app's version, kept beside the database so an older app can say which one it needs. */
  appVersion?: string;
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
    return { ok: false, error: newerVersionError(name, onDisk) };
  }
  if (onDisk !== null && onDisk > 0 && onDisk < LATEST_SCHEMA_VERSION && options.beforeUpgrade) {
    const failed = await runBeforeUpgrade(name, onDisk, options);
    if (failed) return { ok: false, error: failed };
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
    if (options.appVersion) {
      const by: OpenedBy = { schema: LATEST_SCHEMA_VERSION, app: options.appVersion };
      storage()?.setItem(OPENED_BY_KEY + name, JSON.stringify(by));
    }
    return { ok: true, db };
  } catch (error) {
    db.close();
    return { ok: false, error: classifyOpenError(error) };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** The database at its old schema, handed to `beforeUpgrade`; its failure as an open error. */
async function runBeforeUpgrade(
  name: string,
  from: number,
  options: OpenOptions,
): Promise<DbOpenError | null> {
  // Dynamic mode: no version declared, so Dexie opens the stored schema and upgrades nothing.
  const old = new Dexie(name, options.dexieOptions);
  try {
    await old.open();
    await options.beforeUpgrade?.({ db: old, from, to: LATEST_SCHEMA_VERSION });
    return null;
  } catch (error) {
    const e = error as { name?: string; message?: string } | null;
    return {
      kind: 'upgrade-backup',
      detail: `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`,
      text: textRef('errors:dbOpen.upgradeBackup.message', {
        from,
        to: LATEST_SCHEMA_VERSION,
        reason: textOf(error) ?? e?.message ?? String(error),
      }),
      action: textRef('errors:dbOpen.upgradeBackup.action'),
    };
  } finally {
    old.close();
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
