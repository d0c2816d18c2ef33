// A reminder is shown, then recorded: a process killed between the two steps shows it again
// at the next start (twice at most) but never loses it. Real processes, real files, SIGKILL.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanStore } from '../../../electron/scheduler/plan-store';
import { plan, tempDir } from './scheduler-harness';

type KillPoint = 'after-show' | 'after-record' | 'none';
type Mode = 'start' | 'sync';

const child = join(__dirname, 'fixtures/scheduler-crash-child.ts');

/**
 * Runs the scheduler in a child process. With a kill point, waits until the child has frozen
 * right after that step and SIGKILLs it; without one, waits for it to finish.
 */
async function runScheduler(dir: string, killPoint: KillPoint, mode: Mode): Promise<string> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dir, killPoint, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const closed = new Promise<void>((resolve) => proc.once('close', () => resolve()));
  const step = await new Promise<string>((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /^(SHOWN|RECORDED|DONE)$/m.exec(out);
      if (line?.[1]) resolve(line[1]);
    });
    proc.once('exit', (code) =>
      reject(new Error(`scheduler child exited (${code}) without a step:\n${out}\n${err}`)),
    );
  });
  if (step !== 'DONE') proc.kill('SIGKILL');
  await closed;
  return step;
}

async function shownCount(dir: string): Promise<number> {
  const log = await readFile(join(dir, 'shown.log'), 'utf8').catch(() => '');
  return log.split('\n').filter(Boolean).length;
}

/** A plan on disk whose one call-back fell due a minute ago and was never notified. */
async function missedPlan(dir: string) {
  const at = new Date(Date.now() - 60_000).toISOString();
  await createPlanStore(dir).write(
    plan(
      [{ id: 'cb-1', taskId: 't-1', kind: 'callback', at, title: '约定回电时间到了', body: 'x' }],
      {
        generatedAt: new Date().toISOString(),
      },
    ),
  );
}

async function scenario(mode: Mode, killPoint: Exclude<KillPoint, 'none'>) {
  const dir = await tempDir();
  if (mode === 'start') await missedPlan(dir);
  const step = await runScheduler(dir, killPoint, mode);
  expect(step).toBe(killPoint === 'after-show' ? 'SHOWN' : 'RECORDED');
  const beforeRestart = await shownCount(dir);
  expect(await runScheduler(dir, 'none', 'start')).toBe('DONE'); // the next start
  return { beforeRestart, total: await shownCount(dir) };
}

describe.each<Mode>(['start', 'sync'])('killed between show and record (%s)', (mode) => {
  it('killed after showing, before recording: shown again at the next start, never lost', async () => {
    const { beforeRestart, total } = await scenario(mode, 'after-show');
    expect(beforeRestart).toBe(1);
    expect(total).toBe(2);
  }, 30_000);

  it('killed right after recording: it was already shown, and is not shown again', async () => {
    const { beforeRestart, total } = await scenario(mode, 'after-record');
    expect(beforeRestart).toBe(1); // recorded ⇒ already shown: nothing can be lost
    expect(total).toBe(1);
  }, 30_000);
});
