import { describe, expect, it } from 'vitest';
import { rendered, zh } from '../../../support/text';
import { markDuplicatesInFile } from '../../../../shared/domain/import/duplicates-in-file';
import { findHeaderRow } from '../../../../shared/domain/import/find-header';
import { autoMapColumns } from '../../../../shared/domain/import/map-columns';
import { normalizeRows } from '../../../../shared/domain/import/normalize-row';
import type { SheetGrid } from '../../../../shared/domain/import/types';
import { grid, type Raw } from './grid';

const HEADER = [
  '序号', '保单号', '险种', '车牌号', '车架号', '被保险人', '证件号码', '联系电话',
  '起保日期', '终保日期', '保费(元)', '车船税', '业务员',
]; // prettier-ignore
const VIN = '1M8GDM9AXKP042788';
const ID = '11010519491231002X';

function run(g: SheetGrid, insurer: string | null = '平安') {
  const found = findHeaderRow(g);
  if (!found) throw new Error('no header');
  return normalizeRows(g, autoMapColumns(g, found.headerRowIndex), { insurer });
}

function row(over: Partial<Record<string, Raw>> = {}): Raw[] {
  const base: Record<string, Raw> = {
    序号: 1, 保单号: 'PDAA202611010000000001', 险种: '商业险', 车牌号: '京A·12345', 车架号: VIN,
    被保险人: ' 张 三 ', 证件号码: ID.toLowerCase(), 联系电话: '138-1234-5678 / 010-12345678',
    起保日期: 45993, 终保日期: 46357, '保费(元)': '¥3,456.70', 车船税: 360, 业务员: '李四',
  }; // prettier-ignore
  return HEADER.map((h) => (h in over ? (over[h] ?? null) : (base[h] ?? null)));
}

