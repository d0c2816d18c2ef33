// Hostile files through the import session the window's worker and the CLI run (issue 9 §7):
// a file over the size limit is refused before it is read, a bomb ends in a named failure, and
// neither writes anything.
import { describe, expect, it } from 'vitest';
import { ImportSession } from '../../../renderer/services/import/import-session';
import { DEFAULT_LIMITS } from '../../../renderer/services/import/read-workbook';
import { xlsxBomb } from '../../fixtures/generate-bombs';
import { freshDb } from './helpers';

/** A picked file of `size` bytes whose content must never be asked for. */
class HugeFile extends Blob {
  constructor(private readonly claimed: number) {
    super([]);
  }
  override get size(): number {
    return this.claimed;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    throw new Error('read whole before its size was checked');
  }
}

describe('hostile files in the import session', () => {
  it('a 3 GiB file is refused as too_big from its size, without reading it', async () => {
    const session = new ImportSession(freshDb(), () => undefined);
    const out = await session.read(new HugeFile(3 * 1024 ** 3), 'huge.xlsx');
    expect(out).toMatchObject({ ok: false, fileName: 'huge.xlsx', error: { code: 'too_big' } });
    const under = await session
      .read(new HugeFile(DEFAULT_LIMITS.maxBytes), 'fits.xlsx')
      .catch((e: unknown) => (e as Error).message);
    expect(under).toBe('read whole before its size was checked');
  });

  it('a bomb picked as a Blob ends in zip_bomb and nothing is written', async () => {
    const db = freshDb();
    const session = new ImportSession(db, () => undefined);
    const out = await session.read(new Blob([xlsxBomb('zero')]), 'bomb.xlsx');
    expect(out).toMatchObject({ ok: false, error: { code: 'zip_bomb' } });
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    expect(counts.every((n) => n === 0)).toBe(true);
  });
});
