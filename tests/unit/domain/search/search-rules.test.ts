// The search rules to the character (issue 15): how a typed query is read (every needle it
// yields and its most likely kind), and which part of a record each needle may match.
import { describe, expect, it } from 'vitest';
import {
  digitsOf,
  idMatches,
  matchesSummary,
  mixedPinyinMatches,
  plateTail,
  vinMatches,
} from '../../../../shared/domain/search/match';
import { namePinyin } from '../../../../shared/domain/search/pinyin';
import { classifyQuery, type ParsedQuery } from '../../../../shared/domain/search/query';
import type { ClientSummary } from '../../../../shared/domain/types';

describe('classifyQuery reads', () => {
  it.each<[string, Omit<ParsedQuery, 'raw'>]>([
    [
      '   ',
      {
        kind: 'empty',
        name: null,
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: null,
      },
    ],
    [
      'Zhang San',
      {
        kind: 'pinyin',
        name: 'zhang san',
        pinyin: 'zhangsan',
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: 'ZHANGSAN',
      },
    ],
    [
      '1234',
      {
        kind: 'phone',
        name: null,
        pinyin: null,
        phoneDigits: '1234',
        plateTail: '1234',
        plateFull: null,
        code: '1234',
      },
    ],
    [
      '123',
      {
        kind: 'name',
        name: null,
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: null,
      },
    ],
    [
      '+86 138-1234-5678',
      {
        kind: 'phone',
        name: '+86 138-1234-5678',
        pinyin: null,
        phoneDigits: '13812345678',
        plateTail: null,
        plateFull: null,
        code: null,
      },
    ],
    [
      '0086 13812345678',
      {
        kind: 'phone',
        name: null,
        pinyin: null,
        phoneDigits: '13812345678',
        plateTail: null,
        plateFull: null,
        code: '008613812345678',
      },
    ],
    [
      '(010) 1234',
      {
        kind: 'phone',
        name: '(010) 1234',
        pinyin: null,
        phoneDigits: '0101234',
        plateTail: null,
        plateFull: null,
        code: null,
      },
    ],
    [
      '京a·12345',
      {
        kind: 'plate',
        name: '京a·12345',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: '京A12345',
        code: null,
      },
    ],
    [
      'A123',
      {
        kind: 'plate',
        name: 'a123',
        pinyin: null,
        phoneDigits: null,
        plateTail: 'A123',
        plateFull: null,
        code: 'A123',
      },
    ],
    [
      'A12',
      {
        kind: 'name',
        name: 'a12',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: null,
      },
    ],
    [
      'A1234567',
      {
        kind: 'vin',
        name: 'a1234567',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: 'A1234567',
      },
    ],
    [
      'A123456学',
      {
        kind: 'name',
        name: 'a123456学',
        pinyin: null,
        phoneDigits: null,
        plateTail: 'A123456学',
        plateFull: null,
        code: null,
      },
    ],
    [
      '京A1234学',
      {
        kind: 'plate',
        name: '京a1234学',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: '京A1234学',
        code: null,
      },
    ],
    [
      'abcd',
      {
        kind: 'pinyin',
        name: 'abcd',
        pinyin: 'abcd',
        phoneDigits: null,
        plateTail: 'ABCD',
        plateFull: null,
        code: 'ABCD',
      },
    ],
    [
      'LSVAU2180N212345I',
      {
        kind: 'policy',
        name: 'lsvau2180n212345i',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: 'LSVAU2180N212345I',
      },
    ],
    [
      '11010519650306696X',
      {
        kind: 'id',
        name: '11010519650306696x',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: '11010519650306696X',
      },
    ],
    [
      '110105196503066961',
      {
        kind: 'id',
        name: null,
        pinyin: null,
        phoneDigits: '110105196503066961',
        plateTail: null,
        plateFull: null,
        code: '110105196503066961',
      },
    ],
    [
      '110105650306696',
      {
        kind: 'id',
        name: null,
        pinyin: null,
        phoneDigits: '110105650306696',
        plateTail: null,
        plateFull: null,
        code: '110105650306696',
      },
    ],
    [
      '123456789012',
      {
        kind: 'policy',
        name: null,
        pinyin: null,
        phoneDigits: '123456789012',
        plateTail: null,
        plateFull: null,
        code: '123456789012',
      },
    ],
    [
      '12345678901',
      {
        kind: 'phone',
        name: null,
        pinyin: null,
        phoneDigits: '12345678901',
        plateTail: null,
        plateFull: null,
        code: '12345678901',
      },
    ],
    [
      'PDZA20250000',
      {
        kind: 'policy',
        name: 'pdza20250000',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: 'PDZA20250000',
      },
    ],
    [
      'x1',
      {
        kind: 'name',
        name: 'x1',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: null,
      },
    ],
    [
      '张A1234',
      {
        kind: 'name',
        name: '张a1234',
        pinyin: null,
        phoneDigits: null,
        plateTail: null,
        plateFull: null,
        code: null,
      },
    ],
    [
      'A-1234_5',
      {
        kind: 'plate',
        name: 'a-1234_5',
        pinyin: null,
        phoneDigits: null,
        plateTail: 'A12345',
        plateFull: null,
        code: 'A12345',
      },
    ],
  ])('%j as %j', (input, expected) => {
    expect(classifyQuery(input)).toEqual({ raw: input.trim(), ...expected });
  });
});

describe('name pinyin keys', () => {
  it.each([
    ['  ', { initials: '', full: '' }],
    [' 张三 ', { initials: 'zs', full: 'zhangsan' }],
    ['Tom 李', { initials: 'toml', full: 'tomli' }],
    ['王-小明', { initials: 'wxm', full: 'wangxiaoming' }],
    ['A1 张', { initials: 'a1z', full: 'a1zhang' }],
    ['曾小明', { initials: 'zxm', full: 'zengxiaoming' }],
  ])('%j → %j', (name, keys) => {
    expect(namePinyin(name)).toEqual(keys);
  });
});

