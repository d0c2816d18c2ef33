import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../support/tables';
import { findHeaderRow, scoreSheet } from '../../../../shared/domain/import/find-header';
import { matchHeader, normalizeHeader } from '../../../../shared/domain/import/header-dictionary';
import { autoMapColumns, headerSignature } from '../../../../shared/domain/import/map-columns';
import { grid } from './grid';

describe('matchHeader', () => {
  itMaps<string, string | null>('%j → %s', matchHeader, [
    ['保单号', 'policyNo'],
    ['保单号码', 'policyNo'],
    ['保险单号', 'policyNo'],
    ['应续保单号', 'policyNo'],
    ['车牌号', 'plate'],
    ['车牌号码', 'plate'],
    ['号牌号码', 'plate'],
    ['车架号', 'vin'],
    ['车辆识别代号', 'vin'],
    ['VIN码', 'vin'],
    ['vin', 'vin'],
    ['发动机号', 'engineNo'],
    ['厂牌型号', 'brandModel'],
    ['品牌型号', 'brandModel'],
    ['车型名称', 'brandModel'],
    ['初登日期', 'firstRegisteredOn'],
    ['初次登记日期', 'firstRegisteredOn'],
    ['注册日期', 'firstRegisteredOn'],
    ['上牌时间', 'firstRegisteredOn'],
    ['被保险人', 'insured'],
    ['被保险人名称', 'insured'],
    ['被保人', 'insured'],
    ['被保人姓名', 'insured'],
    ['投保人', 'holder'],
    ['车主', 'owner'],
    ['所有人', 'owner'],
    ['证件号码', 'idNumber'],
    ['身份证号', 'idNumber'],
    ['联系电话', 'phones'],
    ['手机号', 'phones'],
    ['手机号码', 'phones'],
    ['联系方式', 'phones'],
    ['客户手机号1', 'phones'],
    ['客户手机号2', 'phones'],
    ['客户手机号3', 'phones'],
    ['起保日期', 'startDate'],
    ['保险起期', 'startDate'],
    ['起保日', 'startDate'],
    ['保险起始日期', 'startDate'],
    ['终保日期', 'endDate'],
    ['保险止期', 'endDate'],
    ['到期日', 'endDate'],
    ['到期日期', 'endDate'],
    ['保险到期日', 'endDate'],
    ['保险终止日期', 'endDate'],
    ['交强险止期', 'compulsory.endDate'],
    ['商业险止期', 'commercial.endDate'],
    ['交强险到期日期', 'compulsory.endDate'],
    ['商业险到期日', 'commercial.endDate'],
    ['交强险保单号', 'compulsory.policyNo'],
    ['商业险保单号', 'commercial.policyNo'],
    ['交强险保费', 'compulsory.premium'],
    ['商业险保费', 'commercial.premium'],
    ['交强险起期', 'compulsory.startDate'],
    ['商业险起期', 'commercial.startDate'],
    ['险种', 'kind'],
    ['险别', 'kind'],
    ['险种名称', 'kind'],
    ['名单类型', 'kind'],
    ['保费', 'premium'],
    ['签单保费', 'premium'],
    ['总保费', 'premium'],
    ['保费合计', 'premium'],
    ['总保险费', 'premium'],
    ['车船税', 'ignore'],
    ['代收车船税(元)', 'ignore'],
    ['业务员', 'staff'],
    ['经办人', 'staff'],
    ['续保专员', 'staff'],
    ['保险公司', 'insurer'],
    ['承保公司', 'insurer'],
    ['往年投保公司', 'insurer'],
    ['备注', 'note'],
    // tolerant matching
    [' 保 单 号 ', 'policyNo'],
    ['保费(元)', 'premium'],
    ['保费（元）', 'premium'],
    ['*保单号', 'policyNo'],
    ['保单号[必填]', 'policyNo'],
    ['终保日期：', 'endDate'],
    ['ＶＩＮ码', 'vin'],
    ['交强险终保时间', 'compulsory.endDate'],
    ['商业险保险止期', 'commercial.endDate'],
    ['被保险人联系电话', 'phones'],
    ['序号', 'ignore'],
    ['颜色', null],
    ['', null],
    ['2026年12月到期客户续保清单（平安财险北京分公司导出）', null],
  ]);

  it('normalises for signatures', () => {
    expect(normalizeHeader(' 保费（元） ')).toBe('保费');
    expect(headerSignature(['保单号', ' 车牌号 ', '', '保费(元)'])).toBe('保单号|车牌号|保费');
    expect(headerSignature(['保单号', '车牌号'])).toBe(
      headerSignature(['保单号 ', '车牌号码'.slice(0, 3)]),
    );
  });
});

const HEADER = [
  '序号',
  '保单号',
  '车牌号',
  '被保险人',
  '联系电话',
  '起保日期',
  '终保日期',
  '保费(元)',
  '车船税',
];

