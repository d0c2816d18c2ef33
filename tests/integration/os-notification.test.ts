// A real OS notification on Linux: the scheduler (plain Node, no Electron) fires a planned
// item through the node-notifier adapter; dbus-monitor on the same private session bus must
// see the org.freedesktop.Notifications.Notify call with our title and body, delivered to the
// dunst daemon on a virtual display. Skips, saying why, where those tools are missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tools = ['Xvfb', 'dunst', 'dbus-run-session', 'dbus-monitor', 'dbus-send', 'notify-send'];
const missing =
  process.platform !== 'linux'
    ? ['Linux (this test drives the freedesktop notification bus)']
    : tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const skipReason = missing.length
  ? `OS-notification test SKIPPED: missing ${missing.join(', ')}; run \`bash scripts/setup.sh --test\` (installs xvfb, dunst, dbus, libnotify-bin)`
  : '';
if (skipReason) console.warn(skipReason);

describe('OS notification (Linux, D-Bus)', () => {
  it.skipIf(missing.length > 0)(
    'the scheduler shows a real notification through notify-send',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'os-notify-test-'));
      const monitorLog = join(dir, 'dbus-monitor.log');
      const title = `续保提醒 ${process.pid}`;
      const body = '王先生 苏A·12345 约定 15:00 回电';
      const here = join(__dirname, 'os-notification');
      const result = spawnSync(
        'dbus-run-session',
        [
          '--',
          'bash',
          join(here, 'session.sh'),
          process.execPath,
          '--import',
          'tsx',
          join(here, 'emit.ts'),
          title,
          body,
        ],
        { env: { ...process.env, MONITOR_LOG: monitorLog }, encoding: 'utf8', timeout: 30_000 },
      );
      const log = readFileSync(monitorLog, 'utf8');
      expect(result.stderr + result.stdout).toContain('emit: notification delivered');
      expect(result.status).toBe(0);
      expect(log).toContain('member=Notify');
      expect(log).toContain(`string "${title}"`);
      expect(log).toContain(`string "${body}"`);
      expect(log).toContain('string "续保助手"'); // app name
    },
  );
});
