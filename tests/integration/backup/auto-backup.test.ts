// The automatic daily backup against main's real backup folder (a temp userData): at most one
// a day, remembered by the folder itself (so across restarts), none without a backup key or a
// folder, a full disk named and earlier backups untouched, a folder that disappeared replaced
// by the default one, and what it writes restores with every table equal.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBackupKeys } from '../../../shared/backup';
import { createTranslator } from '../../../shared/i18n';
import type { HostApi } from '../../../shared/ipc/contract';
import { createBackupFolder } from '../../../electron/main/backup-folder';
import type { AppDb } from '../../../renderer/db/app-db';
import { setupOwner } from '../../../renderer/db/repositories/credential-repository';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import { updateSettings } from '../../../renderer/db/repositories/settings-repository';
import {
  runAutoBackup,
  startAutoBackup,
  type AutoBackupOutcome,
} from '../../../renderer/services/backup/auto-backup';
import { restoreBackupFile, writeBackupFile } from '../../../renderer/services/backup/backup-file';
import { freshDb } from '../db/fixtures';

const dexieOptions = { indexedDB, IDBKeyRange };
const en = createTranslator('en');

/** main's backup folder in a temp userData, as the host the window talks to. */
function desktopHost(
  options: { userDataDir?: string; picked?: string | null; full?: boolean } = {},
) {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'auto-backup-'));
  const folder = createBackupFolder({
    userDataDir,
    pickFolder: async () => options.picked ?? null,
    ...(options.full
      ? {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
              code: 'ENOSPC',
            });
          },
        }
      : {}),
  });
  const host: Pick<HostApi, 'appInfo' | 'backupWrite' | 'backupList'> = {
    appInfo: async () => ({ host: 'electron', version: '0.1.0', platform: 't', dataLocation: '' }),
    backupWrite: (request) => folder.write(request),
    backupList: () => folder.list(),
  };
  return { host, folder, userDataDir, backups: join(userDataDir, 'backups') };
}

let db: AppDb;
let owner: string;
let identity: string;

beforeAll(async () => {
  db = freshDb();
  owner = (await setupOwner(db, { name: '店主', passwordHash: 'h' })).id;
  await loadSampleData(db, { today: '2026-06-01', clients: 12 }, owner);
});

/** 10:00 China time on a China date. */
const on = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);

