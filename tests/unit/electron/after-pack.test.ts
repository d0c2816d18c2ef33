import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { tempDir } from './scheduler-harness';

const require = createRequire(import.meta.url);

/** A stand-in Electron binary: some bytes, the fuse sentinel, version 1, a 9-fuse wire. */
async function fakeElectron(dir: string, name: string) {
  const wire = Buffer.from('101011001', 'ascii'); // shipped defaults, roughly
  const bytes = Buffer.concat([
    Buffer.alloc(1000, 7),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, wire.length]),
    wire,
    Buffer.alloc(1000, 7),
  ]);
  await writeFile(join(dir, name), bytes);
  return join(dir, name);
}

describe('afterPack fuse hook', () => {
  it('flips the six fuses in the packaged binary', async () => {
    const dir = await tempDir();
    const binary = await fakeElectron(dir, 'renewal-desk');
    const afterPack = require('../../../build/after-pack.cjs') as (
      context: unknown,
    ) => Promise<void>;
    await afterPack({
      electronPlatformName: 'linux',
      appOutDir: dir,
      packager: { appInfo: { productFilename: '续保助手' }, executableName: 'renewal-desk' },
    });
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect((await readFile(binary)).length).toBe(2000 + 32 + 2 + 9);
  });
});
