// Main's backup folder: atomic writes into the default or the chosen folder, the rotation after
// a write, the fallback when the chosen folder is gone, and reads limited to its own files.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../shared/backup/rotation';
import { createBackupFolder } from '../../../electron/main/backup-folder';

function setup(picked: string | null = null) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'backup-folder-'));
  return {
    userDataDir,
    folder: createBackupFolder({ userDataDir, pickFolder: async () => picked }),
  };
}

const bytes = new Uint8Array([1, 2, 3]);
const dayMs = 86_400_000;

describe('backup folder', () => {
  it('writes into userData/backups by default and lists newest first', async () => {
    const { userDataDir, folder } = setup();
    const older = backupFileName(new Date('2026-12-01T01:00:00Z'));
    const newer = backupFileName(new Date('2026-12-02T01:00:00Z'));
    await folder.write({ name: older, data: bytes });
    const result = await folder.write({ name: newer, data: bytes });
    expect(result).toEqual({
      path: join(userDataDir, 'backups', newer),
      fellBack: false,
      deleted: [],
    });
    const list = await folder.list();
    expect(list).toMatchObject({
      folder: join(userDataDir, 'backups'),
      isDefault: true,
      missing: false,
    });
    expect(list.files.map((f) => f.name)).toEqual([newer, older]);
    expect(list.files[0]).toMatchObject({ bytes: 3, createdAt: '2026-12-02T01:00:00.000Z' });
    // No temp file left behind.
    expect(readdirSync(join(userDataDir, 'backups')).sort()).toEqual([newer, older].sort());
  });

  it('rotates after writing: 30 daily backups leave 7 days plus the older weeks and months', async () => {
    const { userDataDir, folder } = setup();
    const start = new Date('2026-11-01T01:00:00Z').getTime();
    let last = { deleted: [] as string[] };
    for (let i = 0; i < 30; i++) {
      last = await folder.write({ name: backupFileName(new Date(start + i * dayMs)), data: bytes });
    }
    const left = readdirSync(join(userDataDir, 'backups'));
    expect(left.length).toBeLessThan(30);
    expect(left.length).toBeGreaterThanOrEqual(7);
    expect(left).toContain(backupFileName(new Date(start + 29 * dayMs)));
    expect(last.deleted.length).toBeGreaterThan(0);
  });

  it('uses the chosen folder, and the default one when it has gone (says so)', async () => {
    const usb = mkdtempSync(join(tmpdir(), 'usb-'));
    const { userDataDir, folder } = setup(usb);
    expect(await folder.chooseFolder()).toMatchObject({ folder: usb, isDefault: false });
    const name = backupFileName(new Date('2026-12-02T01:00:00Z'));
    await folder.write({ name, data: bytes });
    expect(existsSync(join(usb, name))).toBe(true);
    rmSync(usb, { recursive: true });
    expect(await folder.list()).toMatchObject({ isDefault: true, missing: true });
    const result = await folder.write({ name, data: bytes });
    expect(result).toMatchObject({ path: join(userDataDir, 'backups', name), fellBack: true });
  });

  it('reads only backups listed in its folder', async () => {
    const { userDataDir, folder } = setup();
    const name = backupFileName(new Date('2026-12-02T01:00:00Z'));
    await folder.write({ name, data: bytes });
    expect((await folder.read({ name })).data).toEqual(bytes);
    mkdirSync(join(userDataDir, 'elsewhere'));
    writeFileSync(join(userDataDir, 'elsewhere', 'secret.age'), 'x');
    await expect(folder.read({ name: '../elsewhere/secret.age' })).rejects.toThrow(/no backup/);
  });
});
