// Runs the real command (tsx scripts/cli.ts) on generated files and checks the JSON document.
import { execFile } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makePolicies, nextYear } from '../../fixtures/generate-policy-data';
import { listGbkCsv, listWorkbook } from '../../fixtures/generate-lists';

const run = promisify(execFile);
const root = resolve(__dirname, '../../..');

describe('cli import --json', () => {
  it('imports files in order and prints files, policies, renewals and owner changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
    const policies = makePolicies(5);
    const next = nextYear(policies, new Set([policies[2]!.vin]));
    const files = {
      xls: join(dir, '2026.xls'),
      csv: join(dir, '2026.csv'),
      next: join(dir, '2027.xlsx'),
      bad: join(dir, 'notes.xlsx'),
    };
    writeFileSync(files.xls, listWorkbook(policies, { bookType: 'biff8', mixTextDates: true }));
    writeFileSync(files.csv, listGbkCsv(policies));
    writeFileSync(files.next, listWorkbook(next));
    writeFileSync(files.bad, new TextEncoder().encode('%PDF-1.4 not a spreadsheet'));

    const { stdout } = await run(
      process.execPath,
      [
        join(root, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/cli.ts',
        'import',
        files.xls,
        files.csv,
        '--insurer',
        '人保财险',
        files.next,
        files.bad,
        '--json',
      ],
      { cwd: root, maxBuffer: 10 * 1024 * 1024 },
    );
    const doc = JSON.parse(stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([
      '2026.xls',
      '2026.csv',
      '2027.xlsx',
      'notes.xlsx',
    ]);
    const [xls, csv, nextFile, bad] = doc.files;
    expect(xls).toMatchObject({
      sheet: '续保清单',
      headerRow: 4,
      error: null,
      counts: { rows: 10, new: 10, skipped: 0 },
    });
    expect(xls.mapping['保单号码']).toBe('policyNo');
    expect(csv).toMatchObject({
      headerRow: 1,
      insurer: '人保',
      counts: { rows: 10, new: 0, unchanged: 10 },
    });
    expect(nextFile.counts).toMatchObject({ new: 10, renewed: 10, ownerChanged: 1 });
    expect(bad).toMatchObject({ errorCode: 'not_spreadsheet', sheet: null });
    expect(bad.error).toContain('PDF');

    expect(doc.policies).toHaveLength(20);
    const first = doc.policies.find(
      (p: { policyNo: string }) => p.policyNo === policies[0]!.policyNo,
    );
    expect(first).toMatchObject({
      policyNo: policies[0]!.policyNo,
      endDate: policies[0]!.endDate,
      startDate: policies[0]!.startDate,
      premium: 950,
      phones: [policies[0]!.phone],
      status: 'renewed',
    });
    expect(doc.renewals).toContainEqual({
      vin: policies[0]!.vin,
      plate: policies[0]!.plate,
      previousEndDate: policies[0]!.endDate,
      newStartDate: next[0]!.startDate,
    });
    expect(doc.ownerChanges).toEqual([
      {
        vin: policies[2]!.vin,
        plate: policies[2]!.plate,
        from: policies[2]!.insured,
        to: next[2]!.insured,
      },
    ]);
  }, 60_000);

  it('--lang en writes the message fields in English and keeps the codes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-import-en-'));
    const bad = join(dir, 'notes.xlsx');
    writeFileSync(bad, new TextEncoder().encode('%PDF-1.4 not a spreadsheet'));
    const { stdout } = await run(
      process.execPath,
      [
        join(root, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/cli.ts',
        'import',
        bad,
        '--lang',
        'en',
      ],
      { cwd: root },
    );
    const [file] = JSON.parse(stdout).files;
    expect(file).toMatchObject({ file: 'notes.xlsx', errorCode: 'not_spreadsheet' });
    expect(file.error).toContain('This is not a spreadsheet');
  }, 60_000);

  it('fails with a usage message only when it cannot run', async () => {
    const err = await run(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli.ts', 'import', '--bogus'],
      { cwd: root },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain('未知参数');
  }, 60_000);

  it('reports a missing path, a folder and a file over the limit in the JSON (issue 9 §7)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-import-paths-'));
    const huge = join(dir, 'huge.xlsx');
    // Sparse: 3 GiB on paper, nothing on disk; it must be refused before it is read.
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3);
    const { stdout } = await run(
      process.execPath,
      [
        join(root, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/cli.ts',
        'import',
        join(dir, 'missing.xlsx'),
        dir,
        huge,
        '--json',
      ],
      { cwd: root },
    );
    const doc = JSON.parse(stdout);
    expect(doc.files.map((f: { errorCode: string }) => f.errorCode)).toEqual([
      'not_found',
      'not_a_file',
      'too_big',
    ]);
    expect(doc.files[0].error).toContain('找不到文件');
    expect(doc.files[2].error).toContain('3072.0 MB');
    expect(doc.policies).toEqual([]);
  }, 60_000);
});
