import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PLAN_FILE_NAME } from '../../../electron/scheduler/plan-store';
import { boot, cst, item, plan, tempDir } from './scheduler-harness';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  vi.setSystemTime(new Date(cst('08:00')));
});
afterEach(() => {
  vi.useRealTimers();
});

const MIN = 60_000;
/** Lets the clock run (timers fire) and waits for the scheduler's queued work. */
async function run(app: ReturnType<typeof boot>, ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await app.scheduler.idle();
}
/** The machine sleeps: wall-clock time passes, timers do not run (as on Linux suspend). */
function sleepUntil(hhmm: string) {
  vi.setSystemTime(new Date(cst(hhmm)));
}

const dayPlan = () => plan([item('a', '09:00'), item('b', '10:00'), item('c', '11:00')]);

describe('reminder scheduler', () => {
  it('notifies each item at its time, once, and opens its task on click', async () => {
    const app = boot(await tempDir());
    await app.scheduler.start();
    await app.scheduler.sync(dayPlan());
    expect(app.scheduler.scheduledCount()).toBe(3);
    await run(app, 60 * MIN - 1);
    expect(app.shown).toHaveLength(0);
    await run(app, 1);
    expect(app.titles()).toEqual(['回电 a']);
    await run(app, 3 * 60 * MIN);
    expect(app.titles()).toEqual(['回电 a', '回电 b', '回电 c']);
    app.shown[1]?.onClick?.();
    expect(app.opened).toEqual(['task-b']);
  });

  it('re-syncing the same or a changed plan never duplicates a job or a notification', async () => {
    const app = boot(await tempDir());
    await app.scheduler.start();
    for (let i = 0; i < 5; i++) await app.scheduler.sync(dayPlan());
    expect(app.scheduler.scheduledCount()).toBe(3);
    await run(app, 61 * MIN); // a fired
    await app.scheduler.sync(dayPlan());
    await app.scheduler.sync(plan([item('a', '09:00'), item('b', '10:30'), item('d', '12:00')])); // b moved, c dropped
    expect(app.scheduler.scheduledCount()).toBe(2);
    await run(app, 5 * 60 * MIN);
    expect(app.titles()).toEqual(['回电 a', '回电 b', '回电 d']);
  });

  it('fires the morning digest at the set time', async () => {
    const app = boot(await tempDir());
    await app.scheduler.start();
    const digest = item('digest-2025-03-03', '08:30', {
      kind: 'digest',
      taskId: null,
      title: '今天有 12 个续保电话，其中 3 个紧急',
    });
    await app.scheduler.sync(plan([digest]));
    await run(app, 30 * MIN - 1000);
    expect(app.shown).toHaveLength(0);
    await run(app, 1000);
    expect(app.titles()).toEqual(['今天有 12 个续保电话，其中 3 个紧急']);
    expect(Date.now()).toBe(Date.parse(cst('08:30')));
    app.shown[0]?.onClick?.();
    expect(app.opened).toEqual([null]);
  });

  it('after sleep: one summary for what fell due meanwhile, nothing missed, nothing twice', async () => {
    const app = boot(await tempDir());
    await app.scheduler.start();
    await app.scheduler.sync(plan([...dayPlan().items, item('d', '13:00')]));
    await run(app, 61 * MIN); // 09:01, a shown
    sleepUntil('12:30'); // b and c fell due while asleep; their timers did not run
    await app.scheduler.resume();
    expect(app.titles()).toEqual(['回电 a', '电脑关机/睡眠期间有 2 个提醒到期']);
    expect(app.shown[1]?.body).toBe('回电 b；回电 c');
    // Re-armed from the wall clock: d at 13:00 sharp, although the timer pending before the
    // sleep (b's, 59 min left) would only run at 13:29.
    await run(app, 30 * MIN);
    expect(app.titles()).toEqual(['回电 a', '电脑关机/睡眠期间有 2 个提醒到期', '回电 d']);
    // The timers armed before the sleep must not fire late on top of the summary.
    await run(app, 3 * 60 * MIN);
    expect(app.titles()).toEqual(['回电 a', '电脑关机/睡眠期间有 2 个提醒到期', '回电 d']);
    await app.scheduler.resume(); // a second resume event changes nothing
    expect(app.shown).toHaveLength(3);
  });

  it('writes the catch-up summary in the language the plan carries', async () => {
    const app = boot(await tempDir());
    await app.scheduler.start();
    const items = [item('a', '10:00'), item('b', '11:00'), item('c', '11:30'), item('d', '11:45')];
    await app.scheduler.sync(plan(items, { lang: 'en' }));
    sleepUntil('12:30');
    await app.scheduler.resume();
    expect(app.titles()).toEqual(['4 reminders fell due while the computer was off or asleep']);
    expect(app.shown[0]?.body).toBe('回电 a; 回电 b; 回电 c, and 1 more');
  });

  it('after a restart: catches up once on start, then keeps the schedule', async () => {
    const dir = await tempDir();
    const first = boot(dir);
    await first.scheduler.start();
    await first.scheduler.sync(plan([...dayPlan().items, item('d', '13:00')]));
    await run(first, 61 * MIN); // a shown at 09:00
    first.scheduler.stop(); // quit
    sleepUntil('11:30'); // computer off

    const second = boot(dir);
    await second.scheduler.start();
    expect(second.titles()).toEqual(['电脑关机/睡眠期间有 2 个提醒到期']);
    await run(second, 2 * 60 * MIN);
    expect(second.titles()).toEqual(['电脑关机/睡眠期间有 2 个提醒到期', '回电 d']);
    second.scheduler.stop();

    const third = boot(dir); // restart again: everything already notified
    await third.scheduler.start();
    await third.scheduler.sync(plan([...dayPlan().items, item('d', '13:00')]));
    await run(third, 60 * MIN);
    expect(third.shown).toHaveLength(0);
    expect(first.shown).toHaveLength(1);
  });

  it('a summary about a single task opens that task', async () => {
    const dir = await tempDir();
    const first = boot(dir);
    await first.scheduler.start();
    await first.scheduler.sync(plan([item('a', '09:00')]));
    first.scheduler.stop();
    sleepUntil('10:00');
    const second = boot(dir);
    await second.scheduler.start();
    second.shown[0]?.onClick?.();
    expect(second.opened).toEqual(['task-a']);
  });

  it('items that arrive already in the past are recorded, not shown; known ones missed are caught up', async () => {
    const app = boot(await tempDir());
    await app.scheduler.start();
    await app.scheduler.sync(plan([item('a', '09:00')]));
    sleepUntil('10:00'); // a's timer never ran (sleep not reported yet)
    await app.scheduler.sync(
      plan([item('a', '09:00'), item('late', '09:30'), item('next', '11:00')]),
    );
    expect(app.titles()).toEqual(['电脑关机/睡眠期间有 1 个提醒到期']);
    await run(app, 2 * 60 * MIN);
    expect(app.titles()).toEqual(['电脑关机/睡眠期间有 1 个提醒到期', '回电 next']);
  });

  it('respects do-not-disturb: nothing shown while on, and nothing replayed when it is turned off', async () => {
    const app = boot(await tempDir());
    await app.scheduler.start();
    await app.scheduler.sync(plan(dayPlan().items, { doNotDisturb: true }));
    await run(app, 90 * MIN); // a (09:00) falls due during DND
    sleepUntil('10:30');
    await app.scheduler.resume(); // b missed during DND: no summary either
    expect(app.shown).toHaveLength(0);
    await app.scheduler.sync(plan(dayPlan().items, { doNotDisturb: false }));
    expect(app.shown).toHaveLength(0);
    await run(app, 60 * MIN);
    expect(app.titles()).toEqual(['回电 c']);
  });

  it('keeps working from the saved plan when the renderer has not synced yet', async () => {
    const dir = await tempDir();
    const first = boot(dir);
    await first.scheduler.start();
    await first.scheduler.sync(dayPlan());
    first.scheduler.stop();
    const second = boot(dir); // restarted at 08:00, window not loaded
    await second.scheduler.start();
    expect(second.scheduler.currentPlan()?.items).toHaveLength(3);
    await run(second, 61 * MIN);
    expect(second.titles()).toEqual(['回电 a']);
  });

  it('ignores a plan file edited by hand at start: nothing scheduled until the next sync', async () => {
    const dir = await tempDir();
    const first = boot(dir);
    await first.scheduler.start();
    await first.scheduler.sync(dayPlan());
    first.scheduler.stop();
    const file = join(dir, PLAN_FILE_NAME);
    const edited = JSON.parse(await readFile(file, 'utf8'));
    edited.items.push({ ...edited.items[0], id: 'x', at: '每天 08:01' }); // "every day"
    await writeFile(file, JSON.stringify(edited));
    const second = boot(dir);
    await second.scheduler.start();
    expect(second.scheduler.currentPlan()).toBeNull();
    expect(second.warnings).toEqual([expect.stringMatching(/not valid; ignoring it/)]);
    expect(second.scheduler.scheduledCount()).toBe(0);
    await run(second, 61 * MIN);
    expect(second.shown).toHaveLength(0);
    await second.scheduler.sync(plan([item('d', '09:30')])); // the window's next sync
    await run(second, 30 * MIN);
    expect(second.titles()).toEqual(['回电 d']);
  });

  it('refuses an invalid plan and keeps the previous one', async () => {
    const app = boot(await tempDir());
    await app.scheduler.start();
    await app.scheduler.sync(dayPlan());
    const bad = { ...dayPlan(), items: [{ ...item('x', '09:30'), at: 'tomorrow' }] };
    await expect(app.scheduler.sync(bad)).rejects.toThrow();
    expect(app.scheduler.scheduledCount()).toBe(3);
    await run(app, 61 * MIN);
    expect(app.titles()).toEqual(['回电 a']);
  });
});