describe('normalizeRows', () => {
  it('turns a clean row into one canonical record', () => {
    const rows = run(grid([['平安财险续保清单'], HEADER, row()]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      sheet: 'Sheet1',
      row: 3,
      problems: [],
      records: [
        {
          policyNo: 'PDAA202611010000000001',
          insurer: '平安',
          kind: 'commercial',
          plate: '京A12345',
          plateMissing: false,
          vin: VIN,
          engineNo: null,
          brandModel: null,
          firstRegisteredOn: null,
          insured: '张三',
          holder: null,
          phones: ['13812345678', '010-12345678'],
          idNumber: ID,
          startDate: '2025-12-02',
          endDate: '2026-12-01',
          endTime: null,
          premium: 3456.7,
          staff: '李四',
          note: null,
        },
      ],
    });
  });

  it('skips blank rows, footers and repeated headers; keeps spreadsheet row numbers', () => {
    const g = grid([
      HEADER,
      row(),
      [],
      row({ 保单号: 'P2' }),
      HEADER,
      row({ 保单号: 'P3' }),
      ['合计', null, null, null, null, null, null, null, null, null, 9999],
      ['制表人：王五', null, null, '审核：'],
      ['打印日期：2026-10-01'],
      [99], // a pre-numbered 序号 with nothing else
    ]);
    expect(run(g).map((r) => [r.row, r.records[0]?.policyNo])).toEqual([
      [2, 'PDAA202611010000000001'],
      [4, 'P2'],
      [6, 'P3'],
    ]);
  });

  it('keeps a 21-digit policy number from the text of a number cell', () => {
    const policyNo = '123456789012345678901';
    const g = grid([HEADER, row({ 保单号: { t: 'n', v: Number(policyNo), w: policyNo } })]);
    expect(run(g)[0]?.records[0]?.policyNo).toBe(policyNo);
  });

  it('flags a policy number Excel turned into scientific notation as an error', () => {
    const g = grid([HEADER, row({ 保单号: { t: 'n', v: 1.23457e20, w: '1.23457E+20' } })]);
    const [r] = run(g);
    expect(r?.records[0]?.policyNo).toBeNull();
    expect(r?.problems.map(rendered)).toEqual([
      {
        row: 2,
        column: '保单号',
        field: 'policyNo',
        severity: 'error',
        code: 'sci_notation',
        message: '保单号在文件里已被 Excel 变成科学计数法，请把该列设为文本后重新导出',
        english: expect.any(String),
      },
    ]);
  });

  it.each([
    [{ 终保日期: null }, 'missing_end_date', 'error', 'endDate', '终保日期'],
    [{ 保单号: '', 险种: null }, 'missing_policy_no', 'error', 'policyNo', '保单号'],
    [
      { 保单号: '', 车架号: null, 车牌号: '未上牌' },
      'missing_policy_no',
      'error',
      'policyNo',
      '保单号',
    ],
    [{ 终保日期: '2026-02-30' }, 'date_impossible', 'error', 'endDate', '终保日期'],
    [{ 终保日期: '下个月' }, 'date_unrecognized', 'error', 'endDate', '终保日期'],
    [{ 起保日期: '2027-01-01' }, 'end_before_start', 'error', 'endDate', '终保日期'],
    [{ 起保日期: '2026-02-30' }, 'date_impossible', 'warning', 'startDate', '起保日期'],
    [{ 车牌号: '京A1234' }, 'plate_invalid', 'warning', 'plate', '车牌号'],
    [{ 联系电话: '1381234567' }, 'phone_invalid', 'warning', 'phones', '联系电话'],
    [{ 联系电话: '138****5678' }, 'phone_masked', 'warning', 'phones', '联系电话'],
    [{ 证件号码: '110105194912310021' }, 'id_check_char', 'warning', 'idNumber', '证件号码'],
    [{ 车架号: '1M8GDM9A1KP042788' }, 'vin_check_digit', 'warning', 'vin', '车架号'],
    [{ 车架号: '1M8GDM9AXKP04278' }, 'vin_length', 'warning', 'vin', '车架号'],
    [{ 险种: '其他' }, 'kind_unknown', 'warning', 'kind', '险种'],
    [{ '保费(元)': '约三千' }, 'premium_invalid', 'warning', 'premium', '保费(元)'],
    [{ 终保日期: { t: 'e', v: 0x2a, w: '#N/A' } }, 'error_cell', 'error', 'endDate', '终保日期'],
    [{ 车牌号: { t: 'e', v: 0x17 } }, 'error_cell', 'warning', 'plate', '车牌号'],
    [{ 保单号: '#REF!' }, 'error_cell', 'error', 'policyNo', '保单号'],
  ] as const)('%j → %s', (over, code, severity, field, column) => {
    const [r] = run(grid([HEADER, row(over as Record<string, Raw>)]));
    expect(r?.problems).toHaveLength(1);
    expect(r?.problems[0]).toMatchObject({ row: 2, code, severity, field, column });
    expect(zh(r?.problems[0]?.text)).toMatch(/[\u4e00-\u9fff]/);
    expect(r?.records).toHaveLength(1);
  });

  it('names the error value of an error cell', () => {
    const [r] = run(grid([HEADER, row({ 终保日期: { t: 'e', v: 0x2a, w: '#N/A' } })]));
    expect(zh(r?.problems[0]?.text)).toContain('#N/A');
  });

  it('says so when no column is mapped to the end date', () => {
    const g = grid([
      ['保单号', '车牌号'],
      ['P1', '京A12345'],
    ]);
    const [r] = run(g);
    expect(r?.problems[0]).toMatchObject({
      code: 'missing_end_date',
      column: '',
      severity: 'error',
    });
    expect(zh(r?.problems[0]?.text)).toContain('列映射');
  });

  it('uses the cached value of formula cells and reads text dates with a time', () => {
    const g = grid([
      HEADER,
      row({
        终保日期: { t: 's', v: '2026-12-01 24:00', f: true },
        '保费(元)': { t: 'n', v: 950, f: true },
      }),
    ]);
    const rec = run(g)[0]?.records[0];
    expect(rec).toMatchObject({ endDate: '2026-12-01', endTime: '24:00', premium: 950 });
  });

  it('reads serials in the 1904 date system', () => {
    const g = grid([HEADER, row({ 起保日期: 45993 - 1462, 终保日期: 46357 - 1462 })], {
      date1904: true,
    });
    expect(run(g)[0]?.records[0]).toMatchObject({ startDate: '2025-12-02', endDate: '2026-12-01' });
  });

  it('recognises no-plate rows and keeps the insurer from an insurer column', () => {
    const g = grid([
      ['保单号', '车牌号', '到期日', '保险公司'],
      ['P1', '新车', '2026-12-01', '中国人民财产保险股份有限公司北京市分公司'],
      ['P2', '*', '2026-12-01', ''],
    ]);
    const rows = run(g, '大地');
    expect(rows.map((r) => r.records[0]?.plateMissing)).toEqual([true, true]);
    expect(rows.map((r) => r.records[0]?.plate)).toEqual([null, null]);
    expect(rows.map((r) => r.records[0]?.insurer)).toEqual(['人保', '大地']);
  });
});

