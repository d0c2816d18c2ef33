import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { tempDir } from './scheduler-harness';

const require = createRequire(import.meta.url);
const afterPack = require('../../../build/after-pack.cjs') as (context: unknown) => Promise<void>;

const { ENABLE, DISABLE } = FuseState;

/**
 * The state every fuse must have in the shipped app. Written out here, not read from the
 * hook, so that deleting or changing a line of the hook cannot change what is expected.
 */
const TARGET: Record<FuseV1Options, FuseState> = {
  [FuseV1Options.RunAsNode]: DISABLE,
  [FuseV1Options.EnableCookieEncryption]: ENABLE,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: DISABLE,
  [FuseV1Options.EnableNodeCliInspectArguments]: DISABLE,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ENABLE,
  [FuseV1Options.OnlyLoadAppFromAsar]: ENABLE,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: DISABLE,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: DISABLE,
  [FuseV1Options.WasmTrapHandlers]: ENABLE,
};
const FUSES = Object.keys(TARGET).map(Number) as FuseV1Options[];

/** Every fuse in the other state than the target: the hook must flip each one. */
const unsafe = (fuse: FuseV1Options) => (TARGET[fuse] === ENABLE ? DISABLE : ENABLE);

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses' marker in the binary

/** A stand-in Electron binary: some bytes, the fuse sentinel, wire version 1, its length, the wire. */
async function fakeElectron(dir: string, name: string, wire: readonly number[]) {
  const bytes = Buffer.concat([
    Buffer.alloc(1000, 7),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.alloc(1000, 7),
  ]);
  await writeFile(join(dir, name), bytes);
  return join(dir, name);
}

const linuxContext = (dir: string) => ({
  electronPlatformName: 'linux',
  appOutDir: dir,
  packager: { appInfo: { productFilename: '续保助手' }, executableName: 'renewal-desk' },
});

describe('afterPack fuse hook', () => {
  it('flips every fuse from its unsafe state to the target state', async () => {
    const dir = await tempDir();
    const binary = await fakeElectron(dir, 'renewal-desk', FUSES.map(unsafe));
    const before = await getCurrentFuseWire(binary);
    for (const fuse of FUSES) expect(before[fuse]).toBe(unsafe(fuse)); // the stand-in is right

    await afterPack(linuxContext(dir));

    const after = await getCurrentFuseWire(binary);
    for (const fuse of FUSES) {
      expect({ fuse: FuseV1Options[fuse], state: after[fuse] }).toEqual({
        fuse: FuseV1Options[fuse],
        state: TARGET[fuse],
      });
    }
    expect((await readFile(binary)).length).toBe(2000 + 32 + 2 + FUSES.length);
  });

  it('turns GrantFileProtocolExtraPrivileges off', async () => {
    const dir = await tempDir();
    const binary = await fakeElectron(dir, 'renewal-desk', FUSES.map(unsafe));
    await afterPack(linuxContext(dir));
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
  });

  it('refuses a binary with a fuse it has no setting for (strictlyRequireAllFuses)', async () => {
    const dir = await tempDir();
    // A future Electron with a tenth fuse: the build must stop until someone decides its state.
    const binary = await fakeElectron(dir, 'renewal-desk', [...FUSES.map(unsafe), ENABLE]);
    await expect(afterPack(linuxContext(dir))).rejects.toThrow(/strictlyRequireAllFuses/);
    // Nothing was written: the wire is untouched.
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(ENABLE);
  });
});
