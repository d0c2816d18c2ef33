// Runs the real-Electron suite (tests/e2e-electron, Playwright's _electron) where the Electron
// binary is installed, and skips with a clear line where it is not. It never calls
// require('electron'): that would try to download the binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  if (!relative && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const binary = join(distDir, relative || 'electron');
  return existsSync(binary) ? binary : null;
}

// npm test's summary (scripts/test-all.mjs) reads this, so a skip is reported as a skip.
function recordOutcome(status, reason) {
  const dir = join(root, 'reports', 'test-steps');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'electron.json'), JSON.stringify({ status, reason }));
}

const binary = electronBinary();
if (!binary) {
  const reason =
    'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD / no download access); ' +
    'run `npx install-electron` where the network allows';
  console.log(`real-Electron suite SKIPPED: ${reason}`);
  recordOutcome('skipped', reason);
  process.exit(0);
}

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', '--silent', 'build']);
const playwright = [
  'npx',
  'playwright',
  'test',
  '-c',
  'playwright.electron.config.ts',
  ...process.argv.slice(2),
];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
const hasXvfbRun = spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
if (needsDisplay && !hasXvfbRun) {
  console.error(
    'real-Electron suite: no DISPLAY and no xvfb-run; run `bash scripts/setup.sh --test` (installs xvfb)',
  );
  process.exit(1);
}
const [command, ...args] = needsDisplay ? ['xvfb-run', '-a', ...playwright] : playwright;
run(command, args, { ...process.env, ELECTRON_PATH: binary });
recordOutcome('passed');
