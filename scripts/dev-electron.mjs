// `npm run dev`: the Vite dev server (renderer hot reload) on 5173, the Electron side rebuilt
// by esbuild on every change, and Electron restarted when main or preload changes.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { context } from 'esbuild';
import { createServer } from 'vite';
import { copyAssets, electronBuilds } from './build-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron binary, found without require('electron') (which would try to download it). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  const binary = existsSync(pathFile)
    ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
    : '';
  if (!binary || !existsSync(binary)) {
    console.error(
      'dev: the Electron binary is not installed; run `npx install-electron` (or use `npm run dev:web`)',
    );
    process.exit(1);
  }
  return binary;
}

const binary = electronBinary();
const server = await createServer({ configFile: join(root, 'vite.config.ts') });
await server.listen();
const rendererUrl = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
console.log(`dev: renderer at ${rendererUrl}`);

let electron = null;
let restarting = false;
function startElectron() {
  electron = spawn(binary, [root], {
    stdio: 'inherit',
    env: { ...process.env, RENDERER_URL: rendererUrl },
  });
  electron.on('exit', (code) => {
    if (restarting) return;
    // The user quit the app: stop the dev session too.
    void shutdown(code ?? 0);
  });
}
function restartElectron() {
  if (!electron) return startElectron();
  restarting = true;
  electron.once('exit', () => {
    restarting = false;
    startElectron();
  });
  electron.kill();
}

let firstBuild = true;
let restartTimer;
const restartPlugin = {
  name: 'restart-electron',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      if (firstBuild) return;
      // main and preload rebuild together when shared/ changes: restart once for both.
      clearTimeout(restartTimer);
      restartTimer = setTimeout(() => {
        console.log('dev: electron side rebuilt, restarting');
        restartElectron();
      }, 200);
    });
  },
};
const contexts = await Promise.all(
  electronBuilds({ plugins: [restartPlugin] }).map((options) => context(options)),
);
await Promise.all(contexts.map((ctx) => ctx.rebuild()));
await copyAssets();
firstBuild = false;
await Promise.all(contexts.map((ctx) => ctx.watch()));
startElectron();

async function shutdown(code) {
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  await server.close();
  process.exit(code);
}
process.on('SIGINT', () => {
  electron?.kill();
  void shutdown(0);
});
