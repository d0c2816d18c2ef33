import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, readWorkbook } from '../../../renderer/services/import/read-workbook';
import { ImportError } from '../../../renderer/services/import/import-errors';
import { zipEntries } from '../../../renderer/services/import/sniff-format';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { listGbkCsv, listWorkbook } from '../../fixtures/generate-lists';

const policies = makePolicies(3);

async function codeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof ImportError) return e.code;
    throw e;
  }
  return 'no error';
}

function zipWith(names: string[]): Uint8Array {
  const cfbZip = XLSX.CFB.utils.cfb_new();
  for (const n of names) XLSX.CFB.utils.cfb_add(cfbZip, n, new TextEncoder().encode('<x/>'));
  return new Uint8Array(XLSX.CFB.write(cfbZip, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
}

describe('readWorkbook', () => {
  it('reads an xlsx with title rows: merged title filled, 21-digit ids as text, hidden column listed', async () => {
    const grids = await readWorkbook(listWorkbook(policies, { hiddenColumn: true }), 'list.xlsx');
    const grid = grids[0]!;
    expect(grids.map((g) => g.name)).toEqual(['续保清单', '说明']);
    expect(grid.rows[0]![5]!.v).toBe(grid.rows[0]![0]!.v);
    expect(grid.rows[4]![1]).toMatchObject({ t: 's', v: policies[0]!.policyNo });
    expect(grid.rows[4]![9]).toMatchObject({ t: 'n', w: policies[0]!.startDate });
    expect(grid.hiddenColumns).toEqual([0]);
    expect(grid.date1904).toBe(false);
  });

  it('reads .xls (BIFF8) and a GBK CSV with CRLF to the same cells', async () => {
    const xls = (await readWorkbook(listWorkbook(policies, { bookType: 'biff8' }), 'list.xls'))[0]!;
    expect(xls.rows[4]![1]!.v).toBe(policies[0]!.policyNo);
    const csv = (await readWorkbook(listGbkCsv(policies), 'list.csv'))[0]!;
    expect(csv.rows[0]!.map((c) => c.v)).toContain('保单号码');
    expect(csv.rows[1]![1]).toMatchObject({ t: 's', v: policies[0]!.policyNo });
    expect(csv.rows[1]![6]!.v).toBe(policies[0]!.insured);
    expect(csv.rows[1]![8]!.v).toBe(policies[0]!.phone);
  });

  it('names each kind of bad input', async () => {
    expect(await codeOf(() => readWorkbook(new Uint8Array(), 'a.xlsx'))).toBe('empty_file');
    expect(
      await codeOf(() => readWorkbook(new TextEncoder().encode('%PDF-1.7\n...'), 'a.xls')),
    ).toBe('not_spreadsheet');
    expect(
      await codeOf(() =>
        readWorkbook(zipWith(['[Content_Types].xml', 'word/document.xml']), 'renamed.xlsx'),
      ),
    ).toBe('not_spreadsheet');
    expect(await codeOf(() => readWorkbook(zipWith(['photo.jpg']), 'a.xlsx'))).toBe(
      'not_spreadsheet',
    );
    const encrypted = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(encrypted, 'EncryptionInfo', new Uint8Array(64));
    XLSX.CFB.utils.cfb_add(encrypted, 'EncryptedPackage', new Uint8Array(4096));
    const enc = new Uint8Array(XLSX.CFB.write(encrypted, { type: 'array' }) as ArrayBuffer);
    expect(await codeOf(() => readWorkbook(enc, 'secret.xlsx'))).toBe('encrypted');
    const bytes = listWorkbook(policies);
    expect(
      await codeOf(() => readWorkbook(bytes, 'a.xlsx', { ...DEFAULT_LIMITS, maxBytes: 1000 })),
    ).toBe('too_big');
    expect(
      await codeOf(() => readWorkbook(bytes, 'a.xlsx', { ...DEFAULT_LIMITS, maxRows: 5 })),
    ).toBe('too_many_rows');
    expect(await codeOf(() => readWorkbook(new TextEncoder().encode('\r\n\r\n'), 'a.csv'))).toBe(
      'empty_file',
    );
  });

  it('stops a zip bomb before inflating: declared sizes are checked first', async () => {
    const bytes = listWorkbook(policies).slice();
    const view = new DataView(bytes.buffer);
    // Declare 1 GB uncompressed for the first central-directory entry.
    for (let i = bytes.length - 22; i > 0; i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        const cd = view.getUint32(i + 16, true);
        view.setUint32(cd + 24, 1024 * 1024 * 1024, true);
        break;
      }
    }
    expect(zipEntries(bytes)[0]!.uncompressed).toBe(1024 * 1024 * 1024);
    expect(await codeOf(() => readWorkbook(bytes, 'bomb.xlsx'))).toBe('zip_bomb');
  });
});
