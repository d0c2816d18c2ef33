// The audit chain's head in main's file under userData: append, read back, refuse to go
// backwards or to rewrite, and a damaged or hand-edited file reported as corrupt (never a crash,
// never silently replaced).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_HEAD_FILE_NAME,
  createAuditHeadStore,
} from '../../../electron/main/audit-head-store';
import { tempDir } from './scheduler-harness';

const head = (seq: number, digit = 'a') => ({ seq, hash: digit.repeat(64) });
const at = () => new Date('2026-12-02T08:00:00.000Z');

async function setup() {
  const dir = await tempDir();
  const warnings: string[] = [];
  const store = createAuditHeadStore(dir, { warn: (m) => warnings.push(m), now: at });
  const file = join(dir, AUDIT_HEAD_FILE_NAME);
  return { dir, file, store, warnings };
}

describe('audit head file (main)', () => {
  it('has no head before the first append, then keeps the latest one across instances', async () => {
    const { dir, file, store } = await setup();
    expect(await store.read()).toEqual({ status: 'none' });
    expect(await store.append(head(1))).toEqual({ outcome: 'stored', head: head(1) });
    expect(await store.append(head(2, 'b'))).toEqual({ outcome: 'stored', head: head(2, 'b') });
    expect(await store.read()).toEqual({ status: 'ok', head: head(2, 'b') });
    // A restart reads what was written; the file is what a person would expect to find.
    expect(await createAuditHeadStore(dir).read()).toEqual({ status: 'ok', head: head(2, 'b') });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      head: head(2, 'b'),
      writtenAt: '2026-12-02T08:00:00.000Z',
    });
    expect(await readdir(dir)).toEqual([AUDIT_HEAD_FILE_NAME]); // no temp file left behind
  });

  it('keeps the stored head when an older one arrives (late, or a chain cut short)', async () => {
    const { store } = await setup();
    await store.append(head(5, 'e'));
    expect(await store.append(head(3, 'c'))).toEqual({ outcome: 'behind', head: head(5, 'e') });
    expect(await store.read()).toEqual({ status: 'ok', head: head(5, 'e') });
  });

  it('the same head again changes nothing; another hash at the same place is a conflict', async () => {
    const { file, store } = await setup();
    await store.append(head(4, 'd'));
    const before = await readFile(file, 'utf8');
    expect(await store.append(head(4, 'd'))).toEqual({ outcome: 'unchanged', head: head(4, 'd') });
    expect(await store.append(head(4, 'f'))).toEqual({ outcome: 'conflict', head: head(4, 'd') });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('appends that overlap are taken one at a time (the highest head wins)', async () => {
    const { store } = await setup();
    const results = await Promise.all([3, 1, 4, 2].map((seq) => store.append(head(seq))));
    expect(results.map((r) => r.outcome)).toEqual(['stored', 'behind', 'stored', 'behind']);
    expect(await store.read()).toEqual({ status: 'ok', head: head(4) });
  });

  it.each([
    ['torn JSON', '{"version":1,"head":{"seq":'],
    ['not JSON at all', 'seq=9'],
    ['a hand-lowered seq', JSON.stringify({ version: 1, head: { seq: 0, hash: 'a'.repeat(64) } })],
    [
      'a hash that is not hex',
      JSON.stringify({
        version: 1,
        head: { seq: 9, hash: 'z'.repeat(64) },
        writtenAt: '2026-12-02T08:00:00.000Z',
      }),
    ],
    ['another format', JSON.stringify({ version: 2, head: head(9) })],
    ['an empty file', ''],
  ])('a file with %s is reported as corrupt, not a crash, and kept', async (_name, content) => {
    const { file, store, warnings } = await setup();
    await writeFile(file, content);
    expect(await store.read()).toEqual({ status: 'corrupt' });
    expect(warnings).toHaveLength(1);
    // An append does not paper over it: the owner is to see the warning first.
    expect(await store.append(head(10))).toEqual({ outcome: 'corrupt' });
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('a head it cannot read at all (here a folder in its place) is reported as corrupt', async () => {
    // A folder rather than chmod 000: root (CI) reads an unreadable file anyway.
    const { file, store, warnings } = await setup();
    await mkdir(file);
    expect(await store.read()).toEqual({ status: 'corrupt' });
    expect(warnings[0]).toMatch(/cannot be read/);
    expect(await store.append(head(1))).toEqual({ outcome: 'corrupt' });
  });

  it('replace sets the kept file aside (never deletes it) and starts from the given head', async () => {
    const { dir, file, store } = await setup();
    await writeFile(file, 'edited by hand');
    expect(await store.replace(head(2, 'b'))).toEqual({ status: 'ok', head: head(2, 'b') });
    expect(await store.read()).toEqual({ status: 'ok', head: head(2, 'b') });
    expect(await store.append(head(3))).toEqual({ outcome: 'stored', head: head(3) });
    const aside = (await readdir(dir)).filter((name) => name !== AUDIT_HEAD_FILE_NAME);
    expect(aside).toEqual(['audit-head.replaced-2026-12-02T08-00-00-000Z.json']);
    expect(await readFile(join(dir, aside[0] ?? ''), 'utf8')).toBe('edited by hand');
  });

  it('replace with no head leaves none (an empty chain), and works without a file', async () => {
    const { dir, store } = await setup();
    expect(await store.replace(null)).toEqual({ status: 'none' });
    await store.append(head(9));
    expect(await store.replace(null)).toEqual({ status: 'none' });
    expect(await store.read()).toEqual({ status: 'none' });
    expect(await store.append(head(1))).toEqual({ outcome: 'stored', head: head(1) });
    expect((await readdir(dir)).sort()).toEqual([
      AUDIT_HEAD_FILE_NAME,
      'audit-head.replaced-2026-12-02T08-00-00-000Z.json',
    ]);
  });

  it('replace refuses, keeping the head, when the old file cannot be set aside', async () => {
    const { dir, store } = await setup();
    await store.append(head(6));
    // Something already sits where the old file would go: the rename fails (not "missing").
    const aside = join(dir, 'audit-head.replaced-2026-12-02T08-00-00-000Z.json');
    await mkdir(aside);
    await writeFile(join(aside, 'x'), 'x');
    await expect(store.replace(head(1))).rejects.toThrow();
    expect(await store.read()).toEqual({ status: 'ok', head: head(6) });
  });
});