describe('split layouts', () => {
  const SPLIT = [
    '车牌号',
    '被保险人',
    '交强险保单号',
    '交强险止期',
    '交强险保费',
    '商业险保单号',
    '商业险止期',
    '商业险保费',
  ];

  it('gives two records, each with its own policy number, end date and premium', () => {
    const g = grid([
      SPLIT,
      ['京A12345', '张三', 'J001', '2026-12-01', 950, 'S001', '2026-12-05', '3,200'],
    ]);
    const [r] = run(g);
    expect(r?.problems.map(rendered)).toEqual([]);
    expect(
      r?.records.map((x) => [x.kind, x.policyNo, x.endDate, x.premium, x.plate, x.insured]),
    ).toEqual([
      ['compulsory', 'J001', '2026-12-01', 950, '京A12345', '张三'],
      ['commercial', 'S001', '2026-12-05', 3200, '京A12345', '张三'],
    ]);
  });

  it('gives one record when the row has only the compulsory policy', () => {
    const g = grid([SPLIT, ['京A12345', '张三', 'J001', '2026-12-01', 950, null, null, null]]);
    const [r] = run(g);
    expect(r?.records.map((x) => x.kind)).toEqual(['compulsory']);
    expect(r?.problems.map(rendered)).toEqual([]);
  });

  it('reports a side with an end date but neither policy number nor car on its own column', () => {
    const g = grid([SPLIT, [null, '张三', 'J001', '2026-12-01', 950, null, '2026-12-05', null]]);
    const [r] = run(g);
    expect(r?.records).toHaveLength(2);
    expect(r?.problems.map(rendered)).toEqual([
      expect.objectContaining({
        field: 'commercial.policyNo',
        column: '商业险保单号',
        code: 'missing_policy_no',
        severity: 'error',
      }),
    ]);
  });

  it('works with a two-row merged header', () => {
    const g = grid([
      ['车牌号', '交强险', null, '商业险', null],
      [null, '保单号', '止期', '保单号', '止期'],
      ['京A12345', 'J1', 46357, 'S1', 46361],
    ]);
    const [r] = run(g);
    expect(r?.row).toBe(3);
    expect(r?.records.map((x) => [x.kind, x.policyNo, x.endDate])).toEqual([
      ['compulsory', 'J1', '2026-12-01'],
      ['commercial', 'S1', '2026-12-05'],
    ]);
  });
});

describe('markDuplicatesInFile', () => {
  it('warns on an identical repeat and errors on a conflicting one, on the later row', () => {
    const g = grid([HEADER, row(), row(), row({ 终保日期: 46358, 联系电话: '13912345678' })]);
    const mapping = autoMapColumns(g, 0);
    const rows = markDuplicatesInFile(normalizeRows(g, mapping, { insurer: '平安' }), mapping);
    expect(rows[0]?.problems).toEqual([]);
    expect(rows[1]?.problems).toEqual([
      expect.objectContaining({
        code: 'duplicate_same',
        severity: 'warning',
        row: 3,
        column: '保单号',
      }),
    ]);
    expect(rows[2]?.problems).toEqual([
      expect.objectContaining({ code: 'duplicate_conflict', severity: 'error', row: 4 }),
    ]);
    expect(zh(rows[2]?.problems[0]?.text)).toContain('第 2 行');
    expect(zh(rows[2]?.problems[0]?.text)).toContain('联系电话、终保日期');
  });

  it('treats the same number at different insurers as different policies', () => {
    const g = grid([
      ['保单号', '到期日', '保险公司'],
      ['P1', '2026-12-01', '人保'],
      ['P1', '2026-12-09', '平安'],
    ]);
    expect(markDuplicatesInFile(run(g)).flatMap((r) => r.problems)).toEqual([]);
  });
});

