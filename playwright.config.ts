import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

// Browser E2E tests run the web build (same renderer, web host) in Debian's Chromium:
// Playwright cannot download its own browsers on these machines.
// E2E_PORT lets two checkouts (git worktrees) run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const E2E_OUT_DIR = '.e2e-web';

export default defineConfig({
  testDir: 'tests/e2e',
  // Every spec now sets up the owner or signs in first (issue 10): a minute was too tight for
  // the longer flows on the shared, loaded test machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The digest repeats each failure in one line under npm test's summary (see the reporter).
  reporter: [['list'], ['./tests/e2e/failure-digest-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  // The E2E build hashes passwords cheaply (VITE_E2E_ONLY_WEAK_KDF, see
  // renderer/services/auth/kdf-cost.ts: every spec signs in, and a 64 MiB Argon2id took up to
  // 30 s on a loaded machine). It goes to its own folder, outside the dist/ the installer packs.
  webServer: {
    command: `npx vite build --outDir ../${E2E_OUT_DIR} --emptyOutDir && npx vite preview --outDir ../${E2E_OUT_DIR} --host 127.0.0.1 --port ${port} --strictPort`,
    env: { VITE_E2E_ONLY_WEAK_KDF: '1' },
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
