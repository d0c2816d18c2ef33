import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function electronPath(): string {
  const path = process.env.ELECTRON_PATH;
  if (!path)
    throw new Error('ELECTRON_PATH is not set: run this suite through `npm run test:electron`');
  return path;
}

/** Chromium refuses to run as root with its OS sandbox; the page sandbox option is unaffected. */
const rootArgs = () => (process.getuid?.() === 0 ? ['--no-sandbox'] : []);

export const newUserDataDir = () => mkdtempSync(join(tmpdir(), 'renewal-desk-e2e-'));

export function appEnv(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.RENDERER_URL; // always the built app over app://
  return { ...env, RENEWAL_DESK_USER_DATA_DIR: userDataDir };
}

export function launchApp(userDataDir = newUserDataDir()): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: electronPath(),
    args: [...rootArgs(), repoRoot],
    env: appEnv(userDataDir),
  });
}

/** Starts another process of the app (not through Playwright) and resolves with its exit code. */
export function launchSecondInstance(userDataDir: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(electronPath(), [...rootArgs(), repoRoot], {
      env: appEnv(userDataDir),
      stdio: 'ignore',
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the second instance did not exit within 15 s'));
    }, 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
