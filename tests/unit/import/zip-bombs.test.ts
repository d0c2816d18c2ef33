// Files built to hurt (issue 9 §7): every bomb ends in `zip_bomb`, counted while inflating,
// within 10 s and without the process growing by anything like what is inside (1 GiB).
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../renderer/services/import/import-errors';
import { parseImportFile } from '../../../renderer/services/import/pipeline';
import { DEFAULT_LIMITS, readWorkbook } from '../../../renderer/services/import/read-workbook';
import { manyParts, nestedBomb, overlappingParts, xlsxBomb } from '../../fixtures/generate-bombs';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { listWorkbook } from '../../fixtures/generate-lists';

async function failure(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<ImportError> {
  try {
    await readWorkbook(bytes, 'bomb.xlsx', limits);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('read without an error');
}

const MB = 1024 * 1024;

describe('zip bombs are counted while inflating, never trusted from the headers', () => {
  for (const sizes of ['honest', 'small', 'zero'] as const) {
    it(`a 1 GiB sheet declaring ${sizes} sizes ends in zip_bomb within 10 s, the process staying small`, async () => {
      const bytes = xlsxBomb(sizes);
      expect(bytes.length).toBeLessThan(2 * MB);
      const rss = process.memoryUsage().rss;
      const started = performance.now();
      const error = await failure(bytes);
      expect(error.code).toBe('zip_bomb');
      expect(error.text.params?.detail).toMatch(/^xl\/worksheets\/sheet1\.xml|MB/);
      expect(performance.now() - started).toBeLessThan(10_000);
      // Inflating it whole would take 1 GiB and more; the slices counted take a few MB.
      expect(process.memoryUsage().rss - rss).toBeLessThan(200 * MB);
    });
  }

  it('the pipeline reports the bomb as a named failure, not a crash', async () => {
    const outcome = await parseImportFile(xlsxBomb('zero'), 'bomb.xlsx');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('zip_bomb');
  });

  it('a part at a modest ratio is stopped by the per-part cap, and the sum by the total cap', async () => {
    // 40 MiB at ~1,000:1 passes a ratio limit raised out of the way; only the sizes stop it.
    const noRatio = { ...DEFAULT_LIMITS, maxRatio: 1e9 };
    const big = xlsxBomb('zero', 40);
    expect((await failure(big, { ...noRatio, maxEntryUncompressed: 32 * MB })).code).toBe(
      'zip_bomb',
    );
    // Seven central-directory entries overlapping one 8 MiB part: each under a 10 MB part cap,
    // 56 MiB together over a 50 MB total.
    const small = { ...noRatio, maxEntryUncompressed: 10 * MB, maxUncompressed: 50 * MB };
    const error = await failure(overlappingParts(7, 8), small);
    expect(error.code).toBe('zip_bomb');
    // One copy alone is no bomb by size: it is read (its one header cell).
    const one = await readWorkbook(overlappingParts(1, 8), 'one.xlsx', small);
    expect(one[0]!.rows[0]![0]!.v).toBe('保单号');
  });

  it('the ratio cap stops a part long before its size caps would', async () => {
    const started = performance.now();
    const error = await failure(xlsxBomb('zero', 200));
    expect(error.code).toBe('zip_bomb');
    expect(error.text.params?.detail).toMatch(/\d+:1$/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('thousands of parts end in zip_bomb; a workbook with a few hundred still reads', async () => {
    expect((await failure(manyParts(2_100))).code).toBe('zip_bomb');
    const few = await readWorkbook(manyParts(300), 'parts.xlsx');
    expect(few[0]!.rows[0]![0]!.v).toBe('保单号');
  });

  it('a bomb inside a nested Index.zip (old Numbers layout) is found too', async () => {
    expect((await failure(nestedBomb())).code).toBe('zip_bomb');
  });

  it('a real list still reads, its parts at a real ratio', async () => {
    const bytes = listWorkbook(makePolicies(200, { seed: 9 }));
    const grids = await readWorkbook(bytes, 'list.xlsx');
    expect(grids[0]!.rows.length).toBeGreaterThan(200);
  });
});
