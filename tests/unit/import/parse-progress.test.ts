// Progress while reading and normalising (issue 4 §7): a distinct reading stage with the sheet's
// row count, then rows done / total through normalising, percent never going down, and the same
// rows whether or not anyone listens, whatever the chunk size.
import { describe, expect, it } from 'vitest';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { listWorkbook } from '../../fixtures/generate-lists';
import { parseImportFile, type ParseProgress } from '../../../renderer/services/import/pipeline';
import {
  autoMapColumns,
  findHeaderRow,
  normalizeRows,
} from '../../../renderer/services/import/domain-import';
import { normalizeRowsInChunks } from '../../../renderer/services/import/normalize-chunks';
import { DEFAULT_LIMITS, readWorkbook } from '../../../renderer/services/import/read-workbook';

// 1,500 vehicles → 3,000 policy rows under 3 title rows and a header, then 合计 and 制表人 rows.
const bytes = listWorkbook(makePolicies(1500, { seed: 11 }), { mixTextDates: true });

describe('parseImportFile progress', () => {
  it('reports reading, then rows done of total while normalising, monotonically', async () => {
    const events: ParseProgress[] = [];
    const out = await parseImportFile(bytes, 'big.xlsx', {}, (p) => events.push({ ...p }));
    if (!out.ok) throw new Error(out.error.message);
    expect(out.rows.length).toBe(3000);

    const stages = events.map((e) => e.stage);
    expect(stages[0]).toBe('read');
    expect(stages.at(-1)).toBe('done');
    const order = ['read', 'map', 'normalize', 'done'];
    for (let i = 1; i < stages.length; i++) {
      expect(order.indexOf(stages[i]!)).toBeGreaterThanOrEqual(order.indexOf(stages[i - 1]!));
      expect(events[i]!.percent).toBeGreaterThanOrEqual(events[i - 1]!.percent);
    }

    // Reading ends with the sheet's row count, before anything is normalised.
    const readDone = events.find((e) => e.stage === 'read' && e.total !== undefined);
    const sheetRows = out.headerRow + 3000 + 2; // title rows and header, data, 2 footer rows
    expect(readDone).toMatchObject({ rows: 0, total: sheetRows });

    const norm = events.filter((e) => e.stage === 'normalize');
    const total = sheetRows - out.headerRow;
    expect(norm.every((e) => e.total === total)).toBe(true);
    expect(norm[0]).toMatchObject({ rows: 0 });
    expect(norm.length).toBeGreaterThanOrEqual(6); // 500-row chunks over 3,002 rows + the start
    for (let i = 1; i < norm.length; i++) {
      expect(norm[i]!.rows).toBeGreaterThan(norm[i - 1]!.rows);
      expect(norm[i]!.percent).toBeGreaterThan(norm[i - 1]!.percent);
    }
    expect(norm.at(-1)).toMatchObject({ rows: total, percent: 100 });
    expect(events.at(-1)).toMatchObject({ stage: 'done', rows: 3000, percent: 100 });
  });

  it('gives identical results with and without progress, and for any chunk size', async () => {
    const quiet = await parseImportFile(bytes, 'big.xlsx');
    const loud = await parseImportFile(bytes, 'big.xlsx', {}, () => undefined);
    const tiny = await parseImportFile(bytes, 'big.xlsx', { chunkRows: 7 }, () => undefined);
    expect(loud).toEqual(quiet);
    expect(tiny).toEqual(quiet);

    // And identical to one whole normalizeRows run over the same grid (duplicates marked too).
    const grid = (await readWorkbook(bytes, 'big.xlsx', DEFAULT_LIMITS))[0]!;
    const mapping = autoMapColumns(grid, findHeaderRow(grid)!);
    const whole = normalizeRows(grid, mapping, { insurer: '人保' });
    expect(normalizeRowsInChunks(grid, mapping, { insurer: '人保', chunkRows: 333 })).toEqual(
      whole,
    );
    if (!quiet.ok) throw new Error(quiet.error.message);
    expect(quiet.rows).toEqual(whole);
  });

  it('an aborted signal stops normalising at the next chunk with a named cancel', async () => {
    const controller = new AbortController();
    let lastRows = 0;
    const out = await parseImportFile(bytes, 'big.xlsx', { signal: controller.signal }, (p) => {
      if (p.stage !== 'normalize') return;
      lastRows = p.rows;
      if (p.rows >= 1000) controller.abort();
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(lastRows).toBe(1000);
  });
});
