// Runs under plain Node inside session.sh: the real scheduler (node-schedule) with the
// node-notifier adapter (notify-send → D-Bus). Schedules one item a moment ahead, waits for
// it to fire and for notify-send to return, then exits. Title and body come from argv.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodeNotifier from 'node-notifier';
import { scheduleJob } from 'node-schedule';
import { createNodeNotifierAdapter } from '../../../electron/notifications/node-notifier-adapter';
import type { NodeNotifierLike } from '../../../electron/notifications/node-notifier-adapter';
import { createNotifiedStore } from '../../../electron/scheduler/notified-store';
import { createPlanStore } from '../../../electron/scheduler/plan-store';
import { createReminderScheduler } from '../../../electron/scheduler/scheduler';

const [title = '续保提醒', body = ''] = process.argv.slice(2);
const dir = await mkdtemp(join(tmpdir(), 'os-notification-'));

let finish: (error: Error | null) => void = () => undefined;
const delivered = new Promise<Error | null>((resolve) => (finish = resolve));
const real = nodeNotifier as unknown as NodeNotifierLike;
const notifier: NodeNotifierLike = {
  notify: (options, callback) =>
    real.notify(options, (error, response) => {
      callback?.(error, response);
      finish(error);
    }),
};

const scheduler = createReminderScheduler({
  scheduleJob: (date, callback) => scheduleJob(date, callback),
  notifier: createNodeNotifierAdapter(notifier, { appName: '续保助手' }),
  notified: createNotifiedStore(dir),
  planStore: createPlanStore(dir),
  onOpen: () => undefined,
});
await scheduler.start();
const at = new Date(Date.now() + 1500).toISOString();
await scheduler.sync({
  generatedAt: new Date().toISOString(),
  dueCount: 1,
  doNotDisturb: false,
  items: [{ id: 'it-1', taskId: 'task-1', kind: 'callback', at, title, body }],
});
const timeout = setTimeout(
  () => finish(new Error('the scheduled item did not fire within 10 s')),
  10_000,
);
const error = await delivered;
clearTimeout(timeout);
scheduler.stop();
if (error) {
  console.error(`emit: ${error.message}`);
  process.exit(1);
}
console.log('emit: notification delivered');
