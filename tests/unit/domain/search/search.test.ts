import { describe, expect, it } from 'vitest';
import { classifyQuery } from '../../../../shared/domain/search/query';
import { matchesSummary } from '../../../../shared/domain/search/match';
import { namePinyin } from '../../../../shared/domain/search/pinyin';
import type { ClientSummary } from '../../../../shared/domain/types';

const base: ClientSummary = {
  id: 'c1',
  name: '张三',
  pinyinInitials: 'zs',
  pinyinFull: 'zhangsan',
  phones: ['13812345678'],
  idNumber: '11010519650306696X',
  plates: ['京A12345', '粤BD12345'],
  vins: ['LSVAU2180N2123456'],
  policyNos: ['PDZA202500001234567'],
  insurers: ['人保'],
  staffId: null,
  staffName: null,
  nextExpiry: '2025-07-01',
  nextExpiryMonth: '2025-07',
  nextCompulsoryEnd: '2025-07-01',
  nextCommercialEnd: null,
  deleted: false,
};

const hit = (q: string) => matchesSummary(base, classifyQuery(q));

describe('pinyin', () => {
  it('reads polyphonic surnames as surnames', () => {
    expect(namePinyin('张三')).toEqual({ initials: 'zs', full: 'zhangsan' });
    expect(namePinyin('曾小明').full).toBe('zengxiaoming');
    expect(namePinyin('单田芳').full).toBe('shantianfang');
    expect(namePinyin('解晓东').full).toBe('xiexiaodong');
    expect(namePinyin('Tom 李').full).toBe('tomli');
  });
});

describe('classifyQuery + matchesSummary', () => {
  it.each([
    ['张', 'name'],
    ['zs', 'pinyin'],
    ['ZhangSan', 'pinyin'],
    ['5678', 'phone'],
    ['138-1234', 'phone'],
    ['+86 138 1234 5678', 'phone'],
    ['a12345', 'plate'],
    ['京A 12345', 'plate'],
    ['a·12345', 'plate'],
    ['京a·12345', 'plate'],
    ['bd12345', 'plate'],
    ['3456', 'phone'],
    ['2123456', 'phone'],
    ['N2123456', 'vin'],
    ['LSVAU2180N2123456', 'vin'],
    ['00001234', 'phone'],
    ['PDZA2025', 'vin'],
    ['11010519650306696x', 'id'],
  ])('%s matches (%s)', (q, kind) => {
    expect(classifyQuery(q).kind).toBe(kind);
    expect(hit(q)).toBe(true);
  });

  it.each(['李', 'ls', '9999', '沪A12345', 'b12345x', 'ZZZZ', '1234567890123'])(
    '%s does not match',
    (q) => expect(hit(q)).toBe(false),
  );

  it('initials first, then the rest in full: lfang finds 林芳, wxming 王小明', () => {
    const of = (name: string): ClientSummary => {
      const { initials, full } = namePinyin(name);
      return { ...base, name, pinyinInitials: initials, pinyinFull: full };
    };
    const finds = (name: string, q: string) => matchesSummary(of(name), classifyQuery(q));
    expect(finds('林芳', 'lfang')).toBe(true);
    expect(finds('王小明', 'wxming')).toBe(true);
    expect(finds('王小明', 'wxiaoming')).toBe(true);
    expect(hit('zsan')).toBe(true);
    expect(finds('林芳', 'lfan')).toBe(true); // the last syllable may be a prefix
    expect(finds('林芳', 'lfeng')).toBe(false);
    expect(finds('林芳', 'fang')).toBe(true); // the given name alone, as before
    expect(finds('张三', 'zang')).toBe(false);
  });

  it('a plate without its province, letters only after the city letter', () => {
    const lettered = { ...base, plates: ['浙AABCDE'] };
    expect(matchesSummary(lettered, classifyQuery('aabcde'))).toBe(true);
    expect(matchesSummary(lettered, classifyQuery('abcde'))).toBe(true);
    expect(matchesSummary(lettered, classifyQuery('abcdx'))).toBe(false);
  });

  it('VIN tail means the end of the VIN, ID 4-5 chars the end of the ID', () => {
    expect(hit('2180')).toBe(false); // middle of the VIN, not a phone fragment either
    expect(hit('696X')).toBe(true);
    expect(hit('0105')).toBe(false);
  });
});