describe('findHeaderRow', () => {
  it('skips title and export-info rows and blank rows', () => {
    const g = grid([
      ['中国平安财产保险股份有限公司 续保清单'],
      ['导出时间：2026-10-01 09:00', null, null, '导出人：张三'],
      [],
      HEADER,
      [1, 'P1', '京A12345', '张三', '13812345678', 45992, 46357, 1200, 300],
    ]);
    expect(findHeaderRow(g)).toEqual({ headerRowIndex: 3, score: 7 });
    expect(scoreSheet(g)).toBe(7);
  });

  it('returns null when nothing looks like a policy list', () => {
    expect(
      findHeaderRow(
        grid([
          ['姓名', '电话'],
          ['张三', '13812345678'],
        ]),
      ),
    ).toBeNull();
    expect(findHeaderRow(grid([]))).toBeNull();
    expect(scoreSheet(grid([['说明'], ['本表为空']]))).toBe(0);
  });

  it('accepts policy no + plate without an end date', () => {
    expect(findHeaderRow(grid([['保单号', '车牌号', '姓名']]))).toEqual({
      headerRowIndex: 0,
      score: 2,
    });
  });

  it('handles a two-row header with merged group cells', () => {
    // Row 2: 交强险 merged over B:C, 商业险 over D:E; 车牌号 and 被保险人 merged down.
    const g = grid([
      ['2026年12月到期清单'],
      ['车牌号', '交强险', null, '商业险', null, '被保险人'],
      [null, '保单号', '止期', '保单号', '止期', null],
      ['京A12345', 'J1', '2026-12-01', 'S1', '2026-12-05', '张三'],
    ]);
    expect(findHeaderRow(g)).toEqual({ headerRowIndex: 2, score: 6 });
    const mapping = autoMapColumns(g, 2);
    expect(mapping.columns.map((c) => [c.header, c.target])).toEqual([
      ['车牌号', 'plate'],
      ['交强险保单号', 'compulsory.policyNo'],
      ['交强险止期', 'compulsory.endDate'],
      ['商业险保单号', 'commercial.policyNo'],
      ['商业险止期', 'commercial.endDate'],
      ['被保险人', 'insured'],
    ]);
  });

  it('does not merge the header with the first data row', () => {
    const g = grid([
      HEADER,
      [1, '保单号X', '京A12345', '张三', '13812345678', 45992, 46357, 1200, 300],
    ]);
    expect(findHeaderRow(g)?.headerRowIndex).toBe(0);
  });

  it('picks the best row when a summary row above names a field or two', () => {
    const g = grid([['保险公司：人保', '到期日：2026年12月'], [], HEADER]);
    expect(findHeaderRow(g)?.headerRowIndex).toBe(2);
  });
});

describe('autoMapColumns', () => {
  it('maps the header row, ignores 车船税 and 序号', () => {
    const mapping = autoMapColumns(grid([HEADER]), 0);
    expect(mapping.headerRowIndex).toBe(0);
    expect(mapping.columns.map((c) => c.target)).toEqual([
      null,
      'policyNo',
      'plate',
      'insured',
      'phones',
      'startDate',
      'endDate',
      'premium',
      null,
    ]);
    expect(mapping.columns[7]?.header).toBe('保费(元)');
  });

  it('maps 车主 to insured only when there is no insured column', () => {
    expect(autoMapColumns(grid([['保单号', '车主', '到期日']]), 0).columns[1]?.target).toBe(
      'insured',
    );
    const both = autoMapColumns(grid([['保单号', '车主', '被保险人', '到期日']]), 0);
    expect(both.columns.map((c) => c.target)).toEqual(['policyNo', null, 'insured', 'endDate']);
  });

  it('lets several columns feed phones but only one column per other field', () => {
    const m = autoMapColumns(
      grid([['保单号', '客户手机号1', '客户手机号2', '客户手机号3', '保费', '签单保费', '到期日']]),
      0,
    );
    expect(m.columns.map((c) => c.target)).toEqual([
      'policyNo',
      'phones',
      'phones',
      'phones',
      'premium',
      null,
      'endDate',
    ]);
  });
});

describe('header precedence (issue 9 §1)', () => {
  const targets = (header: string[]) =>
    autoMapColumns(grid([header]), 0).columns.map((c) => [c.header, c.target]);
  /** A header row of the pairs' headers maps each column, in order, to the pair's target. */
  const expectMapped = (...pairs: Array<[string, string | null]>) =>
    expect(targets(pairs.map(([header]) => header))).toEqual(pairs);

  it('maps 保单号 to policyNo and never 投保单号, wherever the two stand', () => {
    expectMapped(
      ['投保单号', null],
      ['保单号', 'policyNo'],
      ['车牌号', 'plate'],
      ['终保日期', 'endDate'],
    );
    expectMapped(
      ['保险单号', 'policyNo'],
      ['投保单号码', null],
      ['批单号', null],
      ['到期日', 'endDate'],
    );
  });

  it('leaves an application number unmapped even when the list has no policy number', () => {
    expect(targets(['投保单号', '车架号', '到期日'])[0]).toEqual(['投保单号', null]);
    expect(matchHeader('交强险投保单号')).toBe('ignore');
    expect(matchHeader('商业险批改单号')).toBe('ignore');
  });

  it("prefers this year's number over last year's, and either over a pattern guess", () => {
    expectMapped(
      ['上年保单号', null],
      ['车牌号', 'plate'],
      ['保单号', 'policyNo'],
      ['到期日', 'endDate'],
    );
    expect(targets(['原保单号', '车牌号', '到期日'])[0]).toEqual(['原保单号', 'policyNo']);
    expect(targets(['本期保单号(新)', '保单号码', '到期日']).slice(0, 2)).toEqual([
      ['本期保单号(新)', null],
      ['保单号码', 'policyNo'],
    ]);
  });

  it('does not read the day a policy was signed or keyed in as its start or end', () => {
    expectMapped(
      ['保单号', 'policyNo'],
      ['签单日期', null],
      ['录入日期', null],
      ['起保日期', 'startDate'],
      ['终保日期', 'endDate'],
    );
  });
});
