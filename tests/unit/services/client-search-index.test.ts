// The in-memory search index (renderer/services/search) against the reference matcher of
// shared/domain/search: the same customers for every kind of query, over a generated agency.
// Kept out of the mutation test set (tests/unit/domain): each mutant it reaches rebuilt 3,000
// customers, 10-20 s a mutant; the rules themselves are pinned in tests/unit/domain/search.
import { describe, expect, it } from 'vitest';
import { classifyQuery } from '../../../shared/domain/search/query';
import { matchesSummary } from '../../../shared/domain/search/match';
import { sampleSummaries } from '../../support/sample-summaries';
import { generateSampleAgency } from '../../../shared/domain/sample/generate';
import { ClientSearchIndex } from '../../../renderer/services/search/client-search-index';
import type { ClientSummary } from '../../../shared/domain/types';

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
