import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../shared/domain/collections';

describe('groupBy', () => {
  it('groups in input order and leaves out items whose key is null', () => {
    const rows = [
      { id: 'a', caseId: 'c1' },
      { id: 'b', caseId: null },
      { id: 'c', caseId: 'c2' },
      { id: 'd', caseId: 'c1' },
    ];
    const groups = groupBy(rows, (r) => r.caseId);
    expect([...groups.keys()]).toEqual(['c1', 'c2']);
    expect(groups.get('c1')?.map((r) => r.id)).toEqual(['a', 'd']);
    expect(groups.has('null')).toBe(false);
  });
});
