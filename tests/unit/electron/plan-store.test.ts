import { spawn } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/scheduler/atomic-file';
import { createNotifiedStore } from '../../../electron/scheduler/notified-store';
import { PLAN_FILE_NAME, createPlanStore } from '../../../electron/scheduler/plan-store';
import { plan, item, tempDir } from './scheduler-harness';

describe('plan store', () => {
  it('writes and reads back a validated plan', async () => {
    const store = createPlanStore(await tempDir());
    expect(await store.read()).toBeNull();
    const saved = plan([item('a', '09:00')]);
    await store.write(saved);
    expect(await store.read()).toEqual(saved);
  });

  it('refuses to save an invalid plan and keeps the old one', async () => {
    const store = createPlanStore(await tempDir());
    const saved = plan([item('a', '09:00')]);
    await store.write(saved);
    await expect(store.write({ ...saved, dueCount: -3 })).rejects.toThrow();
    expect(await store.read()).toEqual(saved);
  });

  it('ignores a temp file left behind by a crash before the rename', async () => {
    const dir = await tempDir();
    const store = createPlanStore(dir);
    const saved = plan([item('a', '09:00')]);
    await store.write(saved);
    await writeFile(join(dir, `.${PLAN_FILE_NAME}.999.1.tmp`), '{"generatedAt":"2025-03-0'); // torn
    expect(await store.read()).toEqual(saved);
    await store.write(plan([item('b', '10:00')])); // a later save is unaffected by the leftover
    expect((await store.read())?.items[0]?.id).toBe('b');
  });

  it('reads a damaged or foreign file as "no plan" instead of failing', async () => {
    const dir = await tempDir();
    const warnings: string[] = [];
    const store = createPlanStore(dir, (m) => warnings.push(m));
    await writeFile(join(dir, PLAN_FILE_NAME), '{"items": [');
    expect(await store.read()).toBeNull();
    await writeFile(join(dir, PLAN_FILE_NAME), JSON.stringify({ items: 'nope' }));
    expect(await store.read()).toBeNull();
    // Both are reported: a torn file is as much a reason to look as a foreign one.
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/cannot be read/);
    expect(warnings[1]).toMatch(/not valid/);
  });

  it('a missing file is simply "no plan yet", without a warning', async () => {
    const warnings: string[] = [];
    expect(await createPlanStore(await tempDir(), (m) => warnings.push(m)).read()).toBeNull();
    expect(warnings).toEqual([]);
  });

  it.each([
    ['a time typed as words', { at: '明天上午9点' }],
    ['an unknown kind', { kind: 'sms-blast' }],
    ['a title grown past the wire limit', { title: '张三 沪A12345 '.repeat(40) }],
    ['a task id removed', { taskId: undefined }],
  ])('a plan edited by hand with %s is ignored with a warning', async (_name, edit) => {
    const dir = await tempDir();
    const warnings: string[] = [];
    const store = createPlanStore(dir, (m) => warnings.push(m));
    await store.write(plan([item('a', '09:00'), item('b', '10:00')]));
    const onDisk = JSON.parse(await readFile(join(dir, PLAN_FILE_NAME), 'utf8'));
    onDisk.items[1] = { ...onDisk.items[1], ...edit };
    await writeFile(join(dir, PLAN_FILE_NAME), JSON.stringify(onDisk, null, 2));
    expect(await store.read()).toBeNull(); // the whole file, not only the edited item
    expect(warnings).toEqual([expect.stringMatching(/reminder plan .* is not valid; ignoring it/)]);
  });

  it('survives a process killed (SIGKILL) in the middle of saving: old or new plan, never torn', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = await tempDir();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'fixtures/plan-writer.ts'), dir],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
      });
      await new Promise((resolve) => setTimeout(resolve, 50 + round * 70));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
      const read = await createPlanStore(dir).read();
      expect(read).not.toBeNull();
      expect(read?.items).toHaveLength(5000);
      expect(['A-0', 'B-0']).toContain(read?.items[0]?.id);
      // Whatever leftovers the kill produced are temp files, never the plan itself.
      const names = await readdir(dir);
      expect(names.filter((n) => !n.endsWith('.tmp'))).toEqual([PLAN_FILE_NAME]);
    }
  }, 30_000);

  it('writeFileAtomic replaces the whole file', async () => {
    const file = join(await tempDir(), 'x.json');
    await writeFileAtomic(file, 'long old content');
    await writeFileAtomic(file, 'new');
    expect(await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8'))).toBe('new');
  });
});

describe('notified store', () => {
  it('persists ids across instances and forgets only old ids no longer planned', async () => {
    const dir = await tempDir();
    const day = 24 * 60 * 60 * 1000;
    const t0 = new Date('2025-03-03T09:00:00+08:00');
    const first = createNotifiedStore(dir);
    await first.load();
    await first.markMany(['a', 'b'], t0);
    const second = createNotifiedStore(dir);
    await second.load();
    expect(second.has('a') && second.has('b')).toBe(true);
    await second.prune(new Set(['a']), new Date(t0.getTime() + 10 * day));
    expect(second.size()).toBe(2); // too recent to forget
    await second.prune(new Set(['a']), new Date(t0.getTime() + 60 * day));
    const third = createNotifiedStore(dir);
    await third.load();
    expect([third.has('a'), third.has('b')]).toEqual([true, false]);
  });
});
