// Runs the real bundle (dist/electron/main.cjs, as packaged) under Node with a recording
// stand-in for the 'electron' module: proves index.ts wires the tested modules together.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invokeChannelNames } from '../../../shared/ipc/channel-names';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

const root = join(__dirname, '../../..');

function runMain(env: Record<string, string> = {}) {
  const userData = mkdtempSync(join(tmpdir(), 'wiring-'));
  const result = spawnSync(
    process.execPath,
    [
      '--require',
      join(__dirname, 'fixtures/electron-stub.cjs'),
      join(root, 'dist/electron/main.cjs'),
    ],
    {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, RENEWAL_DESK_USER_DATA_DIR: userData, ...env },
    },
  );
  const line = result.stdout.split('\n').find((l) => l.startsWith('STUB-REPORT '));
  if (!line) throw new Error(`no report from main.cjs:\n${result.stdout}\n${result.stderr}`);
  return { userData, report: JSON.parse(line.slice('STUB-REPORT '.length)) };
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build-electron.mjs')], { cwd: root });
}, 60_000);

describe('main.cjs wiring (Electron stubbed)', () => {
  it('registers app://, the permission handlers, the contract channels, the tray and a secure window', () => {
    const { report, userData } = runMain();
    expect(report.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect([...report.ipcChannels].sort()).toEqual(Object.values(invokeChannelNames).sort());
    expect(report.calls).toEqual(
      expect.arrayContaining([
        ['setPermissionRequestHandler'],
        ['setPermissionCheckHandler'],
        ['powerMonitor.on', 'resume'],
      ]),
    );
    expect(report.trays).toBe(1);
    expect(report.tooltip).toMatch(/^续保助手/);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0].url).toBe('app://renderer/index.html');
    expect(report.windows[0].options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(root, 'dist/electron/preload.cjs'),
    });
    expect(report.protocol.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(report.appInfo).toMatchObject({ host: 'electron', dataLocation: userData });
    expect(report.foreign).toMatch(/origin is not the app/);
  });

  it('a packaged build: no menu bar (Linux), no DevTools, shortcuts swallowed, opened DevTools closed', () => {
    const { report } = runMain({ STUB_PACKAGED: 'true' });
    expect(report.menu).toBeNull();
    expect(report.windows[0].options.webPreferences.devTools).toBe(false);
    expect(report.devTools).toEqual({ f12Prevented: true, closed: 1 });
  });

  it('development keeps DevTools: a develop menu, and F12 is left alone', () => {
    const { report } = runMain();
    expect(report.menu).toEqual([
      expect.objectContaining({
        submenu: expect.arrayContaining([expect.objectContaining({ role: 'toggleDevTools' })]),
      }),
    ]);
    expect(report.windows[0].options.webPreferences.devTools).toBe(true);
    expect(report.devTools).toEqual({ f12Prevented: false, closed: 0 });
  });

  it('the permission handlers are given the app origin: a foreign page is denied', () => {
    const { report } = runMain({ STUB_PACKAGED: 'true' });
    expect(report.permissions).toEqual({
      appRequest: true,
      foreignRequest: false,
      appCheck: true,
      foreignCheck: false,
    });
  });

  it('powerMonitor lock-screen and suspend lock the window; a second instance then focuses it and sends nothing else', () => {
    const { report } = runMain({ STUB_PACKAGED: 'true' });
    expect(report.calls).toEqual(
      expect.arrayContaining([
        ['powerMonitor.on', 'lock-screen'],
        ['powerMonitor.on', 'suspend'],
      ]),
    );
    expect(report.lockedSecondInstance).toEqual({
      sent: [
        ['session:lock', { reason: 'os-lock' }],
        ['session:lock', { reason: 'sleep' }],
      ],
      shown: 1,
      focused: 1,
    });
  });

  it('the audit head goes to a file in userData and comes back; a malformed head is refused', () => {
    const { report, userData } = runMain();
    const head = { seq: 3, hash: 'c'.repeat(64) };
    expect(report.auditHead.append).toEqual({ outcome: 'stored', head });
    expect(report.auditHead.read).toEqual({ status: 'ok', head });
    expect(report.auditHead.refused).toMatch(/audit:append-head refused: invalid payload/);
    expect(JSON.parse(readFileSync(join(userData, 'audit-head.json'), 'utf8')).head).toEqual(head);
  });

  it('a second instance quits without creating a window', () => {
    const { report } = runMain({ STUB_LOCK: 'false' });
    expect(report.quit).toBe(true);
    expect(report.windows).toHaveLength(0);
    expect(report.ipcChannels).toHaveLength(0);
  });
});
