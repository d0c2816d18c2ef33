import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { createAppProtocolHandler, resolveAppPath } from '../../../electron/main/protocol';

let root = '';
let outside = '';
beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'app-proto-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'top secret');
});

const get = (url: string, method = 'GET') =>
  createAppProtocolHandler(root)(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the renderer with the strict CSP header and the right type', async () => {
    const response = await get('app://renderer/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>x</title>');
    const script = await get('app://renderer/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await get('app://renderer/')).text()).toContain('<title>x</title>');
  });

  it('a dot-dot the URL parser resolves itself stays inside the root (404, no secret)', async () => {
    // WHATWG URL parsing (Node's and Chromium's) turns /%2e%2e/ into /../ and drops it.
    const response = await get('app://renderer/%2e%2e/secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('top secret');
  });

  it.each([
    'app://renderer/%2E%2E%2Fsecret.txt',
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/index.html%00.js',
    'app://renderer/%E0%A4%A',
    'app://other-host/index.html',
  ])('refuses traversal or foreign request %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('top secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never maps a request outside the root', () => {
    for (const url of ['app://renderer/../secret.txt', 'app://renderer/a/../../secret.txt']) {
      const path = resolveAppPath(root, url);
      expect(path === null || path.startsWith(root)).toBe(true);
    }
  });

  it('answers 404 for a missing file and 405 for writes', async () => {
    expect((await get('app://renderer/nope.js')).status).toBe(404);
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
  });

  it('sends the same policy as the meta tag in renderer/index.html', async () => {
    const html = await readFile(join(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const normalise = (csp: string) =>
      csp
        .split(';')
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter(Boolean);
    expect(meta).toBeDefined();
    expect(normalise(CONTENT_SECURITY_POLICY)).toEqual(normalise(meta ?? ''));
    // No eval and no remote origins; compiling WebAssembly (Argon2id in the auth worker) only.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(?<!wasm-)unsafe-eval|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});
