import { defineConfig } from '@playwright/test';

// The real-Electron suite: the shell and its security, one app instance at a time.
// Run through `npm run test:electron` (scripts/run-electron-tests.mjs), which builds first,
// passes the binary as ELECTRON_PATH and skips where Electron is not installed.
export default defineConfig({
  testDir: 'tests/e2e-electron',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
});