describe('match helpers', () => {
  it('a plate without its province character', () => {
    expect(plateTail('京A12345')).toBe('A12345');
    expect(plateTail('A12345')).toBe('A12345');
    expect(plateTail('12345使')).toBe('12345使');
  });
  it('the digits of a phone', () => {
    expect(digitsOf('010-1234 5678')).toBe('01012345678');
  });
  it('a VIN fragment of up to 8 characters is its end, a longer one anywhere', () => {
    const vin = 'LSVAU2180N2123456';
    expect(vinMatches(vin, 'N2123456')).toBe(true);
    expect(vinMatches(vin, 'U2180N21')).toBe(false);
    expect(vinMatches(vin, 'AU2180N21')).toBe(true);
  });
  it('an ID fragment of up to 5 characters is its end, 6 or more anywhere', () => {
    const id = '11010519650306696X';
    expect(idMatches(id, '6696X')).toBe(true);
    expect(idMatches(id, '01051')).toBe(false);
    expect(idMatches(id, '010519')).toBe(true);
  });
  it('initials then the rest in full, from 3 letters and 2 initials', () => {
    expect(mixedPinyinMatches('lf', 'linfang', 'lfang')).toBe(true);
    expect(mixedPinyinMatches('lf', 'linfang', 'lf')).toBe(false);
    expect(mixedPinyinMatches('l', 'lin', 'lin')).toBe(false);
    expect(mixedPinyinMatches('wxm', 'wangxiaoming', 'wxming')).toBe(true);
    expect(mixedPinyinMatches('wxm', 'wangxiaoming', 'wming')).toBe(false);
    expect(mixedPinyinMatches('wxm', 'wangxiaoming', 'xming')).toBe(false);
    expect(mixedPinyinMatches('lf', 'linfang', 'lfa')).toBe(true);
    // The rest may start right after the first syllable when that syllable is one letter (饿 e).
    expect(mixedPinyinMatches('em', 'eming', 'eming')).toBe(true);
  });
  it.each([
    ['13800861234', '13800861234'], // 0086 is a prefix only at the start
    ['+8613812345678', '13812345678'],
  ])('phone digits of %s: %s', (q, digits) => {
    expect(classifyQuery(q).phoneDigits).toBe(digits);
  });
  it.each([
    ['京', 'name'],
    ['111010519650306696X', 'policy'],
    ['11010519650306696XA', 'policy'],
    ['ISVAU2180N2123456', 'policy'],
    ['1234A', 'vin'],
    ['PDZA20250', 'policy'],
    ['PDZA2025', 'vin'],
  ])('%s reads first as %s', (q, kind) => {
    expect(classifyQuery(q).kind).toBe(kind);
  });
});

describe('matchesSummary, needle by needle', () => {
  const s: ClientSummary = {
    id: 'c1',
    name: 'Tom 张',
    pinyinInitials: 'tomz',
    pinyinFull: 'tomzhang',
    phones: ['010-1234 5678'],
    idNumber: '11010519650306696X',
    plates: ['京A12345'],
    vins: ['LSVAU2180N2123456'],
    policyNos: ['pdza202500001234567'],
    insurers: [],
    staffId: null,
    staffName: null,
    nextExpiry: '2025-07-01',
    nextExpiryMonth: '2025-07',
    nextCompulsoryEnd: null,
    nextCommercialEnd: null,
    deleted: false,
  };
  const hit = (q: string, summary: ClientSummary = s) => matchesSummary(summary, classifyQuery(q));
  it.each([
    ['', true],
    ['TOM', true], // the name, any case
    ['tomzh', true], // full pinyin from its start
    ['mzh', true], // 3 letters inside the full pinyin
    ['om', true], // the name again
    ['zha', true],
    ['12345678', true], // phone digits without separators
    ['京A1234', true],
    ['沪A12345', false], // a typed province must match
    ['a1234', true],
    ['N2123456', true],
    ['202500', true], // 6 characters of a policy number, any case
    ['20250', false],
    ['6696X', true],
    ['zzzz', false],
  ])('%j → %s', (q, expected) => {
    expect(hit(q)).toBe(expected);
  });
  it('2 letters of the full pinyin inside it are not enough', () => {
    expect(hit('ha', { ...s, name: '张' })).toBe(false);
    expect(hit('han', { ...s, name: '张' })).toBe(true);
  });
  it('a digits-only query never matches a name', () => {
    expect(hit('9999', { ...s, name: 'Knull', phones: [] })).toBe(false);
  });
  it('initials and full pinyin match from their start only', () => {
    const zs = { ...s, name: '张三', pinyinInitials: 'zs', pinyinFull: 'zhangsan' };
    expect(hit('s', zs)).toBe(false);
    expect(hit('an', zs)).toBe(false);
    expect(hit('zh', zs)).toBe(true);
  });
  it('any one of several phones, cars, policies matches', () => {
    const many = {
      ...s,
      phones: ['13812345678', '13912345670'],
      vins: ['LSVAU2180N2123456', 'LFV3A23C0K3000001'],
      policyNos: ['PDZA202500001234567', 'PDAA202600009999999'],
    };
    expect(hit('5678', many)).toBe(true);
    expect(hit('2123456', many)).toBe(true);
    expect(hit('202500', many)).toBe(true);
  });
  it('no ID number: an ID fragment finds nothing', () => {
    expect(hit('6696X', { ...s, idNumber: null })).toBe(false);
  });
});
