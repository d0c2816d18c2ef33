// The backup before a schema upgrade: a v5 database (as a v5 build left it, with a backup key)
// opened by this build is first written to the backup folder at v5, as it was, and only then
// upgraded; that file restores (and upgrades) with every row. A failed backup keeps the
// database at v5 and unchanged; upgrading without one is the owner's explicit choice. And the
// other way round: this build refuses a newer database, names the versions, deletes nothing.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBackupKeys, openBackup, upgradeBackupVersion } from '../../../shared/backup';
import { createTranslator } from '../../../shared/i18n';
import type { HostApi } from '../../../shared/ipc/contract';
import { createBackupFolder } from '../../../electron/main/backup-folder';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { V1_STORES } from '../../../renderer/db/migrations/v1';
import { V2_STORES } from '../../../renderer/db/migrations/v2';
import { V3_STORES } from '../../../renderer/db/migrations/v3';
import { V4_STORES } from '../../../renderer/db/migrations/v4';
import { V5_STORES } from '../../../renderer/db/migrations/v5';
import { openAppDb } from '../../../renderer/db/open-db';
import { rawDb } from '../../../renderer/db/testing/raw-db';
import { restoreBackupFile } from '../../../renderer/services/backup/backup-file';
import { openWithUpgradeBackup } from '../../../renderer/services/backup/upgrade-backup';
import { memoryStorage } from '../../support/memory-storage';
import { sampleAgencyTables } from '../db/migration-harness';

const dexieOptions = { indexedDB, IDBKeyRange };
const en = createTranslator('en');
const V5 = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES },
  { version: 3, stores: V3_STORES },
  { version: 4, stores: V4_STORES },
  { version: 5, stores: V5_STORES },
];

function desktopHost(full = false) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'upgrade-backup-'));
  const folder = createBackupFolder({
    userDataDir,
    pickFolder: async () => null,
    ...(full
      ? {
          writeFile: async () => {
            throw new Error('ENOSPC: no space left on device, write');
          },
        }
      : {}),
  });
  const host: Pick<HostApi, 'appInfo' | 'backupWrite' | 'backupList'> = {
    appInfo: async () => ({ host: 'electron', version: '0.2.0', platform: 't', dataLocation: '' }),
    backupWrite: (request) => folder.write(request),
    backupList: () => folder.list(),
  };
  return { host, backups: join(userDataDir, 'backups') };
}

/** A database as a v5 build left it: the sample agency and a backup key in its settings. */
async function v5Database(recipient: string | null) {
  const name = `v5-${uuidv7()}`;
  const tables = {
    ...sampleAgencyTables({
      clients: 15,
      seed: 9,
      today: '2026-06-01',
      now: '2026-06-01T02:00:00Z',
    }),
    settings: [
      { id: 'app', locale: 'zh-CN', ...(recipient ? { backupRecipient: recipient } : {}) },
    ],
  };
  const old = rawDb(name, V5, dexieOptions);
  await old.open();
  await old.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const counts = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
  return { name, counts };
}

async function versionOnDisk(name: string): Promise<number | undefined> {
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  return found?.version && Math.floor(found.version / 10);
}

const previousStorage = (globalThis as { localStorage?: Storage }).localStorage;
beforeAll(() => {
  (globalThis as { localStorage?: Storage }).localStorage = memoryStorage();
});
afterAll(() => {
  (globalThis as { localStorage?: Storage }).localStorage = previousStorage;
});