describe('automatic backup', () => {
  it('waits for a backup key, and writes nothing without one', async () => {
    const { host } = desktopHost();
    const outcome = await runAutoBackup(db, host, writeBackupFile, on('2026-06-01'));
    expect(outcome).toEqual({ kind: 'skipped', reason: 'no-key' });
    expect((await host.backupList()).files).toEqual([]);
  });

  it('writes one a day, remembered by the folder across restarts, and it restores', async () => {
    const keys = await generateBackupKeys();
    identity = keys.identity;
    await updateSettings(db, { backupRecipient: keys.recipient }, owner);
    const { host, userDataDir, backups } = desktopHost();
    const first = await runAutoBackup(db, host, writeBackupFile, on('2026-06-01', '08:30'));
    expect(first).toMatchObject({ kind: 'written', written: { fellBack: false } });
    // Later the same China day: not again, also after a "restart" (a new host on the folder).
    expect(await runAutoBackup(db, host, writeBackupFile, on('2026-06-01', '23:59'))).toEqual({
      kind: 'skipped',
      reason: 'done-today',
    });
    const restarted = desktopHost({ userDataDir }).host;
    expect(await runAutoBackup(db, restarted, writeBackupFile, on('2026-06-01', '12:00'))).toEqual({
      kind: 'skipped',
      reason: 'done-today',
    });
    // After China midnight (16:00 UTC) the next day's is due.
    const next = await runAutoBackup(db, restarted, writeBackupFile, on('2026-06-02', '00:01'));
    expect(next.kind).toBe('written');
    const files = readdirSync(backups).sort();
    expect(files).toHaveLength(2);
    // Audited as the system's, with the file name and size only.
    const event = await db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({ actor: 'system', action: 'backup' });
    expect(event?.detail).toMatch(/^renewal-desk-.*\.age\|\d+\|auto$/);

    const restored = await restoreBackupFile(readFileSync(join(backups, files[1]!)), identity, {
      name: `auto-restored-${Date.now()}`,
      appVersion: '0.1.0',
      dexieOptions,
    });
    expect(restored.audit.chainOk).toBe(true);
    for (const table of ['clients', 'vehicles', 'policies', 'staff', 'settings'] as const) {
      expect(await restored.db.table(table).count(), table).toBe(await db.table(table).count());
    }
    restored.db.close();
  });

  it('names a full disk, writes no file and leaves earlier backups as they were', async () => {
    const { host: good, userDataDir, backups } = desktopHost();
    await runAutoBackup(db, good, writeBackupFile, on('2026-06-03'));
    const before = readdirSync(backups).map((n) => [n, readFileSync(join(backups, n))] as const);
    expect(before).toHaveLength(1);
    const { host: full } = desktopHost({ userDataDir, full: true });
    const events = await db.auditEvents.count();
    const outcome = await runAutoBackup(db, full, writeBackupFile, on('2026-06-04'));
    expect(outcome).toMatchObject({ kind: 'failed', code: 'disk_full' });
    if (outcome.kind !== 'failed') throw new Error('expected a failure');
    expect(en.text(outcome.text)).toContain('the disk is full');
    expect(en.text(outcome.text)).toContain('Earlier backups are untouched');
    const after = readdirSync(backups).map((n) => [n, readFileSync(join(backups, n))] as const);
    expect(after).toEqual(before);
    // Nothing was written, so nothing is audited as a backup.
    expect(await db.auditEvents.count()).toBe(events);
  });

  it('sends the next backup to the default folder when the chosen one disappeared', async () => {
    const usb = mkdtempSync(join(tmpdir(), 'usb-'));
    const { host, folder, backups } = desktopHost({ picked: usb });
    await folder.chooseFolder();
    const onUsb = await runAutoBackup(db, host, writeBackupFile, on('2026-06-05'));
    expect(onUsb).toMatchObject({ kind: 'written', written: { fellBack: false } });
    expect(onUsb.kind === 'written' && onUsb.written.path.startsWith(usb)).toBe(true);
    rmSync(usb, { recursive: true });
    const outcome = await runAutoBackup(db, host, writeBackupFile, on('2026-06-06'));
    expect(outcome).toMatchObject({ kind: 'written', written: { fellBack: true } });
    expect(readdirSync(backups)).toHaveLength(1);
    expect((await host.backupList()).missing).toBe(true);
  });

  it('skips where the host keeps no folder (the browser build)', async () => {
    const { host } = desktopHost();
    const web = {
      ...host,
      backupList: async () => ({ ...(await host.backupList()), folder: null }),
    };
    expect(await runAutoBackup(db, web, writeBackupFile, on('2026-06-07'))).toEqual({
      kind: 'skipped',
      reason: 'no-folder',
    });
  });

  it('checks at start and on its timer, one backup at a time', async () => {
    const { host, backups } = desktopHost();
    const outcomes: AutoBackupOutcome[] = [];
    let slow = 0;
    const writer: typeof writeBackupFile = async (d, o) => {
      slow += 1;
      await new Promise((r) => setTimeout(r, 60));
      return writeBackupFile(d, o);
    };
    const stop = startAutoBackup(db, host, writer, {
      intervalMs: 10,
      clock: () => on('2026-06-08'),
      onOutcome: (o) => outcomes.push(o),
    });
    await new Promise((r) => setTimeout(r, 250));
    stop();
    expect(outcomes.filter((o) => o.kind === 'written')).toHaveLength(1);
    expect(slow).toBe(1);
    expect(readdirSync(backups)).toHaveLength(1);
  });
});

describe('a backup left half-written by a kill', () => {
  it('is not listed, and the next write clears it', async () => {
    const { host, folder, backups } = desktopHost();
    mkdirSync(backups, { recursive: true });
    // What writeFileAtomic leaves when the process dies before its rename.
    const temp = `.renewal-desk-2026-06-09T02-00-00-000Z.age.99999.1.tmp`;
    writeFileSync(join(backups, temp), 'half a backup');
    expect((await folder.list()).files).toEqual([]);
    await runAutoBackup(db, host, writeBackupFile, on('2026-06-09'));
    expect(readdirSync(backups).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
