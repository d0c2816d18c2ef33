// Crash-safe small-file writes. A power cut or a kill in the middle of a write must leave
// either the old file or the new one, never half of each: write a temp file next to the
// target, fsync it, rename it over the target (atomic on the same volume), then fsync the
// directory so the rename itself is durable.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  counter += 1;
  const temp = join(dir, `.${basename(target)}.${process.pid}.${counter}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    // A full disk: no half-written temp file left behind taking the space.
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename durable; Windows cannot open a directory for fsync, which is fine there. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on directories; the data itself is already synced.
  }
}

export type JsonFileRead =
  | { status: 'missing' }
  /** It exists but cannot be read or is not JSON (edited by hand, damaged): `reason` says how. */
  | { status: 'unreadable'; reason: string }
  | { status: 'ok'; value: unknown };

/** Reads and parses a JSON file, telling a missing file from a broken one (never throws). */
export async function readJsonFileResult(path: string): Promise<JsonFileRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'unreadable', reason: (error as Error).message };
  }
  try {
    return { status: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { status: 'unreadable', reason: (error as Error).message };
  }
}

/** Reads and parses a JSON file; `null` when it is missing or unreadable (never throws). */
export async function readJsonFile(path: string): Promise<unknown> {
  const read = await readJsonFileResult(path);
  return read.status === 'ok' ? read.value : null;
}
