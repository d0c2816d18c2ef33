// Opens the app database and turns every way that can fail into a message a shop owner can act
// on. Nothing here ever deletes a database: a failure is reported, never "repaired" by wiping.
import type { Dexie } from 'dexie';
import { AppDb, DB_NAME } from './app-db';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { purgeSoftDeleted } from './repositories/purge-repository';

export type DbOpenErrorKind = 'blocked' | 'newer-version' | 'quota' | 'unavailable' | 'corrupt';

export interface DbOpenError {
  kind: DbOpenErrorKind;
  /** What is wrong (Simplified Chinese). */
  message: string;
  /** What to do about it (Simplified Chinese). */
  action: string;
  messageEn: string;
  actionEn: string;
  /** The raw error name and message, for the support log. */
  detail: string;
}

export type OpenDbResult = { ok: true; db: AppDb } | { ok: false; error: DbOpenError };

const TEXT: Record<DbOpenErrorKind, Omit<DbOpenError, 'kind' | 'detail'>> = {
  blocked: {
    message: '数据库被另一个续保助手窗口或浏览器标签页占用，无法打开。',
    action: '请关闭其他续保助手窗口或标签页，然后点击"重试"。',
    messageEn: 'The database is in use by another Renewal Desk window or browser tab.',
    actionEn: 'Close the other Renewal Desk windows or tabs, then click Retry.',
  },
  'newer-version': {
    message: '数据库是由更新版本的续保助手创建的，当前版本无法打开。',
    action: '请安装最新版本的续保助手后再打开；您的数据完好无损。',
    messageEn: 'The database was created by a newer version of Renewal Desk.',
    actionEn: 'Install the latest version of Renewal Desk and open it again; your data is intact.',
  },
  quota: {
    message: '磁盘空间不足，数据库无法打开或写入。',
    action: '请清理磁盘空间（至少保留 1 GB），然后点击"重试"。',
    messageEn: 'The disk is full, so the database cannot open or write.',
    actionEn: 'Free some disk space (keep at least 1 GB), then click Retry.',
  },
  unavailable: {
    message: '当前环境不支持本地数据库（IndexedDB 不可用，可能处于隐私/无痕模式）。',
    action: '请在普通窗口中打开，或使用桌面版续保助手。',
    messageEn: 'Local storage (IndexedDB) is not available here, perhaps a private window.',
    actionEn: 'Open the app in a normal window, or use the desktop app.',
  },
  corrupt: {
    message: '数据库无法打开，文件可能已损坏。',
    action: '请不要删除任何数据：点击"重试"；如仍失败，请联系技术支持并提供下方错误信息。',
    messageEn: 'The database cannot be opened; its files may be damaged.',
    actionEn:
      'Do not delete anything: click Retry; if it still fails, contact support with the details.',
  },
};

export function describeDbOpenError(kind: DbOpenErrorKind, detail: string): DbOpenError {
  return { kind, detail, ...TEXT[kind] };
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
export const VERSION_CHANGE_MESSAGE = {
  message: '续保助手已在另一个窗口中升级，本窗口已断开数据库连接。',
  action: '请重新加载本页面（或重启续保助手）。',
  messageEn: 'Renewal Desk was upgraded in another window; this window has disconnected.',
  actionEn: 'Reload this page (or restart Renewal Desk).',
};

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
