import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../support/tables';
import {
  canonicalInsurer,
  findInsurerName,
  insurerFromTitle,
} from '../../../../shared/domain/import/insurer-from-title';
import { grid } from './grid';

describe('findInsurerName', () => {
  itMaps<string, string | null>('%s → %s', findInsurerName, [
    ['中国人民财产保险股份有限公司', '人保'],
    ['人保财险续保清单', '人保'],
    ['PICC 到期清单', '人保'],
    ['中国平安财产保险股份有限公司', '平安'],
    ['平安产险', '平安'],
    ['中国太平洋财产保险股份有限公司', '太平洋'],
    ['太保产险', '太平洋'],
    ['CPIC', '太平洋'],
    ['中国人寿财产保险股份有限公司', '国寿财'],
    ['国寿财险', '国寿财'],
    ['中国大地财产保险', '大地'],
    ['阳光财产保险', '阳光'],
    ['太平财产保险有限公司', '太平'],
    ['中华联合财产保险', '中华联合'],
    ['天安财产保险', '天安'],
    ['华安财产保险', '华安'],
    ['永安财产保险', '永安'],
    ['英大泰和财产保险', '英大'],
    ['紫金财产保险', '紫金'],
    ['渤海财产保险', '渤海'],
    ['安盛天平财产保险', '安盛天平'],
    ['众安在线财产保险', '众安'],
    ['大地', '大地'],
    ['被保险人保单明细', null],
    ['投保人保费统计', null],
    ['续保清单', null],
    ['', null],
  ]);

  it('canonicalInsurer keeps unknown names as cleaned text', () => {
    expect(canonicalInsurer(' 某某财产保险 ')).toBe('某某财产保险');
    expect(canonicalInsurer('平安财险北京分公司')).toBe('平安');
    expect(canonicalInsurer('')).toBeNull();
  });
});

describe('insurerFromTitle', () => {
  it('finds the insurer in the rows above the header only', () => {
    const g = grid([
      ['2026年12月到期续保清单'],
      ['承保机构：中国太平洋财产保险股份有限公司苏州分公司'],
      ['保单号', '到期日'],
      ['人保', '2026-12-01'],
    ]);
    expect(insurerFromTitle(g, 2)).toBe('太平洋');
    expect(insurerFromTitle(g, 1)).toBeNull();
  });
});
