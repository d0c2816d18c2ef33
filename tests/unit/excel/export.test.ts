import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { exportRows, neutralize, type ExportColumn } from '../../../renderer/services/excel/export';

const columns: ExportColumn[] = [
  { header: '保单号', key: 'policyNo', type: 'text' },
  { header: '到期日', key: 'endDate', type: 'date' },
  { header: '保费', key: 'premium', type: 'number' },
  { header: '备注', key: 'note', type: 'text' },
];
const rows = [
  {
    policyNo: '612345678901234567890',
    endDate: '2026-12-01',
    premium: 1234.5,
    note: '=HYPERLINK("http://x")',
  },
  { policyNo: '012', endDate: null, premium: null, note: '@SUM(A1)' },
];

describe('exportRows', () => {
  it('neutralises formula starts', () => {
    for (const s of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(neutralize(s)).toBe(`'${s}`);
    expect(neutralize('浙A12345')).toBe('浙A12345');
  });

  it('writes xlsx with text ids, real dates, numbers and no formulas', () => {
    const wb = XLSX.read(exportRows(columns, rows, 'xlsx'), { type: 'array', cellNF: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    expect(ws.A1!.v).toBe('保单号');
    expect(ws.A2).toMatchObject({ t: 's', v: '612345678901234567890' });
    expect(ws.A3).toMatchObject({ t: 's', v: '012' });
    expect(ws.B2!.t).toBe('n');
    expect(XLSX.SSF.parse_date_code(ws.B2!.v as number)).toMatchObject({ y: 2026, m: 12, d: 1 });
    expect(ws.B2!.z).toBe('yyyy-mm-dd');
    expect(ws.C2).toMatchObject({ t: 'n', v: 1234.5 });
    expect(ws.D2).toMatchObject({ t: 's', v: `'=HYPERLINK("http://x")` });
    expect(ws.D2!.f).toBeUndefined();
    expect(ws.D3!.v).toBe("'@SUM(A1)");
  });

  it('writes CSV as UTF-8 with BOM, CRLF and quoting', () => {
    const bytes = exportRows(columns, rows, 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('保单号,到期日,保费,备注');
    expect(text).toContain(`612345678901234567890,2026-12-01,1234.5,"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("012,,,'@SUM(A1)");
  });
});
