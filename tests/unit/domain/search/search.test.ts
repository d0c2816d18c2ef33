import { describe, expect, it } from 'vitest';
import { classifyQuery } from '../../../../shared/domain/search/query';
import { matchesSummary } from '../../../../shared/domain/search/match';
import { sampleSummaries } from '../../../support/sample-summaries';
import { namePinyin } from '../../../../shared/domain/search/pinyin';
import { generateSampleAgency } from '../../../../shared/domain/sample/generate';
import { ClientSearchIndex } from '../../../../renderer/services/search/client-search-index';
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

describe('ClientSearchIndex agrees with the reference matcher', () => {
  const agency = generateSampleAgency({ clients: 3000, seed: 7, today: '2025-06-01' });
  const summaries = sampleSummaries(agency);
  const index = new ClientSearchIndex();
  index.setAll(summaries);
  const sample = summaries[42] as ClientSummary;
  const queries = [
    '',
    '张三',
    'zs',
    'zhang',
    'wangwu',
    'san',
    '王',
    (sample.phones[0] as string).slice(-4),
    (sample.phones[0] as string).slice(3, 9),
    (sample.plates[0] as string).slice(1).toLowerCase(),
    `${(sample.plates[0] as string).slice(0, 2)} ${(sample.plates[0] as string).slice(2)}`,
    (sample.vins[0] as string).slice(-6),
    (sample.policyNos[0] as string).slice(-9),
    (sample.idNumber as string).slice(-4),
    sample.idNumber as string,
    '12345',
    'a1',
    'zsan',
    'wxming',
    'lfang',
  ];
  it.each(queries)('query %j', (q) => {
    const parsed = classifyQuery(q);
    const expected = summaries
      .filter((s) => matchesSummary(s, parsed))
      .sort((a, b) => a.nextExpiry.localeCompare(b.nextExpiry))
      .map((s) => s.id)
      .sort();
    const got = index
      .search(q)
      .items.map((s) => s.id)
      .sort();
    expect(got).toEqual(expected);
    if (q && q !== '12345' && q !== 'a1' && q !== '王' && q !== 'san' && q !== 'zhang') {
      expect(got.length).toBeGreaterThan(0);
    }
  });

  it('keeps results sorted by next expiry and applies changes through the overlay', () => {
    const items = index.search('').items;
    for (let i = 1; i < items.length; i++) {
      expect(
        (items[i - 1] as ClientSummary).nextExpiry <= (items[i] as ClientSummary).nextExpiry,
      ).toBe(true);
    }
    const renamed = {
      ...sample,
      name: '欧阳娜娜',
      pinyinInitials: 'oynn',
      pinyinFull: 'ouyangnana',
    };
    index.apply(new Map([[sample.id, renamed]]));
    expect(index.search('oynn').items.map((s) => s.id)).toEqual([sample.id]);
    expect(index.search(sample.name).items.some((s) => s.id === sample.id)).toBe(false);
    index.apply(new Map([[sample.id, null]]));
    expect(index.search('oynn').items).toEqual([]);
  });
});
