// A kill in the middle of a backup (issue 11 point 6): a real process writing a large backup
// through main's backup folder is killed with SIGKILL while it writes. The earlier backups are
// byte for byte as they were, whatever the folder lists is a complete backup (never the half
// written one), and the next backup clears what the dead writer left.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../shared/backup/rotation';
import { createBackupFolder } from '../../../electron/main/backup-folder';

const MB = 96;
const child = resolve(__dirname, '../../support/backup-writer-child.ts');
const tsx = resolve(__dirname, '../../../node_modules/.bin/tsx');

describe('a backup killed while it is written', () => {
  it('leaves earlier backups untouched and no half file listed as a backup', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'backup-kill-'));
    const backups = join(userDataDir, 'backups');
    const folder = createBackupFolder({ userDataDir, pickFolder: async () => null });
    const earlier = [1, 2].map((d) => backupFileName(new Date(`2026-06-0${d}T02:00:00Z`)));
    for (const [i, name] of earlier.entries()) {
      await folder.write({ name, data: new Uint8Array(1000).fill(i + 1) });
    }
    const before = earlier.map((n) => readFileSync(join(backups, n)));

    const name = backupFileName(new Date('2026-06-03T02:00:00Z'));
    const proc = spawn(tsx, [child, userDataDir, name, String(MB)], { stdio: 'pipe' });
    // Kill as soon as its temp file shows up in the folder (mid-write), or at the latest when
    // it says it is done (then the rename already happened: the file must be whole).
    const landed = await new Promise<'mid-write' | 'after'>((done) => {
      const timer = setInterval(() => {
        if (readdirSync(backups).some((n) => n.endsWith('.tmp'))) {
          clearInterval(timer);
          proc.kill('SIGKILL');
          done('mid-write');
        }
      }, 1);
      proc.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('written')) {
          clearInterval(timer);
          proc.kill('SIGKILL');
          done('after');
        }
      });
    });
    await new Promise((r) => proc.once('exit', r));
    console.log(`killed ${landed}`);

    expect(earlier.map((n) => readFileSync(join(backups, n)))).toEqual(before);
    for (const file of (await folder.list()).files) {
      const expected = file.name === name ? MB * 1024 * 1024 : 1000;
      expect(statSync(join(backups, file.name)).size, file.name).toBe(expected);
    }
    if (landed === 'mid-write') {
      expect((await folder.list()).files.map((f) => f.name)).toEqual([...earlier].reverse());
    }
    // The next backup (another process: this one) clears the dead writer's temp file.
    await folder.write({
      name: backupFileName(new Date('2026-06-04T02:00:00Z')),
      data: new Uint8Array(10),
    });
    expect(readdirSync(backups).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
