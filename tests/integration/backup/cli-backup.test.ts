// The headless backup and restore (issue 11 point 7), run as a user would: `cli import ...
// --backup --recipient` writes a backup the standard way, `cli restore --identity` reads it
// back, and a truncated or altered file is a named error or chainOk: false, with exit 0.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBackupKeys, keyFileText } from '../../../shared/backup';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { listWorkbook } from '../../fixtures/generate-lists';

const run = promisify(execFile);
const root = resolve(__dirname, '../../..');

async function cli(...args: string[]) {
  const { stdout } = await run(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli.ts', ...args],
    { cwd: root, maxBuffer: 10 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Record<string, unknown>;
}

interface Restored {
  tables: Record<string, number>;
  audit: { events: number; chainOk: boolean; firstBreak: unknown };
  errors: { code: string; message: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'cli-backup-'));
const backupFile = join(dir, 'out.age');
const keyFile = join(dir, 'key.txt');
let imported: Record<string, unknown>;

beforeAll(async () => {
  const keys = await generateBackupKeys();
  writeFileSync(keyFile, await keyFileText(keys.identity, 'test'));
  const list = join(dir, '2026.xlsx');
  writeFileSync(list, listWorkbook(makePolicies(8)));
  imported = await cli(
    'import',
    list,
    '--insurer',
    '人保财险',
    '--backup',
    backupFile,
    '--recipient',
    keys.recipient,
    '--json',
  );
}, 60_000);

describe('cli import --backup and cli restore', () => {
  it('adds the backup to the import document and restores the same counts', async () => {
    const backup = imported.backup as {
      file: string;
      bytes: number;
      tables: Record<string, number>;
      auditHead: { seq: number; hash: string } | null;
    };
    expect(backup.file).toBe(backupFile);
    expect(backup.bytes).toBe(readFileSync(backupFile).length);
    expect(backup.tables.policies).toBe((imported.policies as unknown[]).length);
    expect(backup.auditHead?.seq).toBeGreaterThan(0);

    const restored = (await cli(
      'restore',
      backupFile,
      '--identity',
      keyFile,
      '--json',
    )) as unknown as Restored;
    expect(restored.errors).toEqual([]);
    expect(restored.tables).toEqual(backup.tables);
    expect(restored.audit).toEqual({
      events: backup.tables.auditEvents,
      chainOk: true,
      firstBreak: null,
    });
  }, 60_000);

  it('reports a truncated backup as a named error, exit 0', async () => {
    const cut = join(dir, 'cut.age');
    const bytes = readFileSync(backupFile);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const restored = (await cli(
      'restore',
      cut,
      '--identity',
      keyFile,
      '--json',
    )) as unknown as Restored;
    expect(restored.errors.map((e) => e.code)).toEqual(['damaged']);
    expect(restored.errors[0]?.message).toContain('损坏');
    expect(restored.audit.chainOk).toBe(false);
  }, 60_000);

  it('reports a missing file as a named error, exit 0', async () => {
    const restored = (await cli(
      'restore',
      join(dir, 'nope.age'),
      '--identity',
      keyFile,
      '--json',
    )) as unknown as Restored;
    expect(restored.errors.map((e) => e.code)).toEqual(['not_found']);
  }, 60_000);
});