describe('backup before a schema upgrade', () => {
  it('writes the v5 database as it was, then upgrades; the file restores every row', async () => {
    const keys = await generateBackupKeys();
    const { name, counts } = await v5Database(keys.recipient);
    const { host, backups } = desktopHost();
    const opened = await openWithUpgradeBackup(host, { name, dexieOptions, purge: false });
    if (!opened.ok) throw new Error(opened.error.detail);
    expect(opened.db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.upgradeBackup).toMatchObject({ kind: 'written', from: 5 });
    const files = readdirSync(backups);
    expect(files).toHaveLength(1);
    expect(upgradeBackupVersion(files[0]!)).toBe(LATEST_SCHEMA_VERSION);
    // Recorded in the upgraded trail as the system's.
    expect(await opened.db.auditEvents.orderBy('seq').last()).toMatchObject({
      actor: 'system',
      action: 'backup',
      detail: expect.stringMatching(new RegExp(`before-v${LATEST_SCHEMA_VERSION}$`)) as string,
    });
    opened.db.close();

    // The file holds the database at v5, before any migration ran.
    const bytes = readFileSync(join(backups, files[0]!));
    const { manifest } = await openBackup(bytes, keys.identity);
    expect(manifest.schemaVersion).toBe(5);
    for (const [table, n] of Object.entries(counts)) expect(manifest.tables[table], table).toBe(n);
    const restored = await restoreBackupFile(bytes, keys.identity, {
      name: `restored-${uuidv7()}`,
      appVersion: '0.2.0',
      dexieOptions,
    });
    expect(restored.db.verno).toBe(LATEST_SCHEMA_VERSION);
    for (const [table, n] of Object.entries(counts)) {
      expect(await restored.db.table(table).count(), table).toBe(n);
    }
    restored.db.close();

    // Opening again upgrades nothing and backs up nothing.
    const again = await openWithUpgradeBackup(host, { name, dexieOptions, purge: false });
    expect(again.ok && again.upgradeBackup).toBe(undefined);
    if (again.ok) again.db.close();
    expect(readdirSync(backups)).toHaveLength(1);
  });

  it('keeps the database at v5, unchanged, when the backup fails', async () => {
    const keys = await generateBackupKeys();
    const { name, counts } = await v5Database(keys.recipient);
    const { host, backups } = desktopHost(true);
    const failed = await openWithUpgradeBackup(host, { name, dexieOptions, purge: false });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.kind).toBe('upgrade-backup');
    expect(en.text(failed.error.text)).toContain(`data version 5 → ${LATEST_SCHEMA_VERSION}`);
    expect(en.text(failed.error.text)).toContain('ENOSPC');
    expect(await versionOnDisk(name)).toBe(5);
    const old = rawDb(name, V5, dexieOptions);
    await old.open();
    for (const [table, n] of Object.entries(counts)) expect(await old.table(table).count()).toBe(n);
    old.close();
    expect(readdirSync(backups)).toEqual([]);

    // The owner's choice: upgrade without a backup.
    const anyway = await openWithUpgradeBackup(host, {
      name,
      dexieOptions,
      purge: false,
      skipBackup: true,
    });
    expect(anyway.ok).toBe(true);
    if (anyway.ok) anyway.db.close();
    expect(await versionOnDisk(name)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('upgrades without a backup when there is no backup key, and says so', async () => {
    const { name } = await v5Database(null);
    const { host } = desktopHost();
    const opened = await openWithUpgradeBackup(host, { name, dexieOptions, purge: false });
    expect(opened.ok && opened.upgradeBackup).toEqual({ kind: 'skipped', reason: 'no-key' });
    if (opened.ok) opened.db.close();
    expect((await host.backupList()).files).toEqual([]);
  });
});

describe('downgrade refusal', () => {
  it('refuses a newer database, names the versions and the app needed, deletes nothing', async () => {
    const name = `newer-${uuidv7()}`;
    const next = LATEST_SCHEMA_VERSION + 1;
    const newer = rawDb(name, [...V5, { version: next, stores: { future: 'id' } }], dexieOptions);
    await newer.open();
    await newer.table('clients').add({ id: 'keep-me', name: '张三' });
    newer.close();
    // Before any newer app left its version beside the database: the data versions.
    const plain = await openAppDb({ name, dexieOptions });
    expect(plain.ok).toBe(false);
    if (plain.ok) return;
    expect(plain.error.kind).toBe('newer-version');
    expect(en.text(plain.error.text)).toContain(`data version ${next}`);
    expect(en.text(plain.error.text)).toContain(`up to ${LATEST_SCHEMA_VERSION}`);
    expect(en.text(plain.error.action)).toContain('nothing was deleted');
    // The newer app recorded its version at its last open: the message names it.
    localStorage.setItem(
      `renewal-desk:opened-by:${name}`,
      JSON.stringify({ schema: next, app: '9.1.0' }),
    );
    const named = await openAppDb({ name, dexieOptions });
    expect(!named.ok && en.text(named.error.action)).toContain('Renewal Desk 9.1.0 or later');
    expect(await versionOnDisk(name)).toBe(next);
    const again = rawDb(name, [...V5, { version: next, stores: { future: 'id' } }], dexieOptions);
    expect(await again.table('clients').get('keep-me')).toEqual({ id: 'keep-me', name: '张三' });
    again.close();
  });

  it('an app that opened a database leaves its version beside it', async () => {
    const name = `fresh-${uuidv7()}`;
    const opened = await openAppDb({ name, dexieOptions, appVersion: '0.2.0' });
    if (opened.ok) opened.db.close();
    expect(JSON.parse(localStorage.getItem(`renewal-desk:opened-by:${name}`) ?? 'null')).toEqual({
      schema: LATEST_SCHEMA_VERSION,
      app: '0.2.0',
    });
  });
});