describe('policy numbers that lost digits (issue 9 §1)', () => {
  it('refuses a 21-digit policy number kept in a NUMBER cell (15 digits, then zeros)', () => {
    const shown = '123456789012345680000';
    const g = grid([HEADER, row({ 保单号: { t: 'n', v: Number(shown), w: shown, z: '0' } })]);
    const [r] = run(g);
    expect(r?.records[0]?.policyNo).toBeNull();
    expect(r?.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: '保单号',
        field: 'policyNo',
        severity: 'error',
        code: 'maybe_precision_lost',
      }),
    ]);
  });

  it('only warns when another identifier (engine number) looks cut off', () => {
    const shown = '123456789012345680000';
    const g = grid([
      [...HEADER, '发动机号'],
      [...row(), { t: 'n', v: Number(shown), w: shown, z: '0' }],
    ]);
    const [r] = run(g);
    expect(r?.records[0]?.engineNo).toBe(shown);
    expect(r?.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'maybe_precision_lost' }),
    ]);
  });
});

describe("end dates written the insurer's way (issue 9 §2)", () => {
  const H = ['保单号', '车牌号', '被保险人', '保险起期', '保险止期'];
  // One year from 2025-07-07 00:00 to the end of 2026-07-06, read without a problem.
  const oneYear = {
    problems: [],
    records: [{ startDate: '2025-07-07', endDate: '2026-07-06', endTime: '24:00' }],
  };

  it('reads 自…00时起 / 至…24时止 as calendar dates, 24:00 staying on its own day', () => {
    const g = grid([
      H,
      ['P1', '京A12345', '张三', '自2025年07月07日00时起', '至2026年07月06日24时止'],
    ]);
    expect(run(g)[0]).toMatchObject(oneYear);
  });

  it('reads both ends from one 保险期间 column', () => {
    const g = grid([
      ['保单号', '车牌号', '被保险人', '保险期间'],
      ['P1', '京A12345', '张三', '2025-07-07 00:00至2026-07-06 24:00'],
    ]);
    expect(autoMapColumns(g, 0).columns[3]?.target).toBe('period');
    expect(run(g)[0]).toMatchObject(oneYear);
  });

  it('names a 保险期间 it cannot read as an end-date error under that column', () => {
    const g = grid([
      ['保单号', '车牌号', '被保险人', '保险期间'],
      ['P1', '京A12345', '张三', '一年'],
      ['P2', '京A12346', '李四', null],
    ]);
    const [bad, empty] = run(g);
    expect(bad?.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: '保险期间',
        field: 'endDate',
        severity: 'error',
        code: 'date_unrecognized',
      }),
    ]);
    expect(empty?.problems).toEqual([
      expect.objectContaining({ column: '保险期间', field: 'endDate', code: 'missing_end_date' }),
    ]);
    expect(zh(empty?.problems[0]?.text)).toContain('终保日期');
  });

  it('gives each side its own period in a split layout', () => {
    const g = grid([
      ['车牌号', '被保险人', '交强险保单号', '交强险保险期间', '商业险保单号', '商业险保险期间'],
      ['京A12345', '张三', 'J1', '2025-07-07至2026-07-06', 'S1', '2025-08-01至2026-07-31'],
    ]);
    expect(run(g)[0]?.records.map((r) => [r.kind, r.startDate, r.endDate])).toEqual([
      ['compulsory', '2025-07-07', '2026-07-06'],
      ['commercial', '2025-08-01', '2026-07-31'],
    ]);
  });
});

