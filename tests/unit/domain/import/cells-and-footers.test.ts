// What a cell shows, which cells are spreadsheet errors, and which rows are not policies (totals,
// signatures, a repeated header), to the character (issue 15).
import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../support/tables';
import { cellText, errorName, isBlankRow } from '../../../../shared/domain/import/cell-text';
import { isFooterRow, isRepeatedHeader } from '../../../../shared/domain/import/footer';
import type { ColumnMapping, SheetCell } from '../../../../shared/domain/import/types';
import { cell } from './grid';

describe('cellText', () => {
  itMaps<SheetCell | null | undefined, string>('%j → %j', cellText, [
    [null, ''],
    [undefined, ''],
    [{ t: 's', v: null }, ''],
    [{ t: 'z', v: 0 }, ''],
    [{ t: 's', v: '  张三 ' }, '张三'],
    [{ t: 'n', v: 12345, w: ' 0012345 ' }, '0012345'],
    [{ t: 'n', v: 123456789, w: '1.23E+08' }, '123456789'],
    [{ t: 'n', v: 1.5e20, w: ' 1.5E+20 ' }, '1.5E+20'],
    [{ t: 'n', v: 1e21 }, '1e+21'],
    [{ t: 'n', v: 12.5 }, '12.5'],
    [{ t: 'n', v: 20261201 }, '20261201'],
    [{ t: 'b', v: true }, 'TRUE'],
    [{ t: 'b', v: false }, 'FALSE'],
    [{ t: 'b', v: true, w: '是' }, '是'],
    [{ t: 'e', v: 0x2a }, '#N/A'],
    [{ t: 'd', v: ' 2026-12-01 ' }, '2026-12-01'],
  ]);
});

describe('errorName', () => {
  it.each([
    '#N/A',
    '#REF!',
    '#VALUE!',
    '#DIV/0!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#GETTING_DATA',
    '#SPILL!',
    '#CALC!',
  ])('text %s is that error, in any case and with spaces around', (text) => {
    expect(errorName({ t: 's', v: ` ${text.toLowerCase()} ` })).toBe(text);
    expect(errorName({ t: 'e', v: 99, w: ` ${text.toLowerCase()} ` })).toBe(text);
  });
  it.each(['#N/A x', 'x#N/A', '#FOO', 'N/A'])('text %s is no error', (v) => {
    expect(errorName({ t: 's', v })).toBeNull();
  });
  itMaps<number, string>('error code %d → %s', (v) => errorName({ t: 'e', v }) ?? '', [
    [0x00, '#NULL!'],
    [0x07, '#DIV/0!'],
    [0x0f, '#VALUE!'],
    [0x17, '#REF!'],
    [0x1d, '#NAME?'],
    [0x24, '#NUM!'],
    [0x2a, '#N/A'],
    [99, '#ERROR'],
  ]);
  it('an error cell whose text is not an error name is named by its code, or #ERROR', () => {
    expect(errorName({ t: 'e', v: 0x17, w: '错误' })).toBe('#REF!');
    expect(errorName({ t: 'e', v: 'x' })).toBe('#ERROR');
    expect(errorName(null)).toBeNull();
    expect(errorName({ t: 'n', v: 42, w: '#N/A' })).toBeNull();
    expect(errorName({ t: 's', v: 42 })).toBeNull();
  });
});

describe('isBlankRow', () => {
  it('a row of nothing, or of spaces, is blank', () => {
    expect(isBlankRow(undefined)).toBe(true);
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([cell(null), cell('  ')])).toBe(true);
    expect(isBlankRow([cell(null), cell('a')])).toBe(false);
  });
});

describe('isFooterRow: the first cell with text decides', () => {
  it.each([
    '合计',
    '合 计：',
    '总计',
    '小计',
    '累计',
    '共计',
    '总数',
    '制表人',
    '签字',
    '签名',
    '签章',
    '盖章',
    '审核',
    '复核',
    '批准',
    '负责人',
    '打印日期',
    '打印时间',
    '打印人',
    '导出时间',
    '导出日期',
    '导出人',
    '注:',
    '注：以上',
    '说明:',
    '说明：',
    '备注:',
    '备注：',
    '数据截止2026-06-01',
    '第3页',
    '第12页',
  ])('%s', (text) => {
    expect(isFooterRow([cell(null), cell(text), cell('x')])).toBe(true);
  });
  it.each(['注意', '说明', '备注', 'x合计', '第页', '张三'])('not %s', (text) => {
    expect(isFooterRow([cell(text), cell('合计')])).toBe(false);
  });
  it('a row without text is no footer', () => {
    expect(isFooterRow([cell(null), cell(' ')])).toBe(false);
  });
});

describe('isRepeatedHeader: at least half the mapped headers again', () => {
  const mapping: ColumnMapping = {
    headerRowIndex: 0,
    columns: [
      { index: 0, header: '保单号', target: 'policyNo' },
      { index: 1, header: '车牌号', target: 'plate' },
      { index: 2, header: '序号', target: null },
      { index: 3, header: '', target: 'note' },
      { index: 4, header: '终保日期', target: 'endDate' },
      { index: 5, header: '保费', target: 'premium' },
    ],
  };
  const row = (...texts: (string | null)[]) => texts.map(cell);
  it('2 of 4 mapped headers are enough, 1 is not; unmapped and unnamed columns do not count', () => {
    expect(isRepeatedHeader(row('保单号', '车牌号码', '序号', '', null, null), mapping)).toBe(
      false,
    );
    expect(isRepeatedHeader(row('保单号', '车牌号', null, null, null, null), mapping)).toBe(true);
    expect(isRepeatedHeader(row('保单号', null, '序号', '备注', null, null), mapping)).toBe(false);
    expect(
      isRepeatedHeader(row(' 保单号 ', null, null, null, '终保日期(必填)', null), mapping),
    ).toBe(true);
  });
  it('data is no header; a mapping without named targets has none', () => {
    expect(isRepeatedHeader(row('P001', '京A12345', '1', '', '2026-12-01', '1000'), mapping)).toBe(
      false,
    );
    expect(
      isRepeatedHeader(row('保单号'), {
        headerRowIndex: 0,
        columns: [{ index: 0, header: '保单号', target: null }],
      }),
    ).toBe(false);
  });
});
