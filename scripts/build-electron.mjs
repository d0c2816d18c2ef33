// Bundles the Electron side with esbuild: main → dist/electron/main.cjs, preload →
// dist/electron/preload.cjs (CommonJS: a sandboxed preload can neither load ES modules nor
// require anything but 'electron'), and copies the tray images next to them, because the
// installer packages only dist/** and package.json.
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');

/** Shared esbuild options; `watch` callers (dev-electron.mjs) reuse them. */
export const electronBuilds = (overrides = {}) => [
  {
    entryPoints: [join(root, 'electron/main/index.ts')],
    outfile: join(outDir, 'main.cjs'),
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    bundle: true,
    sourcemap: 'linked',
    // Loaded from node_modules at run time: electron is the runtime itself; node-schedule and
    // node-notifier stay real packages so electron-builder ships them as dependencies.
    external: ['electron', 'node-notifier', 'node-schedule'],
    logLevel: 'warning',
    ...overrides,
  },
  {
    entryPoints: [join(root, 'electron/preload/index.ts')],
    outfile: join(outDir, 'preload.cjs'),
    platform: 'browser',
    target: 'chrome130',
    format: 'cjs',
    bundle: true,
    sourcemap: 'inline',
    external: ['electron'],
    logLevel: 'warning',
    ...overrides,
  },
];

export async function copyAssets() {
  await mkdir(join(outDir, 'assets'), { recursive: true });
  const files = (await readdir(join(root, 'assets'))).filter((name) => name.endsWith('.png'));
  await Promise.all(
    files.map((name) => cp(join(root, 'assets', name), join(outDir, 'assets', name))),
  );
}

/** A sandboxed preload that requires anything but 'electron' fails at run time; fail the build instead. */
async function checkPreload() {
  const code = await readFile(join(outDir, 'preload.cjs'), 'utf8');
  const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length) {
    throw new Error(
      `preload.cjs requires ${foreign.join(', ')}; a sandboxed preload may only require 'electron'`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await Promise.all(electronBuilds().map((options) => build(options)));
  await copyAssets();
  await checkPreload();
  console.log(`build-electron: dist/electron/main.cjs + preload.cjs in ${Date.now() - started} ms`);
}