describe('dealer (DMS) lists without policy numbers (issue 9 §3)', () => {
  it('reads a car with 交强险 / 商业险 end dates as two policies known by car, kind and end', () => {
    const g = grid([
      ['车牌号', '车架号', '客户姓名', '联系电话', '交强险到期日期', '商业险到期日期'],
      ['京A12345', VIN, '张三', '13812345678', '2026-07-06', '2026-07-20'],
    ]);
    const [r] = run(g, null);
    expect(r?.problems).toEqual([]);
    expect(r?.records.map((x) => [x.kind, x.policyNo, x.insurer, x.vin, x.endDate])).toEqual([
      ['compulsory', null, null, VIN, '2026-07-06'],
      ['commercial', null, null, VIN, '2026-07-20'],
    ]);
  });

  it('still needs the number when the row names no kind', () => {
    const g = grid([
      ['车牌号', '客户姓名', '到期日期'],
      ['京A12345', '张三', '2026-07-06'],
    ]);
    expect(run(g)[0]?.problems).toEqual([
      expect.objectContaining({ code: 'missing_policy_no', severity: 'error' }),
    ]);
  });
});

describe('rows that are not policies (issue 9 §4)', () => {
  it.each([
    [{ '保费(元)': -1200 }, '保费(元)', 'premium', '保费为负数（-1200）'],
    [{ '保费(元)': '(350.00)' }, '保费(元)', 'premium', '保费为负数（-350）'],
    [{ 险种: '商业险批退' }, '险种', 'kind', '商业险批退'],
    [{ 险种: '退保' }, '险种', 'kind', '退保'],
  ] as const)('%j is refused as not_a_policy', (over, column, field, words) => {
    const [r] = run(grid([HEADER, row(over as Record<string, Raw>)]));
    expect(r?.problems).toEqual([
      expect.objectContaining({ row: 2, column, field, severity: 'error', code: 'not_a_policy' }),
    ]);
    expect(zh(r?.problems[0]?.text)).toContain(words);
  });

  it('refuses the negative half of a split row only', () => {
    const g = grid([
      ['车牌号', '被保险人', '交强险保单号', '交强险止期', '交强险保费', '商业险保单号', '商业险止期', '商业险保费'],
      ['京A12345', '张三', 'J1', '2026-12-01', 950, 'S1', '2026-12-05', -3200],
    ]); // prettier-ignore
    expect(run(g)[0]?.problems).toEqual([
      expect.objectContaining({ field: 'commercial.premium', code: 'not_a_policy' }),
    ]);
  });

  it.each([
    ['被保险人', '张'.repeat(10_000), 'insured', 50],
    ['被保险人', '张'.repeat(51), 'insured', 50],
    ['业务员', '李'.repeat(51), 'staff', 50],
    ['保单号', 'P'.repeat(51), 'policyNo', 50],
  ] as const)('%s of %#: too_long, not cut', (column, value, field, max) => {
    const [r] = run(grid([HEADER, row({ [column]: value })]));
    expect(r?.problems).toContainEqual(
      expect.objectContaining({ row: 2, column, field, severity: 'error', code: 'too_long' }),
    );
    expect(zh(r?.problems.find((p) => p.code === 'too_long')?.text)).toContain(`上限 ${max}`);
    expect(r?.records[0]?.[field]).toBeNull();
  });

  it('takes a name of exactly 50 characters and a note of 1,000', () => {
    const g = grid([
      [...HEADER, '备注'],
      [...row({ 被保险人: '张'.repeat(50) }), '注'.repeat(1000)],
      [...row({ 保单号: 'P2' }), '注'.repeat(1001)],
    ]);
    const [ok, long] = run(g);
    expect(ok?.problems).toEqual([]);
    expect(ok?.records[0]?.insured).toHaveLength(50);
    expect(long?.problems).toEqual([
      expect.objectContaining({ column: '备注', field: 'note', code: 'too_long' }),
    ]);
  });
});
